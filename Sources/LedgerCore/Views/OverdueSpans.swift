/// A task's view that a board shows as overdue on every day of a span of days, the same view
/// each day: `from` through the day before `until`.
public struct OverdueSpan: Hashable, Sendable {
  /// The view's place among the task's views (its charges, in order) on those days.
  public var index: Int
  /// The first day of the span.
  public var from: LocalDate
  /// The first day after the span; nil when it never ends.
  public var until: LocalDate?
  public var view: TaskView
}

/// Works out, ahead of the day judged, on which days each task's views are overdue on a board
/// judged during the day (today's board), so that a list of overdue tasks for any day is a
/// filter of kept spans.
///
/// The views are the board's own (`TaskJudge`, `TaskState.charges`), judged on every day on
/// which they could change: a task's charges depend on the day judged only through its year and
/// through whether the day is past one of the deadlines the rule compares it with (each the
/// task's fixed deadline, a lead's own deadline or an extension's new one; for yearly, ongoing
/// and recurring work, that year's reporting days); an overdue charge's deciding day is its
/// deadline, so its heads do not move with the day. Between two such days the views are the
/// same. A task whose closing day is missing (the day judged stands in for it) cannot be
/// worked out ahead: `spans` answers nil.
public struct OverdueSpans {
  private var judge: TaskJudge

  /// Judges tasks against these units (all of a source's), under `policy`.
  public init(units: [UnitState], policy: EvaluationPolicy = .shipped) {
    judge = TaskJudge(units: units, on: TaskState.anyDay, dayIsOver: false, policy: policy)
  }

  /// The task's overdue spans, and the last day they are complete for.
  ///
  /// That day is nil when they hold for every day (a fixed deadline's charges do not depend on
  /// the year); for yearly, ongoing and recurring work, 31/12 of `lastYear` (or of the task's
  /// first overdue year when later), the spans reaching it ending the day after. Nil when the
  /// spans cannot be known ahead.
  public mutating func spans(of task: TaskState, lastYear: Int) -> (
    spans: [OverdueSpan], through: LocalDate?
  )? {
    guard let start = task.overdueFrom else { return ([], nil) }
    switch task.status {
    case .completed where task.completedOn == nil: return nil
    case .cancelled where task.cancelledOn == nil, .superseded where task.cancelledOn == nil:
      return nil
    default: break
    }
    var days: Set<LocalDate> = [start]
    var last: LocalDate?
    switch task.deadline {
    case .date(let inForce):
      let dues = [inForce] + task.record.leads.compactMap(\.due) + task.record.grants.map(\.newDue)
      for due in dues { days.insert(due.adding(days: 1)) }
    case .yearly(let day, let month):
      last = Self.addYears(from: start, through: lastYear, to: &days) { year in
        [LocalDate(year: year, month: month, day: day)].compactMap { $0 }
      }
    case .ongoing:
      last = Self.addYears(from: start, through: lastYear, to: &days) { year in
        [task.reportingDay?.date(in: year)].compactMap { $0 }
      }
    case .recurring(let period, let reportingDay):
      last = Self.addYears(from: start, through: lastYear, to: &days) { year in
        period.periods(in: year, day: reportingDay).map(\.due)
      }
    }
    var spans: [OverdueSpan] = []
    var open: [Int: OverdueSpan] = [:]
    let judged = days.filter { day in day >= start && last.map { day <= $0 } ?? true }
    for day in judged.sorted() {
      judge.day = day
      var overdue: [Int: TaskView] = [:]
      for (index, view) in judge.views(of: task).enumerated() where view.bucket == .overdue {
        overdue[index] = view
      }
      for (index, span) in open where overdue[index] != span.view {
        var ended = span
        ended.until = day
        spans.append(ended)
        open[index] = nil
      }
      for (index, view) in overdue where open[index] == nil {
        open[index] = OverdueSpan(index: index, from: day, until: nil, view: view)
      }
    }
    for (_, span) in open {
      var ended = span
      ended.until = last?.adding(days: 1)
      spans.append(ended)
    }
    spans.sort { ($0.index, $0.from) < ($1.index, $1.from) }
    return (spans, last)
  }

  /// For work judged by the year: adds each year's first day and the day after each of its
  /// reporting days (`dues`), from the year of `start` through `lastYear` (or that year when
  /// later); returns that year's last day.
  private static func addYears(
    from start: LocalDate, through lastYear: Int, to days: inout Set<LocalDate>,
    dues: (Int) -> [LocalDate]
  ) -> LocalDate? {
    let end = max(lastYear, start.year)
    for year in start.year...end {
      if let first = LocalDate(year: year, month: 1, day: 1) { days.insert(first) }
      for due in dues(year) { days.insert(due.adding(days: 1)) }
    }
    return LocalDate(year: end, month: 12, day: 31)
  }
}
