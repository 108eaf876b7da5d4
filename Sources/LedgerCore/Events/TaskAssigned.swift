/// A task was assigned with its five clears (`task.assigned`, v1; v4 adds the recurring
/// deadline kinds; v5 adds co-leads, a collective lead's text and an unreadable deadline).
public struct TaskAssigned: Codable, Hashable, Sendable {
  /// What is to be done (rõ việc).
  public var title: String
  /// The head role that answers for it, such as "Chủ tịch UBND xã" (rõ người).
  public var headRole: String
  /// The unit in which the head role is held, when the role's title alone does not say
  /// (`--role-unit`; schema v2).
  public var roleUnit: UnitCode?
  /// The one unit that leads it (rõ trách nhiệm).
  public var leadUnit: UnitCode
  /// Units that coordinate, none of them the lead.
  public var supportingUnits: [UnitCode]
  /// Further lead units the plan names in the same cell, each answerable as a lead (the plan
  /// breaks "one task, one lead"; schema v5); nil when there is one lead.
  public var coLeads: [UnitCode]?
  /// The lead cell's exact text when it names a group of bodies ("UBND các xã, phường"), not
  /// one unit (schema v5).
  public var collectiveLead: String?
  /// True when the plan's deadline could not be read: the task has no deadline the ledger can
  /// count, which is not "ongoing" (schema v5; the text is `source.deadlineText`).
  public var deadlineUnread: Bool?
  /// The product expected (rõ kết quả).
  public var expectedResult: String
  /// When it is due (rõ thời gian).
  public var deadline: Deadline
  /// The plan the task comes from, such as "49/KH-UBND", if any.
  public var plan: String?
  /// For ongoing work: the day each year it is reported on (a reporting cadence).
  public var reportingDay: DayOfYear?
  /// For imported tasks: where in the plan it came from, and the cells as written.
  public var source: TaskSource?

  /// How many units of product are assigned (10 certificates; schema v3); nil for one.
  public var quantity: Double?
  /// The product's weight after conversion ("quy đổi"; schema v3); nil for 1.
  public var weight: Double?

  public init(
    title: String, headRole: String, leadUnit: UnitCode, supportingUnits: [UnitCode],
    expectedResult: String, deadline: Deadline, plan: String? = nil,
    reportingDay: DayOfYear? = nil, source: TaskSource? = nil, roleUnit: UnitCode? = nil,
    quantity: Double? = nil, weight: Double? = nil
  ) {
    self.quantity = quantity
    self.weight = weight
    self.roleUnit = roleUnit
    self.title = title
    self.headRole = headRole
    self.leadUnit = leadUnit
    self.supportingUnits = supportingUnits
    self.expectedResult = expectedResult
    self.deadline = deadline
    self.plan = plan
    self.reportingDay = reportingDay
    self.source = source
  }
}

extension TaskAssigned {
  /// The lead-unit code of a task whose lead cell names only a group of bodies.
  ///
  /// "UBND các xã, phường": no registered unit, the plan's text kept in `collectiveLead`.
  /// Reserved: no unit is ever registered under it; `task reassign` names the one lead.
  public static let collectiveLeadCode = UnitCode("TAP-THE")!
}

extension TaskAssigned: EventPayload {
  public static let typeName = "task.assigned"
  public static let schemaVersion = 5
  public static var readableVersions: Set<Int> { [1, 2, 3, 4, 5] }
  public var event: LedgerEvent { .taskAssigned(self) }

  public func evolve(_ state: TaskState?, by fact: RecordedEvent) -> TaskState? {
    guard case .task(let id) = fact.stream else { return state }
    var task = TaskState(
      id: id, title: title, headRole: headRole, leadUnit: leadUnit,
      supportingUnits: supportingUnits, expectedResult: expectedResult, deadline: deadline,
      originalDeadline: deadline, plan: plan, reportingDay: reportingDay, source: source,
      status: .assigned, assignedOn: fact.effective, startedOn: nil, completedOn: nil,
      completion: nil, cancelledOn: nil, pausedOn: nil, statusReason: nil, lastReportOn: nil,
      reportCount: 0, extensionCount: 0, lastPosition: fact.position, roleUnit: roleUnit,
      record: TaskRecord(
        leads: [LeadSpell(unit: leadUnit, from: fact.effective, due: deadline.fixedDate)]))
    task.quantity = quantity
    task.weight = weight
    task.coLeads = coLeads
    task.collectiveLead = collectiveLead
    task.deadlineUnread = deadlineUnread
    return task
  }

  public func phrase(_ c: PhraseContext) -> String {
    let words = DeadlineText(language: c.language).describe(deadline)
    var due =
      deadline == .ongoing || deadline.isRecurring ? words : c.pick(vi: "hạn ", en: "due ") + words
    if deadlineUnread == true {
      // Recorded without a deadline the ledger can count: never "ongoing".
      let written = source?.deadlineText ?? ""
      due = c.pick(vi: "chưa đọc được hạn “\(written)”", en: "unreadable deadline “\(written)”")
    }
    return c.pick(
      vi: "giao nhiệm vụ \(c.subject) cho \(leadUnit) chủ trì, \(due)",
      en: "assigned task \(c.subject) to \(leadUnit), \(due)")
  }

  public func checkStated() throws {
    try PayloadRules.text(title, .title, limit: TextRules.longLimit)
    // A plan may name no head: the task then keeps an empty role, which `check` reports.
    if !(headRole.isEmpty && source != nil) { try PayloadRules.text(headRole, .role) }
    try PayloadRules.text(expectedResult, .result, limit: TextRules.longLimit)
    try PayloadRules.optional(plan, .plan)
    for amount in [quantity, weight].compactMap({ $0 }) where !(amount > 0 && amount <= 1e6) {
      throw LedgerError.quantityOutOfRange(amount)
    }
    if supportingUnits.contains(leadUnit) { throw LedgerError.leadAlsoSupporting(leadUnit) }
    for unit in coLeads ?? [] where unit == leadUnit || supportingUnits.contains(unit) {
      throw LedgerError.leadAlsoSupporting(unit)
    }
    if let repeated = PayloadRules.firstRepeated(coLeads ?? []) {
      throw LedgerError.duplicateSupportingUnit(repeated)
    }
    if let collectiveLead { try PayloadRules.raw(collectiveLead, .source) }
    if let repeated = PayloadRules.firstRepeated(supportingUnits) {
      throw LedgerError.duplicateSupportingUnit(repeated)
    }
    if let source = source {
      for cell in [source.section, source.row, source.leadText, source.deadlineText] {
        try PayloadRules.raw(cell, .source)
      }
      if let support = source.supportText { try PayloadRules.raw(support, .source) }
    }
  }
}
