/// Judges every task against the five clears on a day, with totals per unit and overall.
public struct FiveClearCheck: Sendable {
  /// One task's five findings.
  public struct TaskResult: Hashable, Sendable {
    public var view: TaskView
    public var findings: [Finding]

    /// How many of the five clears are met.
    public var satisfied: Int { findings.filter(\.satisfied).count }
  }

  /// Counts for a group of tasks (a unit, or the whole plan).
  public struct Totals: Hashable, Sendable {
    public var tasks = 0
    /// Tasks with all five clears met.
    public var fullyClear = 0
    /// Failed clears, by clear.
    public var failedByClear: [Clear: Int] = [:]
    /// Findings, by severity.
    public var bySeverity: [Severity: Int] = [:]

    mutating func add(_ result: TaskResult) {
      tasks += 1
      if result.satisfied == Clear.allCases.count { fullyClear += 1 }
      for finding in result.findings {
        bySeverity[finding.severity, default: 0] += 1
        if !finding.satisfied { failedByClear[finding.clear, default: 0] += 1 }
      }
    }
  }

  public let results: [TaskResult]
  public let units: [(unit: UnitState, totals: Totals)]
  public let overall: Totals

  /// Checks the board's tasks, each once (its current lead), leaving out those cancelled or
  /// superseded before their deadline (they count for no one).
  public init(board: AccountabilityBoard) {
    results = board.tasks.filter { $0.isCurrent && ![.cancelled, .superseded].contains($0.bucket) }
      .map { TaskResult(view: $0, findings: FiveClearRules.findings(for: $0)) }
    var overall = Totals()
    var byUnit: [UnitCode: Totals] = [:]
    for result in results {
      overall.add(result)
      byUnit[result.view.lead, default: Totals()].add(result)
    }
    self.overall = overall
    units = board.units.compactMap { unit in byUnit[unit.code].map { (unit, $0) } }
  }

  /// The view of a task the five clears judge: its current lead's, the task as it stands.
  ///
  /// An earlier lead's charge (blame fixed when it missed a deadline) is a part of its own,
  /// shown beside the task, not the task's five clears. Nil when the board has no such task.
  public static func judged(_ id: TaskID, on board: AccountabilityBoard) -> TaskView? {
    let views = board.views(of: id)
    return views.first(where: \.isCurrent) ?? views.first
  }

  /// One task's five findings, as `check` gives them for it.
  public static func findings(of id: TaskID, on board: AccountabilityBoard) -> [Finding]? {
    judged(id, on: board).map(FiveClearRules.findings(for:))
  }
}
