/// A task was handed to another lead unit (`task.lead_reassigned`, v1).
public struct LeadReassigned: Codable, Hashable, Sendable {
  public var previousLead: UnitCode
  public var newLead: UnitCode
  public var reason: String
  /// The new lead's own deadline, from `reassign --due` (schema v2).
  ///
  /// Without it the new lead takes the deadline in force.
  public var newDue: LocalDate?

  public init(previousLead: UnitCode, newLead: UnitCode, reason: String, newDue: LocalDate? = nil) {
    self.newDue = newDue
    self.previousLead = previousLead
    self.newLead = newLead
    self.reason = reason
  }
}

extension LeadReassigned: EventPayload {
  public static let typeName = "task.lead_reassigned"
  public static let schemaVersion = 2
  public static var readableVersions: Set<Int> { [1, 2] }
  public var event: LedgerEvent { .leadReassigned(self) }

  public func evolve(_ state: TaskState?, by fact: RecordedEvent) -> TaskState? {
    state?.updated(by: fact) {
      if $0.record.leads.isEmpty { $0.record.leads = $0.leadSpells }
      let due = newDue ?? $0.deadline.fixedDate
      if let newDue { $0.deadline = .date(newDue) }
      $0.record.leads.append(LeadSpell(unit: newLead, from: fact.effective, due: due))
      // A collective lead handed to one unit is a collective no longer.
      if $0.leadUnit == TaskAssigned.collectiveLeadCode { $0.collectiveLead = nil }
      $0.leadUnit = newLead
      $0.supportingUnits.removeAll { $0 == newLead }
    }
  }

  public func phrase(_ c: PhraseContext) -> String {
    c.pick(
      vi:
        "chuyển chủ trì nhiệm vụ \(c.subject) từ \(previousLead) sang \(newLead)\(newDue.map { ", hạn mới \($0.display)" } ?? "") (lý do: \(reason))",
      en:
        "moved the lead of task \(c.subject) from \(previousLead) to \(newLead)\(newDue.map { ", due \($0.display)" } ?? "") (reason: \(reason))"
    )
  }

  public func checkStated() throws {
    try PayloadRules.text(reason, .reason, limit: TextRules.longLimit)
    if previousLead == newLead { throw LedgerError.invalidUnitCode(newLead.rawValue) }
  }
}
