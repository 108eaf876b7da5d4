/// The numbers of Decree 335's scoring that the evaluation policy sets, each with the article
/// it implements.
public struct Decree335Rules: Hashable, Sendable, Codable {
  /// Points for the tasks part (Article 14: 70).
  public var taskPointsMax: Double
  /// Points for the general criteria (Article 13: 30).
  public var generalPointsMax: Double
  /// Share of a product's progress points each unexcused delay costs (Article 14: 25 %).
  public var delayDeduction: Double
  /// Share of a product's quality points each unexcused major error costs (Article 14: 25 %).
  public var majorErrorDeduction: Double
  /// How the year is cut into periods scored on their own (Article 21).
  public var period: EvaluationPeriod.Kind
  /// The share of those rated "good or better" in a unit that may be rated excellent.
  public var excellentQuota: Double
  /// What happens to excellent ratings beyond the quota: `demote` to good, or `flag`.
  public var quotaAction: QuotaAction

  /// What the evaluation does when a unit has more excellent ratings than the quota allows.
  public enum QuotaAction: String, Hashable, Sendable, Codable {
    case demote, flag
  }

  public init(
    taskPointsMax: Double = 70, generalPointsMax: Double = 30, delayDeduction: Double = 0.25,
    majorErrorDeduction: Double = 0.25, period: EvaluationPeriod.Kind = .quarter,
    excellentQuota: Double = 0.2, quotaAction: QuotaAction = .demote
  ) {
    self.taskPointsMax = taskPointsMax
    self.generalPointsMax = generalPointsMax
    self.delayDeduction = delayDeduction
    self.majorErrorDeduction = majorErrorDeduction
    self.period = period
    self.excellentQuota = excellentQuota
    self.quotaAction = quotaAction
  }

  /// Rounds points as they are printed: to 2 decimals, halves away from zero.
  public static func rounded(_ points: Double) -> Double {
    // A hair added first, so that 89.995 computed as 89.99499999… still prints 90.00.
    (points * 100 + (points >= 0 ? 1e-7 : -1e-7)).rounded(.toNearestOrAwayFromZero) / 100
  }
}
