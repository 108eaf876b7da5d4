/// One period's task score under Decree 335: quantity a, quality b, progress c over the
/// products due in it, and for a leader d, đ, e (Articles 14 and 15).
public struct PeriodScore: Hashable, Sendable, Codable {
  public var period: EvaluationPeriod
  public var products: [ScoredProduct]
  /// a, b, c: weighted averages of the products' shares, 0 to 1.
  public var quantity: Double
  public var quality: Double
  public var progress: Double
  /// The leader's criteria that applied, nil for a non-leader.
  public var leader: LeaderCriteria?
  /// (a + b + c) / 3, or (a + b + c + d + đ + e) / 6 for a leader: 0 to 1.
  public var share: Double

  /// Scores the products of one period.
  public init(
    period: EvaluationPeriod, products: [ScoredProduct], leader: LeaderCriteria?,
    rules: Decree335Rules
  ) {
    self.period = period
    self.products = products
    self.leader = leader
    let weight = products.map(\.weight).reduce(0, +)
    func average(_ share: (ScoredProduct) -> Double) -> Double {
      weight > 0 ? products.map { $0.weight * share($0) }.reduce(0, +) / weight : 0
    }
    quantity = average(\.quantity)
    quality = average { $0.quality(deduction: rules.majorErrorDeduction) }
    progress = average { $0.progress(deduction: rules.delayDeduction) }
    if let leader {
      share = (quantity + quality + progress + leader.sum) / 6
    } else {
      share = (quantity + quality + progress) / 3
    }
  }
}
