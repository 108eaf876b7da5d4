extension LedgerCommand {
  /// The same command for the task `id` names: how a task id typed in another case
  /// ("pl1-i-1") is made the ledger's own (PL1-I-1) before it is decided.
  public func naming(_ id: TaskID) -> LedgerCommand {
    switch self {
    case .amendTask(_, let amend): return .amendTask(id, amend)
    case .startTask(_, let by): return .startTask(id, by: by)
    case .reportProgress(_, let text, let percent, let document, let by, let annual, let delivered):
      return .reportProgress(
        id, text: text, percent: percent, document: document, by: by, annual: annual,
        delivered: delivered)
    case .extendDeadline(_, let due, let reason, let approvedBy):
      return .extendDeadline(id, to: due, reason: reason, approvedBy: approvedBy)
    case .reassignLead(_, let lead, let reason, let due):
      return .reassignLead(id, lead: lead, reason: reason, due: due)
    case .completeTask(_, let result, let evidence, let by, let delivered):
      return .completeTask(id, result: result, evidence: evidence, by: by, delivered: delivered)
    case .cancelTask(_, let reason): return .cancelTask(id, reason: reason)
    case .pauseTask(_, let reason): return .pauseTask(id, reason: reason)
    case .resumeTask(_, let reason): return .resumeTask(id, reason: reason)
    case .supersedeTask(_, let plan): return .supersedeTask(id, byPlan: plan)
    case .reviewTask(_, let errors, let cause, let by):
      return .reviewTask(id, majorErrors: errors, objectiveCause: cause, by: by)
    case .excuseDelay(_, let excused): return .excuseDelay(id, excused)
    case .acknowledgeTask(_, let by): return .acknowledgeTask(id, by: by)
    case .requestExplanation(_, let request): return .requestExplanation(id, request)
    case .explainTask(_, let explained): return .explainTask(id, explained)
    case .attachEvidence(_, let evidence): return .attachEvidence(id, evidence)
    case .assignTask(var assign):
      assign.id = id
      return .assignTask(assign)
    case .registerUnit, .appointHead, .correct, .registerPlan, .scoreGeneralPoints, .registerKey,
      .revokeKey, .adoptPolicy, .openAccount, .changeAccountRole, .disableAccount, .judgeLeader,
      .recordCondition, .registerPerson, .registerSource, .vacateHead, .renameUnit, .mergeUnit,
      .dissolveUnit:
      return self
    }
  }
}
