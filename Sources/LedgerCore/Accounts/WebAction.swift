/// Something a signed-in user asks of the web app, as permissions name it.
public enum WebAction: String, Hashable, Sendable, CaseIterable, Codable {
  /// Read dashboards, tasks, units, heads and the yearly report.
  case read
  /// Read the evaluation of heads, with its explanations (leaders and inspectors).
  case evaluate
  /// Read the audit of who recorded what and when.
  case audit
  case start, report, complete
  case pause, resume
  case extend, reassign, cancel, correct
  /// The lead unit's head confirms receiving a task.
  case acknowledge
  /// The lead unit's head answers a request for an explanation (giải trình).
  case explain
  /// Ask a task's lead unit for an explanation, by a day (a leader's act).
  case requestExplanation = "request_explanation"
  /// Change a task's wording: title, role, expected result, coordinating units (a leader's act).
  case amend
  /// Assign new tasks and import plans.
  case assign
  /// Open, change and disable accounts.
  case manageAccounts = "manage_accounts"

  /// Actions on one task that a head may take on the tasks their unit leads.
  public static let headWork: Set<WebAction> = [
    .start, .report, .complete, .acknowledge, .explain,
  ]
  /// Actions that change what was decided about a task: a leader's approval.
  public static let approvals: Set<WebAction> = [
    .extend, .reassign, .cancel, .correct, .requestExplanation, .amend,
  ]
}

extension WebAction {
  /// The action that records `event` through the web; nil for events the web never records
  /// (accounts, keys, policies, appointments, scores…).
  ///
  /// What the web server's key may sign for an account is judged by this and `Permissions`.
  public init?(recording event: LedgerEvent) {
    switch event {
    case .taskStarted: self = .start
    case .progressReported, .evidenceAttached: self = .report
    case .taskCompleted: self = .complete
    case .deadlineExtended: self = .extend
    case .leadReassigned: self = .reassign
    case .taskCancelled: self = .cancel
    case .taskPaused: self = .pause
    case .taskResumed: self = .resume
    case .eventCorrected: self = .correct
    case .taskAcknowledged: self = .acknowledge
    case .explanationRequested: self = .requestExplanation
    case .taskExplained: self = .explain
    case .taskAmended: self = .amend
    case .taskAssigned, .planRegistered, .unitRegistered, .taskSuperseded: self = .assign
    default: return nil
    }
  }

  /// The action a task command takes, as the web's forms take it; nil for a command with no
  /// form on a task (units, heads, keys, accounts, plans, scores) and for a correction, whose
  /// task is that of the event it retracts.
  public init?(command: LedgerCommand) {
    switch command {
    case .startTask: self = .start
    case .reportProgress, .attachEvidence: self = .report
    case .completeTask: self = .complete
    case .extendDeadline: self = .extend
    case .reassignLead: self = .reassign
    case .cancelTask: self = .cancel
    case .pauseTask: self = .pause
    case .resumeTask: self = .resume
    case .acknowledgeTask: self = .acknowledge
    case .explainTask: self = .explain
    case .requestExplanation: self = .requestExplanation
    case .amendTask: self = .amend
    case .assignTask: self = .assign
    default: return nil
    }
  }
}
