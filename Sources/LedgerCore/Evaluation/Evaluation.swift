/// The annual evaluation of heads of units: for each head and capacity, the tasks they answer
/// for in the year and how each ended; for each person one rating over all of them.
public struct Evaluation: Sendable {
  /// One head in one capacity over one tenure.
  public struct Row: Sendable {
    public var tenure: Tenure
    public var capacity: HeadView.Capacity
    public var credits: [TaskCredit]
    /// The task part of this capacity alone, out of the policy's task maximum; nil when
    /// nothing could be scored.
    public var taskScore: Double?
    /// The general-criteria points recorded for the person and year, if any.
    public var generalPoints: Double?
    /// The person's total and band: the person's one rating (see `Rating`).
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

  /// One person's rating for the year: Decree 335 rates a person once, across every capacity
  /// and unit they held.
  public struct Rating: Sendable {
    public var person: String
    /// The person's capacities, in the order of the rows.
    public var rows: [Row]
    /// Every task counted once, whatever the capacity.
    public var credits: [TaskCredit]
    public var taskScore: Double?
    public var generalPoints: Double?
    public var total: Double?
    public var band: EvaluationPolicy.Band?
  }

  /// A unit whose heads rated "excellent" exceed the decree's quota of those rated "good".
  public struct QuotaBreach: Hashable, Sendable {
    public var unit: UnitCode
    public var excellent: Int
    public var good: Int

    public init(unit: UnitCode, excellent: Int, good: Int) {
      self.unit = unit
      self.excellent = excellent
      self.good = good
    }
  }

  public let year: Int
  public let policy: EvaluationPolicy
  public let rows: [Row]
  public let ratings: [Rating]
  public let quotaBreaches: [QuotaBreach]

  /// Evaluates every head whose tenure overlaps the year.
  ///
  /// - Parameters:
  ///   - facts: each task's facts that count, in log order (for the events that decided it).
  ///   - generalPoints: points recorded per person (by name matching key) for the year.
  public init(
    year: Int, board: AccountabilityBoard, facts: [TaskID: [RecordedEvent]],
    generalPoints: [String: Double], policy: EvaluationPolicy
  ) {
    self.year = year
    self.policy = policy
    let credits = board.tasks.compactMap { view in
      TaskCredit.judge(view, facts: facts[view.task.id] ?? [], year: year, policy: policy)
    }
    guard let first = LocalDate(year: year, month: 1, day: 1),
      let next = LocalDate(year: year + 1, month: 1, day: 1)
    else {
      rows = []
      ratings = []
      quotaBreaches = []
      return
    }
    var rows: [Row] = []
    var holders = RoleHolders(units: board.units)
    for unit in board.units {
      for tenure in unit.tenures
      where tenure.from < next && (tenure.until.map { $0 > first } ?? true) {
        let named = credits.filter {
          holders.holds(tenure, roleOf: $0.task, lead: $0.view.lead)
            && board.answers(tenure, for: $0.view)
        }
        let led = credits.filter {
          $0.view.lead == unit.code && board.answers(tenure, for: $0.view)
        }
        let points = generalPoints[VietnameseText.matchKey(tenure.person)]
        if !named.isEmpty {
          rows.append(Self.row(tenure, .accountableHead, named, points, policy))
        }
        if !led.isEmpty || named.isEmpty {
          rows.append(Self.row(tenure, .leadUnitHead, led, points, policy))
        }
      }
    }
    let ratings = Self.ratings(rows, policy: policy)
    let byPerson = Dictionary(
      ratings.map { (VietnameseText.matchKey($0.person), $0) }, uniquingKeysWith: { a, _ in a })
    self.rows = rows.map { row in
      var rated = row
      let rating = byPerson[VietnameseText.matchKey(row.tenure.person)]
      rated.total = rating?.total
      rated.band = rating?.band
      return rated
    }
    self.ratings = ratings
    quotaBreaches = Self.quota(ratings, units: board.units, policy: policy)
  }

  /// A capacity's task part: the average credit of its tasks, times the task maximum.
  private static func score(_ credits: [TaskCredit], _ policy: EvaluationPolicy) -> Double? {
    let scored = credits.compactMap { policy.credit($0) }
    return scored.isEmpty
      ? nil : policy.taskPointsMax * scored.reduce(0, +) / Double(scored.count)
  }

  private static func row(
    _ tenure: Tenure, _ capacity: HeadView.Capacity, _ credits: [TaskCredit], _ points: Double?,
    _ policy: EvaluationPolicy
  ) -> Row {
    Row(
      tenure: tenure, capacity: capacity, credits: credits, taskScore: score(credits, policy),
      generalPoints: points, total: nil, band: nil)
  }

  /// One rating per person (by name matching key): every task they answer for counted once.
  private static func ratings(_ rows: [Row], policy: EvaluationPolicy) -> [Rating] {
    var order: [String] = []
    var grouped: [String: [Row]] = [:]
    for row in rows {
      let key = VietnameseText.matchKey(row.tenure.person)
      if grouped[key] == nil { order.append(key) }
      grouped[key, default: []].append(row)
    }
    return order.compactMap { key in
      guard let rows = grouped[key], let person = rows.first?.tenure.person else { return nil }
      var seen: Set<String> = []
      let credits = rows.flatMap(\.credits).filter { seen.insert($0.view.key).inserted }
      let taskScore = score(credits, policy)
      let points = rows.first?.generalPoints
      let total = taskScore.flatMap { score in points.map { score + $0 } }
      return Rating(
        person: person, rows: rows, credits: credits, taskScore: taskScore, generalPoints: points,
        total: total, band: total.flatMap(policy.band(for:)))
    }
  }

  /// Units where more people are rated "excellent" than the quota allows of those rated "good".
  private static func quota(_ ratings: [Rating], units: [UnitState], policy: EvaluationPolicy)
    -> [QuotaBreach]
  {
    units.compactMap { unit in
      let rated = ratings.filter { $0.rows.contains { $0.tenure.unit == unit.code } }
      let excellent = rated.filter { $0.band?.code == "excellent" }.count
      let good = rated.filter { $0.band?.code == "good" }.count
      guard excellent > 0, Double(excellent) > policy.excellentQuotaOfGood * Double(good) else {
        return nil
      }
      return QuotaBreach(unit: unit.code, excellent: excellent, good: good)
    }
  }
}
