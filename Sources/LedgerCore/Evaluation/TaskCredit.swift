/// Judges one task for one year: which deadline counts, whether it was met, and the events
/// that decided it.
public struct TaskCredit: Hashable, Sendable {
  public var task: TaskState
  /// The day the year's obligation was due: the deadline that counts, or this year's
  /// reporting or yearly day.
  public var due: LocalDate
  public var outcome: TaskOutcome
  /// True for a yearly obligation or ongoing work with a reporting day.
  public var isObligation: Bool
  /// Extensions granted, and how many of them moved the deadline that counts.
  public var extensions: Int
  public var extensionsCounted: Int
  /// Positions of the events that decided the outcome (completion or report, extensions).
  public var decidedBy: [Int64]

  /// Judges a task from its facts (active, in log order) for the year, on the evaluation day.
  ///
  /// Returns nil when the task is not due in that year, or counts for no one.
  public static func judge(
    _ task: TaskState, facts: [RecordedEvent], year: Int, on day: LocalDate, dayIsOver: Bool,
    policy: EvaluationPolicy
  ) -> TaskCredit? {
    guard task.status != .cancelled, task.status != .superseded else { return nil }
    switch task.deadline {
    case .date:
      return dated(task, facts: facts, year: year, on: day, dayIsOver: dayIsOver, policy: policy)
    case .yearly(let d, let m):
      guard let due = LocalDate(year: year, month: m, day: d) else { return nil }
      return obligation(task, facts: facts, due: due, on: day, dayIsOver: dayIsOver)
    case .ongoing:
      if let reporting = task.reportingDay, let due = reporting.date(in: year) {
        return obligation(task, facts: facts, due: due, on: day, dayIsOver: dayIsOver)
      }
      // No deadline and no reporting day: listed, scored only if the policy says so (as late
      // as possible: the end of the year).
      guard let end = LocalDate(year: year, month: 12, day: 31), task.assignedOn <= end else {
        return nil
      }
      if policy.ongoingWithoutReportingDayCounts {
        return obligation(task, facts: facts, due: end, on: day, dayIsOver: dayIsOver)
      }
      return TaskCredit(
        task: task, due: end, outcome: .notScored, isObligation: false, extensions: 0,
        extensionsCounted: 0, decidedBy: [])
    }
  }

  private static func dated(
    _ task: TaskState, facts: [RecordedEvent], year: Int, on day: LocalDate, dayIsOver: Bool,
    policy: EvaluationPolicy
  ) -> TaskCredit? {
    guard case .date(let inForce) = task.deadline, inForce.year == year,
      case .date(var counted) = task.originalDeadline
    else { return nil }
    var extensions = 0
    var moved = 0
    var decided: [Int64] = []
    for fact in facts {
      guard case .deadlineExtended(let change) = fact.event else { continue }
      extensions += 1
      let beforeDeadline = fact.effective <= counted
      let moves =
        beforeDeadline
        ? policy.extensionGrantedBeforeDeadlineMovesIt : policy.extensionGrantedAfterDeadlineMovesIt
      if moves {
        counted = max(counted, change.newDue)
        moved += 1
      }
      decided.append(fact.position)
    }
    let outcome: TaskOutcome
    if task.status == .completed, let done = task.completedOn {
      outcome = done <= counted ? .onTime : .late
      if let completion = facts.last(where: {
        if case .taskCompleted = $0.event { return true }
        return false
      }) {
        decided.insert(completion.position, at: 0)
      }
    } else if day > counted || (day == counted && dayIsOver) {
      outcome = .overdue
    } else {
      outcome = .notYetDue
    }
    return TaskCredit(
      task: task, due: inForce, outcome: outcome, isObligation: false, extensions: extensions,
      extensionsCounted: moved, decidedBy: decided)
  }

  /// A yearly obligation: met by a report (or the completion) dated in the year by `due`.
  private static func obligation(
    _ task: TaskState, facts: [RecordedEvent], due: LocalDate, on day: LocalDate, dayIsOver: Bool
  ) -> TaskCredit? {
    guard task.assignedOn <= due else { return nil }
    let filings = facts.filter { fact in
      switch fact.event {
      case .progressReported, .taskCompleted: return fact.effective.year == due.year
      default: return false
      }
    }
    let outcome: TaskOutcome
    var decided: [Int64] = []
    if let onTime = filings.first(where: { $0.effective <= due }) {
      outcome = .onTime
      decided = [onTime.position]
    } else if let late = filings.first {
      outcome = .late
      decided = [late.position]
    } else if day > due || (day == due && dayIsOver) {
      outcome = .overdue
    } else {
      outcome = .notYetDue
    }
    return TaskCredit(
      task: task, due: due, outcome: outcome, isObligation: true, extensions: 0,
      extensionsCounted: 0, decidedBy: decided)
  }
}
