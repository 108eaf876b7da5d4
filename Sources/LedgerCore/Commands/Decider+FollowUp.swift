extension Decider {
  /// The lead unit's head confirms receiving a task: the task is open, the person heads its
  /// lead unit on the day, and that unit has not confirmed it already.
  func acknowledgeTask(_ id: TaskID, by typed: String) throws -> Decision {
    let task = try followedTask(id, for: .acknowledge, allowed: [.assigned, .inProgress, .paused])
    let person = try personNamed(typed, .by)
    if let earlier = task.acknowledgement(by: task.leadUnit), earlier.on >= task.leadSince {
      throw LedgerError.alreadyAcknowledged(id, unit: task.leadUnit, on: earlier.on)
    }
    let head = try reading.units().first { $0.code == task.leadUnit }?.head(on: effective)
    guard let head, Self.samePerson(person, head) else {
      throw LedgerError.notLeadUnitHead(
        id, person: person, unit: task.leadUnit, head: head?.person)
    }
    let receipt = TaskAcknowledged(by: head.person, unit: task.leadUnit)
    return Decision(
      stream: .task(id), expectedVersion: try reading.streamVersion(.task(id)),
      event: .taskAcknowledged(receipt), effective: effective)
  }

  /// Asks the lead unit of a task for an explanation: the task exists, the day it is due is
  /// not before the request, and no earlier request waits for its answer.
  ///
  /// The unit asked is the one charged with the missed deadline (`TaskState.unitToExplain`):
  /// after a hand-over of overdue work, the earlier lead, which then answers.
  func requestExplanation(_ id: TaskID, _ typed: ExplanationRequested) throws -> Decision {
    let all = Set(TaskStatus.allCases).subtracting([.superseded])
    let task = try followedTask(id, for: .explain, allowed: all)
    if let pending = task.record.explanations.last(where: { $0.answeredOn == nil }) {
      throw LedgerError.explanationPending(id, due: pending.due)
    }
    guard typed.due >= effective else {
      throw LedgerError.explanationDueBeforeRequest(id, due: typed.due, requested: effective)
    }
    let request = ExplanationRequested(
      by: try personNamed(typed.by, .by), due: typed.due,
      reason: try TextRules.optional(typed.reason, .reason, limit: TextRules.longLimit),
      unit: task.unitToExplain(on: effective))
    return Decision(
      stream: .task(id), expectedVersion: try reading.streamVersion(.task(id)),
      event: .explanationRequested(request), effective: effective)
  }

  /// Records the explanation answering the pending request, on or after the day it was asked.
  func explainTask(_ id: TaskID, _ typed: TaskExplained) throws -> Decision {
    let all = Set(TaskStatus.allCases).subtracting([.superseded])
    let task = try followedTask(id, for: .explain, allowed: all)
    guard let pending = task.record.explanations.last(where: { $0.answeredOn == nil }) else {
      throw LedgerError.noExplanationRequested(id)
    }
    guard effective >= pending.requestedOn else {
      throw LedgerError.dateBeforeAssignment(
        id, date: effective, assigned: pending.requestedOn)
    }
    // The head of the unit asked (acting or not) on the day answers for it, nobody else.
    let person = try personNamed(typed.by, .by)
    let head = try reading.units().first { $0.code == pending.unit }?.head(on: effective)
    guard let head, Self.samePerson(person, head) else {
      throw LedgerError.notAskedUnitHead(
        id, person: person, unit: pending.unit, head: head?.person)
    }
    let answer = TaskExplained(
      text: try TextRules.required(typed.text, .text, limit: TextRules.longLimit),
      by: head.person,
      document: try TextRules.documentNumber(typed.document))
    return Decision(
      stream: .task(id), expectedVersion: try reading.streamVersion(.task(id)),
      event: .taskExplained(answer), effective: effective)
  }

  /// Records evidence files for an event of the task that is a report, a completion or an
  /// explanation, each file named, within the size limit, with its SHA-256.
  func attachEvidence(_ id: TaskID, _ typed: EvidenceAttached) throws -> Decision {
    guard try reading.task(id) != nil else { throw LedgerError.unknownTask(id.rawValue) }
    guard let supported = try reading.event(at: typed.supports), supported.stream == .task(id)
    else { throw LedgerError.evidenceForNothing(id, position: typed.supports) }
    switch supported.event {
    case .progressReported, .taskCompleted, .taskExplained: break
    default: throw LedgerError.evidenceForNothing(id, position: typed.supports)
    }
    try EvidenceAttached.check(typed.files)
    let files = try typed.files.map {
      AttachedFile(
        name: try TextRules.required($0.name, .evidence), size: $0.size, sha256: $0.sha256)
    }
    return Decision(
      stream: .task(id), expectedVersion: try reading.streamVersion(.task(id)),
      event: .evidenceAttached(EvidenceAttached(supports: typed.supports, files: files)),
      effective: effective)
  }

  /// True when a name as resolved (a plain name, or "name (code)" between namesakes) is the
  /// person holding a tenure.
  static func samePerson(_ name: String, _ tenure: Tenure) -> Bool {
    if VietnameseText.lookupMatches(name, tenure.person) { return true }
    guard let code = tenure.code else { return false }
    return name == "\(tenure.person) (\(code))" || name == code
  }

  /// The task, when it exists, its status is one of `allowed` and the day is not before its
  /// assignment.
  func followedTask(_ id: TaskID, for action: TaskAction, allowed: Set<TaskStatus>) throws
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
}
