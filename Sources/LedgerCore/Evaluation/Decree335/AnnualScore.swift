/// A person's year under Decree 335: each period scored on the products due in it, the year
/// their average (Article 21), plus the general points, rounded as printed, and the band.
public struct AnnualScore: Hashable, Sendable, Codable {
  /// Why a score cannot be given yet.
  public enum Pending: String, Hashable, Sendable, Codable {
    /// The general criteria (30 points) are not recorded.
    case generalPoints = "general_points"
    /// A leader's d, đ, e are neither recorded nor derivable for a period.
    case leaderCriteria = "leader_criteria"
    /// No product of the year could be scored.
    case noProducts = "no_products"
  }

  /// The periods that had products, in order.
  public var periods: [PeriodScore]
  /// The average of the periods' shares, 0 to 1; nil when pending.
  public var taskShare: Double?
  /// The task part, out of the rules' maximum.
  public var taskPoints: Double?
  public var generalPoints: Double?
  /// Task points plus general points, rounded to 2 decimals: the number printed and judged.
  public var total: Double?
  /// The band the printed total falls in, before conditions and the quota.
  public var bandByPoints: String?
  /// The band after conditions (and, once applied, the unit's quota).
  public var band: String?
  /// Conditions that forced "not completed" whatever the points.
  public var conditions: [String]
  public var pending: [Pending]

  /// Scores a year.
  ///
  /// - Parameters:
  ///   - products: every product the person answers for with its due day in the year.
  ///   - leader: nil for a non-leader; for a leader, the criteria of each period (a period
  ///     without them leaves the year pending — a leader is never scored as a non-leader).
  ///   - generalPoints: the general criteria's points, nil when not recorded.
  ///   - conditions: the decisions that force "not completed" (discipline and the like).
  ///   - bands: the policy's bands, by their minimum points.
  public init(
    products: [ScoredProduct], leader: ((EvaluationPeriod) -> LeaderCriteria?)?,
    generalPoints: Double?, conditions: [String], rules: Decree335Rules,
    bands: [EvaluationPolicy.Band]
  ) {
    // A person is rated once: a product answered for in two capacities counts once.
    var seen: Set<String> = []
    let products = products.filter { seen.insert($0.task).inserted }
    let byPeriod = Dictionary(grouping: products) {
      EvaluationPeriod(containing: $0.due, kind: rules.period)
    }
    var pending: [Pending] = []
    var periods: [PeriodScore] = []
    for period in byPeriod.keys.sorted() {
      var criteria: LeaderCriteria?
      if let leader {
        criteria = leader(period)
        if criteria == nil, !pending.contains(.leaderCriteria) { pending.append(.leaderCriteria) }
      }
      periods.append(
        PeriodScore(
          period: period, products: byPeriod[period] ?? [], leader: criteria, rules: rules))
    }
    if periods.isEmpty { pending.append(.noProducts) }
    if generalPoints == nil { pending.append(.generalPoints) }
    self.periods = periods
    self.generalPoints = generalPoints
    self.conditions = conditions
    self.pending = pending
    let scorable = !periods.isEmpty && !pending.contains(.leaderCriteria)
    taskShare = scorable ? periods.map(\.share).reduce(0, +) / Double(periods.count) : nil
    taskPoints = taskShare.map { Decree335Rules.rounded($0 * rules.taskPointsMax) }
    if let share = taskShare, let generalPoints {
      let total = Decree335Rules.rounded(share * rules.taskPointsMax + generalPoints)
      self.total = total
      bandByPoints = bands.sorted { $0.min > $1.min }.first { total >= $0.min }?.code
    }
    let lowest = bands.min { $0.min < $1.min }?.code
    band = conditions.isEmpty || total == nil ? bandByPoints : lowest
  }
}
