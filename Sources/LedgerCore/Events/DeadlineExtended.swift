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

extension DeadlineExtended: EventPayload {
  public static let typeName = "task.deadline_extended"
  public static let schemaVersion = 1
  public var event: LedgerEvent { .deadlineExtended(self) }

  public func evolve(_ state: TaskState?, by fact: RecordedEvent) -> TaskState? {
    state?.updated(by: fact) {
      if $0.record.leads.isEmpty { $0.record.leads = $0.leadSpells }
      $0.deadline = .date(newDue)
      $0.extensionCount += 1
      $0.record.grants.append(
        ExtensionGrant(grantedOn: fact.effective, previousDue: previousDue, newDue: newDue))
    }
  }

  public func phrase(_ c: PhraseContext) -> String {
    let from = previousDue.display
    let to = newDue.display
    return c.pick(
      vi:
        "gia hạn nhiệm vụ \(c.subject) từ \(from) đến \(to) (lý do: \(reason); phê duyệt: \(approvedBy))",
      en:
        "extended task \(c.subject) from \(from) to \(to) (reason: \(reason); approved by \(approvedBy))"
    )
  }

  public func checkStated() throws {
    try PayloadRules.text(reason, .reason, limit: TextRules.longLimit)
    try PayloadRules.text(approvedBy, .approvedBy)
  }
}
