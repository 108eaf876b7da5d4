/// The rules: turns a command into the one event it records, or refuses it with a reason.
///
/// Pure: it reads the ledger only through `LedgerReading` and is told the day the event is
/// effective and what day it is now.
public struct Decider<Reading: LedgerReading> {
  public let reading: Reading
  /// The day the event happened, as the actor states it.
  public let effective: LocalDate
  /// Today in the ledger's time zone.
  public let today: LocalDate

  /// For facts restated from another system: its own records confirmed each replacement of a
  /// head or a score, so `replaces` is not asked for again.
  public let replacementsConfirmed: Bool

  public init(
    reading: Reading, effective: LocalDate, today: LocalDate, replacementsConfirmed: Bool = false
  ) {
    self.reading = reading
    self.effective = effective
    self.today = today
    self.replacementsConfirmed = replacementsConfirmed
  }

  /// Decides the command.
  ///
  /// Throws `LedgerError` when a rule refuses it.
  public func decide(_ command: LedgerCommand) throws -> Decision {
    guard effective <= today || command.mayTakeEffectAhead else {
      throw LedgerError.futureDate(effective, today: today)
    }
    let command = try withKnownTaskID(command)
    switch command {
    case .registerUnit(let name, let code, let mixed):
      return try registerUnit(name: name, code: code, allowMixedScript: mixed)
    case .appointHead(let unit, let person, let role, let replaces, let mixed, let acting, let doc):
      return try appointHead(
        unit: unit, person: person, role: role, replaces: replaces, allowMixedScript: mixed,
        acting: acting, decision: doc)
    case .vacateHead, .renameUnit, .mergeUnit, .dissolveUnit: return try decideUnitChange(command)
    case .amendTask(let id, let amend): return try amendTask(id, amend)
    case .assignTask(let assign): return try assignTask(assign)
    case .startTask(let id, let by):
      let task = try openTask(id, for: .start, allowed: [.assigned])
      return try taskEvent(task, .taskStarted(TaskStarted(by: personNamed(optional: by, .by))))
    case .reportProgress(
      let id, let text, let percent, let document, let by, let annual, let delivered):
      let task = try openTask(id, for: .report, allowed: [.assigned, .inProgress, .paused])
      if let percent, !(0...100).contains(percent) {
        throw LedgerError.percentOutOfRange(percent)
      }
      // The year's report meets a yearly obligation, or ongoing work's yearly reporting day;
      // a task with a fixed deadline or ongoing work without a reporting day owes none.
      if annual {
        switch task.deadline {
        case .yearly: break
        case .ongoing where task.reportingDay != nil: break
        case .date, .ongoing, .recurring: throw LedgerError.annualReportWithoutObligation(id)
        }
      }
      let report = ProgressReported(
        text: try TextRules.required(text, .text, limit: TextRules.longLimit), percent: percent,
        document: try TextRules.documentNumber(document), by: try personNamed(optional: by, .by),
        annual: annual ? true : nil, delivered: delivered)
      try Self.checkDelivered(delivered)
      return try taskEvent(task, .progressReported(report))
    case .extendDeadline(let id, let newDue, let reason, let approvedBy):
      return try extendDeadline(id, to: newDue, reason: reason, approvedBy: approvedBy)
    case .reassignLead(let id, let lead, let reason, let due):
      return try reassignLead(id, lead: lead, reason: reason, due: due)
    case .reviewTask(let id, let errors, let cause, let by):
      let task = try openTask(id, for: .review, allowed: [.completed])
      guard (0...99).contains(errors) else { throw LedgerError.majorErrorsOutOfRange(errors) }
      let review = TaskReviewed(
        majorErrors: errors,
        objectiveCause: try TextRules.optional(cause, .reason, limit: TextRules.longLimit),
        by: try personNamed(by, .by))
      return try taskEvent(task, .taskReviewed(review))
    case .completeTask(let id, let result, let evidence, let by, let delivered):
      let task = try openTask(id, for: .complete, allowed: [.assigned, .inProgress])
      let completion = TaskCompleted(
        result: try TextRules.optional(result, .result, limit: TextRules.longLimit),
        evidence: try TextRules.optional(evidence, .evidence, limit: TextRules.longLimit),
        by: try personNamed(optional: by, .by), delivered: delivered)
      try Self.checkDelivered(delivered)
      return try taskEvent(task, .taskCompleted(completion))
    case .cancelTask(let id, let reason):
      let task = try openTask(id, for: .cancel, allowed: [.assigned, .inProgress, .paused])
      let reason = try TextRules.required(reason, .reason, limit: TextRules.longLimit)
      return try taskEvent(task, .taskCancelled(TaskCancelled(reason: reason)))
    case .pauseTask(let id, let reason):
      let task = try openTask(id, for: .pause, allowed: [.assigned, .inProgress])
      let reason = try TextRules.required(reason, .reason, limit: TextRules.longLimit)
      return try taskEvent(task, .taskPaused(TaskPaused(reason: reason)))
    case .resumeTask(let id, let reason):
      let task = try openTask(id, for: .resume, allowed: [.paused])
      let reason = try TextRules.optional(reason, .reason, limit: TextRules.longLimit)
      return try taskEvent(task, .taskResumed(TaskResumed(reason: reason)))
    case .correct(let position, let reason, let restated):
      return try correct(position: position, reason: reason, restated: restated)
    case .registerPlan(let id, let plan):
      let stream = StreamID.plan(id)
      guard try reading.streamVersion(stream) == 0 else {
        throw LedgerError.planExists(plan.number ?? id.rawValue)
      }
      var cleaned = plan
      cleaned.title = try TextRules.required(plan.title, .title, limit: TextRules.longLimit)
      cleaned.issuer = try TextRules.optional(plan.issuer, .name)
      cleaned.number = try TextRules.optional(plan.number, .plan)
      cleaned.supersedes = try TextRules.optional(plan.supersedes, .plan)
      return Decision(
        stream: stream, expectedVersion: 0, event: .planRegistered(cleaned), effective: effective)
    case .scoreGeneralPoints(let person, let year, let points, let reason, let replaces):
      let typed = try TextRules.required(person, .person)
      guard (2000...2100).contains(year) else { throw LedgerError.invalidYear(year) }
      guard (0...30).contains(points) else { throw LedgerError.pointsOutOfRange(points) }
      let person = try reading.personNames().person(typed)
      let stream = StreamID.evaluation(person.scoreKey(year: year))
      // Overwriting a score names the earlier score's event.
      if !replacementsConfirmed, let earlier = try reading.events(in: stream).last,
        earlier.position != replaces
      {
        throw LedgerError.overwritesScore(
          person: person.name, year: year, position: earlier.position)
      }
      let score = GeneralPointsScored(
        person: person.name, year: year, points: points,
        reason: try TextRules.required(reason, .reason, limit: TextRules.longLimit),
        code: person.code)
      return Decision(
        stream: stream, expectedVersion: try reading.streamVersion(stream),
        event: .generalPointsScored(score), effective: effective)
    case .registerKey(let person, let publicKey, let webServer):
      return try registerKey(person: person, publicKey: publicKey, webServer: webServer)
    case .revokeKey(let keyID, let reason): return try revokeKey(keyID, reason: reason)
    case .adoptPolicy(let policy): return try adoptPolicy(policy)
    case .registerSource(let name, let publicKey):
      return try registerSource(name: name, publicKey: publicKey)
    case .registerPerson(let name, let code): return try registerPerson(name: name, code: code)
    case .openAccount, .changeAccountRole, .disableAccount:
      return try AccountDecisions(reading: reading, effective: effective).decide(command)
    case .judgeLeader(let judged): return try judgeLeader(judged)
    case .recordCondition(let condition): return try recordCondition(condition)
    case .excuseDelay(let id, let excuse): return try excuseDelay(id, excuse)
    case .acknowledgeTask(let id, let by): return try acknowledgeTask(id, by: by)
    case .requestExplanation(let id, let request): return try requestExplanation(id, request)
    case .explainTask(let id, let answer): return try explainTask(id, answer)
    case .attachEvidence(let id, let evidence): return try attachEvidence(id, evidence)
    case .supersedeTask(let id, let byPlan):
      let task = try openTask(id, for: .cancel, allowed: [.assigned, .inProgress, .paused])
      let byPlan = try TextRules.required(byPlan, .plan)
      return try taskEvent(task, .taskSuperseded(TaskSuperseded(byPlan: byPlan)))
    }
  }

  private func assignTask(_ assign: AssignTask) throws -> Decision {
    let title = try TextRules.required(assign.title, .title, limit: TextRules.longLimit)
    // A plan may name no accountable head: a task imported from it keeps the role empty and
    // `check` asks for one; a task assigned by hand must name it.
    let role =
      assign.source != nil && VietnameseText.clean(assign.headRole).isEmpty
      ? "" : try TextRules.required(assign.headRole, .role)
    let result = try TextRules.required(assign.expectedResult, .result, limit: TextRules.longLimit)
    let plan = try TextRules.optional(assign.plan, .plan)
    if let reporting = assign.reportingDay, assign.deadline != .ongoing {
      throw LedgerError.invalidYearlyDate(reporting.description)
    }
    // A lead cell naming only a group of bodies has no unit: the reserved code and its text.
    let collectiveOnly =
      assign.collectiveLead != nil
      && UnitCode(assign.leadUnit) == TaskAssigned.collectiveLeadCode
    let leadCode =
      collectiveOnly ? TaskAssigned.collectiveLeadCode : try openUnit(assign.leadUnit).code
    var supporting: [UnitCode] = []
    for name in assign.supportingUnits {
      let unit = try openUnit(name)
      guard unit.code != leadCode else { throw LedgerError.leadAlsoSupporting(unit.code) }
      guard !supporting.contains(unit.code) else {
        throw LedgerError.duplicateSupportingUnit(unit.code)
      }
      supporting.append(unit.code)
    }
    var roleUnit: UnitCode?
    if let name = assign.roleUnit {
      guard let unit = try reading.unit(named: name) else {
        throw LedgerError.unknownUnit(name, among: try reading.units())
      }
      // The lead itself, for a bare title ("Trưởng phòng"), is what the role means without
      // --role-unit: its head answers, and after a hand-over the new lead's (trial: naming
      // the lead pinned the role to it, and the next missed deadline was charged to the head
      // of the unit the task had left).
      var holders = RoleHolders(units: try reading.units())
      let pinned = unit.code != leadCode || holders.unit(namedBy: role) != nil
      roleUnit = pinned ? unit.code : nil
    }
    let id = try assign.id ?? nextTaskID()
    let stream = StreamID.task(id)
    guard try reading.streamVersion(stream) == 0 else { throw LedgerError.taskExists(id) }
    try requireNewTaskID(id)
    if let due = assign.deadline.fixedDate, due < effective {
      throw LedgerError.deadlineBeforeAssignment(due: due, assigned: effective)
    }
    var event = TaskAssigned(
      title: title, headRole: role, leadUnit: leadCode, supportingUnits: supporting,
      expectedResult: result, deadline: assign.deadline, plan: plan,
      reportingDay: assign.reportingDay, source: assign.source, roleUnit: roleUnit,
      quantity: assign.quantity, weight: assign.weight)
    event.coLeads = try coLeads(assign, lead: leadCode, supporting: supporting)
    event.collectiveLead = assign.collectiveLead
    event.deadlineUnread = assign.deadlineUnread ? true : nil
    for amount in [assign.quantity, assign.weight].compactMap({ $0 })
    where !(amount > 0 && amount <= 1e6) {
      throw LedgerError.quantityOutOfRange(amount)
    }
    return Decision(
      stream: stream, expectedVersion: 0, event: .taskAssigned(event), effective: effective)
  }

  /// The co-leads of an assignment as registered units' codes, nil for none.
  private func coLeads(_ assign: AssignTask, lead: UnitCode, supporting: [UnitCode]) throws
    -> [UnitCode]?
  {
    var codes: [UnitCode] = []
    for name in assign.coLeads {
      guard let unit = try reading.unit(named: name) else {
        throw LedgerError.unknownUnit(name, among: try reading.units())
      }
      guard unit.code != lead, !supporting.contains(unit.code) else {
        throw LedgerError.leadAlsoSupporting(unit.code)
      }
      guard !codes.contains(unit.code) else { throw LedgerError.duplicateSupportingUnit(unit.code) }
      codes.append(unit.code)
    }
    return codes.isEmpty ? nil : codes
  }

  /// The first free id of the form `T-001`.
  private func nextTaskID() throws -> TaskID {
    var number = try reading.taskStreamCount() + 1
    while true {
      let digits = String(number)
      let padded = String(repeating: "0", count: max(0, 3 - digits.count)) + digits
      if let id = TaskID("T-\(padded)"), try reading.streamVersion(.task(id)) == 0 {
        return id
      }
      number += 1
    }
  }

  private func extendDeadline(
    _ id: TaskID, to newDue: LocalDate, reason: String, approvedBy: String
  )
    throws -> Decision
  {
    let task = try openTask(id, for: .extend, allowed: [.assigned, .inProgress, .paused])
    guard case .date(let current) = task.deadline else { throw LedgerError.noFixedDeadline(id) }
    guard newDue > current else {
      throw LedgerError.extensionNotLater(id, current: current, requested: newDue)
    }
    let change = DeadlineExtended(
      previousDue: current, newDue: newDue,
      reason: try TextRules.required(reason, .reason, limit: TextRules.longLimit),
      approvedBy: try personNamed(approvedBy, .approvedBy))
    return try taskEvent(task, .deadlineExtended(change))
  }

  /// Hands a task to another lead.
  ///
  /// The current lead keeps any blame already fixed; when the deadline in force has passed,
  /// the new lead needs its own (`due`).
  private func reassignLead(_ id: TaskID, lead: String, reason: String, due: LocalDate?) throws
    -> Decision
  {
    let task = try openTask(id, for: .reassign, allowed: [.assigned, .inProgress, .paused])
    let unit = try openUnit(lead)
    guard unit.code != task.leadUnit else { throw LedgerError.sameLead(id, unit.code) }
    if let due {
      guard case .date = task.deadline else { throw LedgerError.noFixedDeadline(id) }
      guard due >= effective else {
        throw LedgerError.dueBeforeHandOver(id, due: due, handOver: effective)
      }
    } else if let inForce = task.deadline.fixedDate, inForce < effective {
      throw LedgerError.reassignNeedsDue(id, passed: inForce)
    }
    let change = LeadReassigned(
      previousLead: task.leadUnit, newLead: unit.code,
      reason: try TextRules.required(reason, .reason, limit: TextRules.longLimit), newDue: due)
    return try taskEvent(task, .leadReassigned(change))
  }

  /// The task, provided it exists, is in one of the allowed states, and was assigned by the
  /// effective day.
  func openTask(_ id: TaskID, for action: TaskAction, allowed: Set<TaskStatus>) throws
    -> TaskState
  {
    guard let task = try reading.task(id) else { throw LedgerError.unknownTask(id.rawValue) }
    guard allowed.contains(task.status) else {
      throw LedgerError.transitionRefused(id, action: action, status: task.status)
    }
    guard effective >= task.assignedOn else {
      throw LedgerError.dateBeforeAssignment(id, date: effective, assigned: task.assignedOn)
    }
    return task
  }

  private func taskEvent(_ task: TaskState, _ event: LedgerEvent) throws -> Decision {
    let stream = StreamID.task(task.id)
    return Decision(
      stream: stream, expectedVersion: try reading.streamVersion(stream), event: event,
      effective: effective)
  }
}
