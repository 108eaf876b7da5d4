/// A task's deadline was moved later, with the reason and who approved it
/// (`task.deadline_extended`, v1).
public struct DeadlineExtended: Codable, Hashable, Sendable {
  public var previousDue: LocalDate
  public var newDue: LocalDate
  public var reason: String
  public var approvedBy: String

  public init(previousDue: LocalDate, newDue: LocalDate, reason: String, approvedBy: String) {
    self.previousDue = previousDue
    self.newDue = newDue
    self.reason = reason
    self.approvedBy = approvedBy
  }
}
