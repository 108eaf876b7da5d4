extension Decider {
  /// Records a leader's d, đ, e for a year or one period: the person must be in the ledger.
  func judgeLeader(_ typed: LeaderCriteriaJudged) throws -> Decision {
    var judged = typed
    let person = try TextRules.required(typed.person, .person)
    let known = try reading.personNames().person(person)
    judged.person = known.name
    judged.code = known.code
    judged.reason = try TextRules.required(typed.reason, .reason, limit: TextRules.longLimit)
    if let period = typed.period {
      guard let parsed = EvaluationPeriod(parsing: period) else {
        throw LedgerError.unknownPeriod(period)
      }
      judged.period = parsed.description
    }
    try judged.checkStated()
    let stream = StreamID.evaluation(
      LeaderCriteriaJudged.key(person: known.code ?? known.name, year: judged.year))
    return Decision(
      stream: stream, expectedVersion: try reading.streamVersion(stream),
      event: .leaderCriteriaJudged(judged), effective: effective)
  }

  /// Records a condition forcing a person's year to "not completed".
  func recordCondition(_ typed: ConditionRecorded) throws -> Decision {
    var condition = typed
    let person = try TextRules.required(typed.person, .person)
    let known = try reading.personNames().person(person)
    condition.person = known.name
    condition.code = known.code
    condition.kind = VietnameseText.matchKey(typed.kind)
    condition.decision = try TextRules.required(typed.decision, .evidence)
    try condition.checkStated()
    let stream = StreamID.evaluation(
      ConditionRecorded.key(person: known.code ?? known.name, year: condition.year))
    return Decision(
      stream: stream, expectedVersion: try reading.streamVersion(stream),
      event: .conditionRecorded(condition), effective: effective)
  }
}

extension Decider {
  /// Excuses one delay of a task's product: the task must be in the ledger, and have missed a
  /// deadline by the day the excuse is for (trial: a cause certified in March for a storm
  /// "forecast" wiped out a delay in July).
  func excuseDelay(_ id: TaskID, _ typed: DelayExcused) throws -> Decision {
    guard let task = try reading.task(id) else { throw LedgerError.unknownTask(id.rawValue) }
    let delayed = task.charges(on: effective).contains {
      $0.bucket == .overdue || $0.bucket == .completedLate
    }
    guard delayed else { throw LedgerError.noDelayToExcuse(task.id, on: effective) }
    // One excuse per delay: more certify nothing (trial: a second excuse of one delay).
    let events = try reading.events(in: .task(task.id))
    let excuses = Retractions.activeFacts(in: events).filter {
      if case .delayExcused = $0.event { return true }
      return false
    }.map(\.position)
    let delays = task.delays(by: effective)
    guard excuses.count < delays else {
      throw LedgerError.delaysAllExcused(task.id, delays: delays, excuses: excuses)
    }
    let excuse = DelayExcused(
      reason: try TextRules.required(typed.reason, .reason, limit: TextRules.longLimit),
      approvedBy: try personNamed(typed.approvedBy, .approvedBy),
      decision: try TextRules.optional(typed.decision, .evidence))
    let stream = StreamID.task(task.id)
    return Decision(
      stream: stream, expectedVersion: try reading.streamVersion(stream),
      event: .delayExcused(excuse), effective: effective)
  }
}

extension Decider {
  /// Refuses a number of units delivered outside 0 to a million.
  static func checkDelivered(_ delivered: Double?) throws {
    if let delivered, !(delivered >= 0 && delivered <= 1e6) {
      throw LedgerError.quantityOutOfRange(delivered)
    }
  }
}
