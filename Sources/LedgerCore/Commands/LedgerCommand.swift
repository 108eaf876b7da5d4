/// Something a user asks the ledger to record.
///
/// Names of units are as typed (code or name);
/// the decider resolves them.
public enum LedgerCommand: Hashable, Sendable {
  /// `allowMixedScript` accepts a name whose letters come from several scripts (`ScriptRules`).
  case registerUnit(name: String, code: String?, allowMixedScript: Bool = false)
  /// `replaces` names the sitting head whose tenure the appointment ends (required then);
  /// `acting` marks an acting head; `decision` names the appointment decision.
  case appointHead(
    unit: String, person: String, role: String, replaces: String? = nil,
    allowMixedScript: Bool = false, acting: Bool = false, decision: String? = nil)
  /// Ends the sitting head's tenure with nobody after it.
  case vacateHead(unit: String, decision: String?)
  case renameUnit(unit: String, name: String, decision: String?)
  /// Ends a unit by joining it to another; its open tasks are handed over first.
  case mergeUnit(unit: String, into: String, decision: String?)
  case dissolveUnit(unit: String, decision: String?)
  case amendTask(TaskID, AmendTask)
  case assignTask(AssignTask)
  case startTask(TaskID, by: String?)
  case reportProgress(
    TaskID, text: String, percent: Int?, document: String?, by: String?, annual: Bool = false,
    delivered: Double? = nil)
  case extendDeadline(TaskID, to: LocalDate, reason: String, approvedBy: String)
  case reassignLead(TaskID, lead: String, reason: String, due: LocalDate? = nil)
  case completeTask(
    TaskID, result: String?, evidence: String?, by: String?, delivered: Double? = nil)
  case cancelTask(TaskID, reason: String)
  case pauseTask(TaskID, reason: String)
  case resumeTask(TaskID, reason: String?)
  case correct(position: Int64, reason: String, restatedEffective: LocalDate? = nil)
  case registerPlan(PlanID, PlanRegistered)
  case supersedeTask(TaskID, byPlan: String)
  /// `replaces` is the position of the earlier score it overwrites (required then).
  case scoreGeneralPoints(
    person: String, year: Int, points: Double, reason: String, replaces: Int64? = nil)
  case reviewTask(TaskID, majorErrors: Int, objectiveCause: String?, by: String)
  /// Binds a public key (a C2SP verifier key) to a person; `webServer` marks the web
  /// server's key, which signs for the signed-in accounts.
  case registerKey(person: String, publicKey: String, webServer: Bool = false)
  case revokeKey(keyID: String, reason: String)
  case adoptPolicy(LedgerPolicy)
  /// Binds another ledger's own key (a C2SP verifier key) to a source name.
  case registerSource(name: String, publicKey: String)
  case openAccount(username: String, person: String, role: AccountRole, unit: String?)
  case changeAccountRole(username: String, role: AccountRole, unit: String?)
  case disableAccount(username: String, reason: String?)
  /// A leader's d, đ, e for a year (or one period), as typed.
  case judgeLeader(LeaderCriteriaJudged)
  /// A decision forcing a year to "not completed", as typed.
  case recordCondition(ConditionRecorded)
  /// One delay of a task excused for an objective cause.
  case excuseDelay(TaskID, DelayExcused)
  /// Registers a person under a staff code (given, or made from the name's initials).
  case registerPerson(name: String, code: String?)
  /// The lead unit's head confirms receiving a task.
  case acknowledgeTask(TaskID, by: String)
  /// An explanation (giải trình) is asked of a task's lead unit, due by a day.
  case requestExplanation(TaskID, ExplanationRequested)
  /// The lead unit answers the pending request for an explanation.
  case explainTask(TaskID, TaskExplained)
  /// Evidence files (by name, size and hash) for a report, completion or explanation.
  case attachEvidence(TaskID, EvidenceAttached)

  /// The stream the command writes to, when it can be known before deciding.
  public var taskID: TaskID? {
    switch self {
    case .startTask(let id, _), .reportProgress(let id, _, _, _, _, _, _),
      .extendDeadline(let id, _, _, _),
      .reassignLead(let id, _, _, _), .completeTask(let id, _, _, _, _), .cancelTask(let id, _),
      .pauseTask(let id, _), .resumeTask(let id, _), .supersedeTask(let id, _),
      .reviewTask(let id, _, _, _), .excuseDelay(let id, _), .amendTask(let id, _),
      .acknowledgeTask(let id, _),
      .requestExplanation(let id, _), .explainTask(let id, _),
      .attachEvidence(let id, _):
      return id
    case .assignTask(let assign): return assign.id
    case .registerUnit, .appointHead, .correct, .registerPlan, .scoreGeneralPoints, .registerKey,
      .revokeKey, .adoptPolicy, .openAccount, .changeAccountRole, .disableAccount, .judgeLeader,
      .recordCondition, .registerPerson, .registerSource, .vacateHead, .renameUnit, .mergeUnit,
      .dissolveUnit:
      return nil
    }
  }
}

/// The fields of a new task, as typed.
public struct AssignTask: Hashable, Sendable {
  public var id: TaskID?
  public var title: String
  public var headRole: String
  /// The unit in which the head role is held, by code or name, when the title does not say.
  public var roleUnit: String?
  public var leadUnit: String
  public var supportingUnits: [String]
  public var expectedResult: String
  public var deadline: Deadline
  public var plan: String?
  /// For ongoing work, the day each year it is reported on.
  public var reportingDay: DayOfYear?
  /// For imported tasks, where in the plan it came from.
  public var source: TaskSource?
  /// Units of product and their conversion weight; nil for one of weight 1.
  public var quantity: Double?
  public var weight: Double?
  /// Further leads named in the same cell, by code or name (imported plans).
  public var coLeads: [String] = []
  /// The lead cell's exact text when it names a group of bodies.
  public var collectiveLead: String?
  /// The plan's deadline could not be read (`import --lenient`).
  public var deadlineUnread = false

  public init(
    id: TaskID? = nil, title: String, headRole: String, leadUnit: String,
    supportingUnits: [String] = [], expectedResult: String, deadline: Deadline,
    plan: String? = nil, reportingDay: DayOfYear? = nil, source: TaskSource? = nil,
    roleUnit: String? = nil, quantity: Double? = nil, weight: Double? = nil,
    coLeads: [String] = [], collectiveLead: String? = nil, deadlineUnread: Bool = false
  ) {
    self.coLeads = coLeads
    self.collectiveLead = collectiveLead
    self.deadlineUnread = deadlineUnread
    self.quantity = quantity
    self.weight = weight
    self.roleUnit = roleUnit
    self.id = id
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

/// The changes to a task's wording, as typed: nil leaves a field as it is.
public struct AmendTask: Hashable, Sendable {
  public var title: String?
  public var headRole: String?
  /// The role's unit, by code or name.
  public var roleUnit: String?
  public var expectedResult: String?
  /// The coordinating units, replacing the old ones; empty for none (`--no-support`).
  public var supportingUnits: [String]?
  public var reason: String
  public var decision: String?

  public init(
    title: String? = nil, headRole: String? = nil, roleUnit: String? = nil,
    expectedResult: String? = nil, supportingUnits: [String]? = nil, reason: String,
    decision: String? = nil
  ) {
    self.title = title
    self.headRole = headRole
    self.roleUnit = roleUnit
    self.expectedResult = expectedResult
    self.supportingUnits = supportingUnits
    self.reason = reason
    self.decision = decision
  }
}
