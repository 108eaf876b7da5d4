/// A task's view that a board shows the same on every day of a span of days: `from` through
/// the day before `until`.
public struct StatusSpan: Hashable, Sendable {
  /// The view's place among the task's views (its charges, in order) on those days.
  public var index: Int
  /// The first day of the span.
  public var from: LocalDate
  /// The first day after the span; nil when it never ends.
  public var until: LocalDate?
  public var view: TaskView
}

/// Works out, ahead of the day judged, every view a board judged during the day (today's
/// board) shows of a task on each day, as spans of days with the same view, so that a status
/// list for any day, and its overdue list (the spans of one bucket), is a filter of kept spans.
///
/// The views are the board's own (`TaskJudge`, `TaskState.charges`), judged on every day on
/// which they could change: a task's charges depend on the day judged only through its year
/// and through whether the day is past one of the deadlines the rule compares it with (each
/// the task's fixed deadline, a lead's own deadline or an extension's new one; for yearly,
/// ongoing and recurring work, that year's reporting days); its heads depend on the charge's
/// deciding day, which is a day of the task (a deadline, a completion) except for a task
/// without a deadline, whose deciding day is the day judged: for those days the heads also
/// change on the first and last days of every tenure and on the day a unit closed. Between two
/// such days the views are the same. A task whose closing day is missing (the day judged
/// stands in for it) cannot be worked out ahead: `spans` answers nil. A view whose deciding day
/// is the day judged is kept with `anyDay` as its deciding day (which no row shows), so that it
/// spans the days on which only that moves.
public struct StatusSpans {
  private var judge: TaskJudge
  /// The days on which a head or a unit changes (each tenure's first day and the day it ended,
  /// each unit's closing day), sorted.
  private let unitDays: [LocalDate]

  /// Judges tasks against these units (all of a source's), under `policy`.
  public init(units: [UnitState], policy: EvaluationPolicy = .shipped) {
    judge = TaskJudge(units: units, on: TaskState.anyDay, dayIsOver: false, policy: policy)
    var days = Set<LocalDate>()
    for unit in units {
      for tenure in unit.tenures {
        days.insert(tenure.from)
        if let until = tenure.until { days.insert(until) }
      }
      if let closed = unit.closedOn { days.insert(closed) }
    }
    unitDays = days.flatMap { [$0, $0.adding(days: 1)] }.sorted()
  }

  /// The task's spans from its assignment on, and the last day they are complete for.
  ///
  /// That day is nil when they hold for every later day (a fixed deadline); for yearly,
  /// ongoing and recurring work, 31/12 of `lastYear` (or of the assignment's year when later),
  /// the spans reaching it ending the day after. Nil when the spans cannot be known ahead.
  public mutating func spans(of task: TaskState, lastYear: Int) -> (
    spans: [StatusSpan], through: LocalDate?
  )? {
    switch task.status {
    case .completed where task.completedOn == nil: return nil
    case .cancelled where task.cancelledOn == nil, .superseded where task.cancelledOn == nil:
      return nil
    default: break
    }
    let start = task.assignedOn
    var days: Set<LocalDate> = [start]
    var last: LocalDate?
    var dues = task.record.leads.compactMap(\.due) + task.record.grants.map(\.newDue)
    switch task.deadline {
    case .date(let inForce):
      dues.append(inForce)
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
    for due in dues { days.insert(due.adding(days: 1)) }
    var judged = days.filter { day in day >= start && last.map { day <= $0 } ?? true }.sorted()
    // Where a view's deciding day is the day judged, its heads move with the day: judge again
    // on each day a head or unit changes until the next day the charges could change.
    var moving: [LocalDate] = []
    for (position, day) in judged.enumerated() {
      judge.day = day
      guard judge.views(of: task).contains(where: { $0.charge.decidingDay == day }) else {
        continue
      }
      let end = position + 1 < judged.count ? judged[position + 1] : last?.adding(days: 1)
      moving += unitDays.filter { changed in
        changed > day && end.map { changed < $0 } ?? true
      }
    }
    if !moving.isEmpty { judged = Set(judged + moving).sorted() }
    var spans: [StatusSpan] = []
    var open: [Int: StatusSpan] = [:]
    for day in judged {
      judge.day = day
      var views: [Int: TaskView] = [:]
      for (index, view) in judge.views(of: task).enumerated() {
        // A deciding day that is the day judged moves with it; it is no member of a row.
        var kept = view
        if kept.charge.decidingDay == day { kept.charge.decidingDay = TaskState.anyDay }
        views[index] = kept
      }
      for (index, span) in open where views[index] != span.view {
        var ended = span
        ended.until = day
        spans.append(ended)
        open[index] = nil
      }
      for (index, view) in views where open[index] == nil {
        open[index] = StatusSpan(index: index, from: day, until: nil, view: view)
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
