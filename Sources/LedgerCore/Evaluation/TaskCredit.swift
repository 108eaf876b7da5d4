/// Judges one task for one year: the view's charge (the same one every view shows), the
/// quality found by review, and the events that decided it.
public struct TaskCredit: Hashable, Sendable {
  /// The view credited: the task and the unit charged.
  public var view: TaskView
  /// The day the year's obligation was due: the deadline that counts, or this year's reporting
  /// or yearly day; nil for work without a deadline.
  public var due: LocalDate?
  public var outcome: TaskOutcome
  /// True for a yearly obligation or ongoing work with a reporting day.
  public var isObligation: Bool
  /// Extensions granted, and how many of them moved the deadline that counts.
  public var extensions: Int
  public var extensionsCounted: Int
  /// Major errors a reviewer found in the product (the last review counts), and the objective
  /// cause certified for them, if any (then they cost nothing).
  public var majorErrors: Int
  public var objectiveCause: String?
  /// Positions of the events that decided the outcome (completion or report, extensions,
  /// hand-over or cancellation, review).
  public var decidedBy: [Int64]
  /// For a recurring obligation answered for by one holder among several in the year: the days
  /// of the periods that holder answers for (`periods(judgedOn:where:)`); nil for all.
  public var periodDays: [LocalDate]? = nil

  /// The task as judged.
  public var task: TaskState { view.task }

  /// Major errors that cost quality points: none when an objective cause is certified.
  public var countedErrors: Int { objectiveCause == nil ? majorErrors : 0 }

  /// Judges a view's charge for the year, from the task's facts that count (in log order).
  ///
  /// Returns nil when the charge is not due in that year, or counts for no one.
  public static func judge(
    _ view: TaskView, facts: [RecordedEvent], year: Int, policy: EvaluationPolicy
  ) -> TaskCredit? {
    let charge = view.charge
    guard let outcome = charge.outcome else { return nil }
    if let due = charge.due {
      guard due.year == year else { return nil }
    } else {
      guard view.task.assignedOn.year <= year else { return nil }
    }
    let isObligation: Bool
    switch view.task.deadline {
    case .date: isObligation = false
    case .yearly, .recurring: isObligation = true
    case .ongoing: isObligation = charge.due != nil
    }
    var decided: [Int64] = []
    var review: TaskReviewed?
    for fact in facts {
      switch fact.event {
      case .taskCompleted where outcome == .onTime || outcome == .late:
        if !isObligation || fact.effective.year == year { decided.append(fact.position) }
      case .progressReported(let report)
      where isObligation && (report.annual == true || view.task.deadline.isRecurring)
        && fact.effective.year == year:
        decided.append(fact.position)
      case .deadlineExtended where !isObligation:
        decided.append(fact.position)
      case .leadReassigned(let change)
      where change.previousLead == charge.unit && charge.departure != nil:
        decided.append(fact.position)
      case .taskCancelled, .taskSuperseded:
        if charge.departure != nil { decided.append(fact.position) }
      case .taskReviewed(let found) where outcome == .onTime || outcome == .late:
        review = found
        decided.append(fact.position)
      case .delayExcused:
        decided.append(fact.position)
      default: continue
      }
    }
    let extensions = isObligation ? 0 : view.task.extensionCount
    let late = policy.extensionGrantedAfterDeadlineMovesIt ? 0 : charge.lateGrants.count
    return TaskCredit(
      view: view, due: charge.due, outcome: outcome, isObligation: isObligation,
      extensions: extensions, extensionsCounted: max(0, extensions - late),
      majorErrors: review?.majorErrors ?? 0, objectiveCause: review?.objectiveCause,
      decidedBy: decided)
  }
}
