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
    /// For an overdue task: the latest thing said about it (a report, or a pause's reason).
    public var explanation: String?
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
    entries = board.tasks.filter { view in
      guard ![.cancelled, .superseded].contains(view.bucket) else { return false }
      guard let unit else { return true }
      return view.isLed(by: unit.code)
        || (view.isCurrent && view.task.supportingUnits.contains(unit.code))
    }.map { view in
      let taskFacts = facts[view.task.id] ?? []
      let reports = taskFacts.compactMap { fact -> (LocalDate, ProgressReported)? in
        if case .progressReported(let report) = fact.event, fact.effective.year == year {
          return (fact.effective, report)
        }
        return nil
      }
      let extensions = taskFacts.compactMap { fact -> (LocalDate, DeadlineExtended)? in
        if case .deadlineExtended(let change) = fact.event { return (fact.effective, change) }
        return nil
      }
      // An explanation of a delay is said after the deadline it missed, not before.
      let due = view.charge.due
      let explanation =
        view.bucket == .overdue
        ? (reports.last { report in due.map { report.0 > $0 } ?? true }?.1.text
          ?? view.task.statusReason) : nil
      return Entry(
        view: view, findings: FiveClearRules.findings(for: view),
        reports: reports.map { (day: $0.0, report: $0.1) },
        extensions: extensions.map { (day: $0.0, change: $0.1) }, explanation: explanation)
    }
  }

  /// How many tasks fall in each bucket.
  public var counts: [Bucket: Int] { entries.map(\.view).countByBucket() }
}
