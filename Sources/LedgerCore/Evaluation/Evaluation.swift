/// The annual evaluation of heads of units: for each head and capacity, the tasks they answer
/// for in the year, how each ended, the task score, the general points, total and band.
public struct Evaluation: Sendable {
  /// One head in one capacity over one tenure.
  public struct Row: Sendable {
    public var tenure: Tenure
    public var capacity: HeadView.Capacity
    public var credits: [TaskCredit]
    /// The task part, out of the policy's task maximum; nil when nothing could be scored.
    public var taskScore: Double?
    /// The general-criteria points recorded for the person and year, if any.
    public var generalPoints: Double?
    /// Task score plus general points, when both are known.
    public var total: Double?
    public var band: EvaluationPolicy.Band?

    /// How many tasks ended each way.
    public func count(_ outcome: TaskOutcome) -> Int {
      credits.filter { $0.outcome == outcome }.count
    }

    /// Extensions granted on the tasks counted.
    public var extensions: Int { credits.map(\.extensions).reduce(0, +) }

    /// True while the general points are missing.
    public var isPending: Bool { generalPoints == nil }
  }

  public let year: Int
  public let policy: EvaluationPolicy
  public let rows: [Row]

  /// Evaluates every head whose tenure overlaps the year.
  ///
  /// - Parameters:
  ///   - facts: each task's facts that count, in log order (for extensions and reports).
  ///   - generalPoints: points recorded per person (by name matching key) for the year.
  public init(
    year: Int, board: AccountabilityBoard, facts: [TaskID: [RecordedEvent]],
    generalPoints: [String: Double], policy: EvaluationPolicy, dayIsOver: Bool
  ) {
    self.year = year
    self.policy = policy
    let credits = board.tasks.compactMap { view in
      TaskCredit.judge(
        view.task, facts: facts[view.task.id] ?? [], year: year, on: board.day,
        dayIsOver: dayIsOver, policy: policy)
    }
    guard let first = LocalDate(year: year, month: 1, day: 1),
      let next = LocalDate(year: year + 1, month: 1, day: 1)
    else {
      rows = []
      return
    }
    var rows: [Row] = []
    var holders = RoleHolders(units: board.units)
    // The accountable head of each task on its due day (see RoleHolders for a shared title).
    let accountable = credits.map {
      holders.holder(of: $0.task.headRole, lead: $0.task.leadUnit, on: $0.due).tenure
    }
    for unit in board.units {
      for tenure in unit.tenures
      where tenure.from < next && (tenure.until.map { $0 > first } ?? true) {
        let named = zip(credits, accountable).filter { $0.1 == tenure }.map(\.0)
        let led = credits.filter { $0.task.leadUnit == unit.code && tenure.covers($0.due) }
        let points = generalPoints[VietnameseText.matchKey(tenure.person)]
        if !named.isEmpty {
          rows.append(Self.row(tenure, .accountableHead, named, points, policy))
        }
        if !led.isEmpty || named.isEmpty {
          rows.append(Self.row(tenure, .leadUnitHead, led, points, policy))
        }
      }
    }
    self.rows = rows
  }

  private static func row(
    _ tenure: Tenure, _ capacity: HeadView.Capacity, _ credits: [TaskCredit], _ points: Double?,
    _ policy: EvaluationPolicy
  ) -> Row {
    let scored = credits.compactMap { policy.credit($0.outcome) }
    let taskScore =
      scored.isEmpty ? nil : policy.taskPointsMax * scored.reduce(0, +) / Double(scored.count)
    let total = taskScore.flatMap { score in points.map { score + $0 } }
    return Row(
      tenure: tenure, capacity: capacity, credits: credits, taskScore: taskScore,
      generalPoints: points, total: total, band: total.flatMap(policy.band(for:)))
  }
}
