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

extension LeadReassigned: EventPayload {
  public static let typeName = "task.lead_reassigned"
  public static let schemaVersion = 1
  public var event: LedgerEvent { .leadReassigned(self) }

  public func evolve(_ state: TaskState?, by fact: RecordedEvent) -> TaskState? {
    state?.updated(by: fact) {
      $0.leadUnit = newLead
      $0.supportingUnits.removeAll { $0 == newLead }
    }
  }

  public func phrase(_ c: PhraseContext) -> String {
    c.pick(
      vi:
        "chuyển chủ trì nhiệm vụ \(c.subject) từ \(previousLead) sang \(newLead) (lý do: \(reason))",
      en:
        "moved the lead of task \(c.subject) from \(previousLead) to \(newLead) (reason: \(reason))"
    )
  }
}
