extension LedgerCommand {
  /// The command that would record this fact here: how a fact from another system is put
  /// through this ledger's own rules before it becomes one of its events.
  ///
  /// `localPosition` turns a position in the source's log (which a correction names) into the
  /// position here of the fact imported from it. Throws `LedgerError.unknownTask` (or
  /// `unknownUnit`) when the fact's stream is not one its type belongs to.
  public init(
    restating event: LedgerEvent, on stream: StreamID,
    localPosition: (Int64) throws -> Int64
  ) throws {
    func task() throws -> TaskID {
      guard case .task(let id) = stream else { throw LedgerError.unknownTask(stream.description) }
      return id
    }
    func unit(_ code: UnitCode) throws {
      guard case .unit(let streamCode) = stream, streamCode == code else {
        throw LedgerError.unknownUnit(stream.description)
      }
    }
    switch event {
    case .unitRegistered(let p):
      try unit(p.code)
      self = .registerUnit(name: p.name, code: p.code.rawValue)
    case .headAppointed(let p):
      try unit(p.unit)
      // By code when the source recorded one: namesakes there are namesakes here too.
      self = .appointHead(
        unit: p.unit.rawValue, person: p.code ?? p.person, role: p.role,
        acting: p.acting == true, decision: p.decision)
    case .headVacated(let p):
      try unit(p.unit)
      self = .vacateHead(unit: p.unit.rawValue, decision: p.decision)
    case .unitRenamed(let p):
      try unit(p.unit)
      self = .renameUnit(unit: p.unit.rawValue, name: p.name, decision: p.decision)
    case .unitMerged(let p):
      try unit(p.unit)
      self = .mergeUnit(unit: p.unit.rawValue, into: p.into.rawValue, decision: p.decision)
    case .unitDissolved(let p):
      try unit(p.unit)
      self = .dissolveUnit(unit: p.unit.rawValue, decision: p.decision)
    case .taskAmended(let p):
      self = .amendTask(
        try task(),
        AmendTask(
          title: p.title?.to, headRole: p.headRole?.to, roleUnit: p.roleUnit?.to?.rawValue,
          expectedResult: p.expectedResult?.to,
          supportingUnits: p.supportingUnits.map { $0.to.map(\.rawValue) }, reason: p.reason,
          decision: p.decision))
    case .taskAssigned(let p):
      self = .assignTask(
        AssignTask(
          id: try task(), title: p.title, headRole: p.headRole, leadUnit: p.leadUnit.rawValue,
          supportingUnits: p.supportingUnits.map(\.rawValue), expectedResult: p.expectedResult,
          deadline: p.deadline, plan: p.plan, reportingDay: p.reportingDay, source: p.source,
          roleUnit: p.roleUnit?.rawValue, quantity: p.quantity, weight: p.weight,
          coLeads: (p.coLeads ?? []).map(\.rawValue), collectiveLead: p.collectiveLead,
          deadlineUnread: p.deadlineUnread == true))
    case .taskStarted(let p): self = .startTask(try task(), by: p.by)
    case .progressReported(let p):
      self = .reportProgress(
        try task(), text: p.text, percent: p.percent, document: p.document, by: p.by,
        annual: p.annual == true, delivered: p.delivered)
    case .deadlineExtended(let p):
      self = .extendDeadline(try task(), to: p.newDue, reason: p.reason, approvedBy: p.approvedBy)
    case .leadReassigned(let p):
      self = .reassignLead(try task(), lead: p.newLead.rawValue, reason: p.reason, due: p.newDue)
    case .taskCompleted(let p):
      self = .completeTask(
        try task(), result: p.result, evidence: p.evidence, by: p.by, delivered: p.delivered)
    case .taskCancelled(let p): self = .cancelTask(try task(), reason: p.reason)
    case .taskPaused(let p): self = .pauseTask(try task(), reason: p.reason)
    case .taskResumed(let p): self = .resumeTask(try task(), reason: p.reason)
    case .eventCorrected(let p):
      self = .correct(
        position: try localPosition(p.retracts), reason: p.reason,
        restatedEffective: p.restatedEffective)
    case .planRegistered(let p):
      guard case .plan(let id) = stream else { throw LedgerError.unknownTask(stream.description) }
      self = .registerPlan(id, p)
    case .taskSuperseded(let p): self = .supersedeTask(try task(), byPlan: p.byPlan)
    case .generalPointsScored(let p):
      self = .scoreGeneralPoints(
        person: p.code ?? p.person, year: p.year, points: p.points, reason: p.reason)
    case .taskReviewed(let p):
      self = .reviewTask(
        try task(), majorErrors: p.majorErrors, objectiveCause: p.objectiveCause, by: p.by)
    case .leaderCriteriaJudged(var p):
      p.person = p.code ?? p.person
      self = .judgeLeader(p)
    case .conditionRecorded(var p):
      p.person = p.code ?? p.person
      self = .recordCondition(p)
    case .delayExcused(let p): self = .excuseDelay(try task(), p)
    case .taskAcknowledged(let p): self = .acknowledgeTask(try task(), by: p.by)
    case .explanationRequested(let p): self = .requestExplanation(try task(), p)
    case .taskExplained(let p): self = .explainTask(try task(), p)
    case .evidenceAttached(var p):
      p.supports = try localPosition(p.supports)
      self = .attachEvidence(try task(), p)
    case .keyRegistered, .keyRevoked, .policyAdopted, .sourceRegistered:
      // Another ledger's keys and rules govern that ledger, not this one.
      throw LedgerError.cannotRestate(0, type: event.typeName)
    case .accountOpened(let p):
      self = .openAccount(
        username: p.username.rawValue, person: p.person, role: p.role, unit: p.unit?.rawValue)
    case .accountRoleChanged(let p):
      self = .changeAccountRole(username: p.username.rawValue, role: p.role, unit: p.unit?.rawValue)
    case .accountDisabled(let p):
      self = .disableAccount(username: p.username.rawValue, reason: p.reason)
    case .personRegistered(let p):
      guard case .person(let code) = stream, code == p.code else {
        throw LedgerError.cannotRestate(0, type: event.typeName)
      }
      self = .registerPerson(name: p.name, code: p.code)
    }
  }
}
