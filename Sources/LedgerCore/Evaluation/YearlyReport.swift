/// The report each unit owes on the plan every year: per task, its five clears, where it
/// stands, what was delivered, the reports filed, the extensions, and for overdue work the
/// latest explanation.
public struct YearlyReport: Sendable {
  /// One task's section.
  public struct Entry: Sendable {
    public var view: TaskView
    public var findings: [Finding]
    public var reports: [(day: LocalDate, report: ProgressReported)]
    public var extensions: [(day: LocalDate, change: DeadlineExtended)]
    /// For an overdue task: the explanation its lead gave when asked (`task explain`).
    ///
    /// The latest answered; nil when none was given. A progress report is never taken for one.
    public var explanation: String?
    /// For an overdue task: the latest progress report filed after the deadline it missed, as
    /// reported (a fact about the work, not an explanation of the delay).
    public var reportAfterDeadline: String?
    /// For a task cancelled in the year: the day and the reason recorded.
    public var cancellation: (day: LocalDate, reason: String)?
    /// Whether the task's completion was the charged unit's: false for a charge the unit kept
    /// on handing the task on (the new lead completed it).
    public var completedHere = true
    /// For a recurring obligation whose periods were answered for by more than one person in
    /// the year: who answered for each period, by the period's reporting day ("Trần Thị Bình
    /// (TTB)"); empty when one person answered for them all.
    public var periodHolders: [LocalDate: String] = [:]
    /// Delays certified as having an objective cause (`task excuse-delay`), as recorded.
    public var excuses: [(day: LocalDate, excuse: DelayExcused)] = []
    /// The last review of the delivered product (`task review`), when one counts.
    public var review: (day: LocalDate, review: TaskReviewed)?
  }

  public let year: Int
  public let day: LocalDate
  public let unit: UnitState?
  public let entries: [Entry]

  /// Builds the report from the board, each task's facts that count, and the five clears.
  public init(
    year: Int, board: AccountabilityBoard, facts: [TaskID: [RecordedEvent]], unit: UnitState?
  ) {
    self.year = year
    day = board.day
    self.unit = unit
    var holders = RoleHolders(units: board.units)
    entries = board.tasks.filter { view in
      // A task cancelled in the year is accounted for, with its reason (trial: `unit view`
      // counted it and no yearly report showed it), and so is one a new plan replaced in the
      // year (trial: three tasks reported on time for a quarter vanished from the report);
      // one cancelled or replaced before is not the year's.
      if view.bucket == .superseded {
        let replaced = (facts[view.task.id] ?? []).last { fact in
          if case .taskSuperseded = fact.event { return true }
          return false
        }
        guard replaced?.effective.year == year else { return false }
      }
      if view.bucket == .cancelled, view.task.cancelledOn?.year != year { return false }
      guard let unit else { return true }
      return view.isLed(by: unit.code)
        || (view.isCurrent && view.task.supportingUnits.contains(unit.code))
    }.map { view in
      let taskFacts = facts[view.task.id] ?? []
      // The charged unit's own spell of the task: a unit's report shows the reports filed
      // while it led it, never the other lead's (trial: after a hand-over each unit's report
      // listed the other's reports, and the first unit's showed the second's completion).
      let spell = Self.spell(of: view)
      let reports = taskFacts.compactMap { fact -> (LocalDate, ProgressReported)? in
        if case .progressReported(let report) = fact.event, fact.effective.year == year,
          spell.contains(fact.effective)
        {
          return (fact.effective, report)
        }
        return nil
      }
      let extensions = taskFacts.compactMap { fact -> (LocalDate, DeadlineExtended)? in
        if case .deadlineExtended(let change) = fact.event { return (fact.effective, change) }
        return nil
      }
      // For overdue work: the explanation given when asked, and apart from it the latest
      // report after the deadline (trial: a progress report was shown as the explanation).
      let due = view.charge.due
      let overdue = view.bucket == .overdue
      let explanation =
        overdue
        ? view.task.record.explanations.last { $0.answeredOn != nil && $0.text != nil }?.text
        : nil
      // Recurring reporting is judged period by period (each listed on its own): a report
      // after a missed period's day is the next period's, not a late one (trial).
      var recurring = false
      if case .recurring = view.task.deadline { recurring = true }
      let after =
        overdue && !recurring
        ? reports.last { report in due.map { report.0 > $0 } ?? true }?.1.text : nil
      let cancelled = taskFacts.last { fact in
        if case .taskCancelled = fact.event { true } else { false }
      }
      var cancellation: (day: LocalDate, reason: String)?
      if view.bucket == .cancelled, let cancelled, case .taskCancelled(let why) = cancelled.event {
        cancellation = (cancelled.effective, why.reason)
      }
      // What the evaluation counts besides the dates: certified excuses and the last review
      // (trial: the year's report left both out, so it read harsher than the rating).
      let excuses = taskFacts.compactMap { fact -> (day: LocalDate, excuse: DelayExcused)? in
        if case .delayExcused(let excuse) = fact.event { return (fact.effective, excuse) }
        return nil
      }
      let review = taskFacts.compactMap { fact -> (day: LocalDate, review: TaskReviewed)? in
        if case .taskReviewed(let review) = fact.event { return (fact.effective, review) }
        return nil
      }.last
      return Entry(
        view: view, findings: FiveClearRules.findings(for: view),
        reports: reports.map { (day: $0.0, report: $0.1) },
        extensions: extensions.map { (day: $0.0, change: $0.1) }, explanation: explanation,
        reportAfterDeadline: after, cancellation: cancellation,
        completedHere: view.task.completedOn.map(spell.contains) ?? true,
        periodHolders: Self.periodHolders(of: view, in: year, holders: &holders),
        excuses: excuses, review: review)
    }
  }

  /// Who answered for each period of a recurring obligation in the year, when more than one
  /// person did: a period reported in time is its reporter's, one missed or reported late is
  /// whoever held the role on its day, as the evaluation charges it.
  static func periodHolders(of view: TaskView, in year: Int, holders: inout RoleHolders)
    -> [LocalDate: String]
  {
    var named: [LocalDate: String] = [:]
    for owes in view.task.periodsOwed(in: year) {
      let day = owes.period.answerDay(met: owes.met)
      guard let tenure = holders.holder(of: view.task, lead: view.charge.unit, on: day) else {
        continue
      }
      named[owes.period.due] = tenure.code.map { "\(tenure.person) (\($0))" } ?? tenure.person
    }
    return Set(named.values).count > 1 ? named : [:]
  }

  /// The days the charged unit led the task for this view: from the day it took the task (the
  /// latest spell begun before it left, for a charge kept on leaving) to the day it left.
  static func spell(of view: TaskView) -> LeadWindow {
    let spells = view.task.record.leads.filter { $0.unit == view.charge.unit }
    if case .reassigned(_, let left) = view.charge.departure {
      return LeadWindow(from: spells.last { $0.from < left }?.from, until: left)
    }
    return LeadWindow(from: view.isCurrent ? spells.last?.from : nil, until: nil)
  }

  /// Days from `from` (nil: from the start) up to, not including, `until` (nil: no end).
  struct LeadWindow {
    var from: LocalDate?
    var until: LocalDate?

    func contains(_ day: LocalDate) -> Bool {
      (from.map { $0 <= day } ?? true) && (until.map { day < $0 } ?? true)
    }
  }

  /// The entries of the tasks the unit leads (every entry when the report is for all units).
  public var ledEntries: [Entry] {
    guard let unit else { return entries }
    return entries.filter { $0.view.isLed(by: unit.code) }
  }

  /// How many of the led tasks' lines fall in each bucket: a task the unit only supports is
  /// not counted among its results.
  public var counts: [Bucket: Int] { ledEntries.map(\.view).countByBucket() }
}
