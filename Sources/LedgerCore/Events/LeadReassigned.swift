/// A task was handed to another lead unit (`task.lead_reassigned`, v1).
public struct LeadReassigned: Codable, Hashable, Sendable {
  public var previousLead: UnitCode
  public var newLead: UnitCode
  public var reason: String

  public init(previousLead: UnitCode, newLead: UnitCode, reason: String) {
    self.previousLead = previousLead
    self.newLead = newLead
    self.reason = reason
  }
}
