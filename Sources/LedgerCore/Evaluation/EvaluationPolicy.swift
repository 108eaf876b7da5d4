import Foundation

/// The scoring policy of the annual evaluation, read from `Schemas/evaluation-policy.v4.json`
/// (earlier versions, `evaluation-policy.v1.json`, stay readable).
///
/// Every number the evaluation uses is here, with its version; `evaluate` names the version.
public struct EvaluationPolicy: Codable, Hashable, Sendable {
  public var version: String
  public var source: String
  public var generalPointsMax: Double
  public var taskPointsMax: Double
  /// The share of a product's credit that is about timeliness.
  public var timelinessShare: Double
  /// The share of timeliness points a late product loses.
  public var lateTimelinessDeduction: Double
  public var overdueCredit: Double
  /// The share of a product's credit that is about quality.
  public var qualityShare: Double
  /// The share of quality points each major error costs (unless an objective cause is
  /// certified).
  public var majorErrorQualityDeduction: Double
  /// At most this share of those rated "good" in a unit may be rated "excellent".
  public var excellentQuotaOfGood: Double
  public var extensionGrantedBeforeDeadlineMovesIt: Bool
  public var extensionGrantedAfterDeadlineMovesIt: Bool
  public var ongoingWithoutReportingDayCounts: Bool
  public var bands: [Band]
  public var notes: [String]
  /// From v3 (nd335-2025.v3): how the year is cut (Article 21); quarters when absent.
  public var period: EvaluationPeriod.Kind?
  /// From v3: the share of a product's progress points each unexcused delay costs.
  public var delayProgressDeduction: Double?
  /// From v3: what is done with "excellent" ratings beyond the quota, and over whom it is
  /// counted (`unit`: the people heading or named in each unit).
  public var quotaAction: Decree335Rules.QuotaAction?
  public var quotaScope: String?
  /// From v3: each rule with the article it implements and its reading.
  public var rules: [Rule]?
  /// The working days a lead unit has to acknowledge a task (`task acknowledge`); 5 when the
  /// policy does not say.
  public var acknowledgementWorkingDays: Int? = nil

  /// The working days a lead unit has to acknowledge a task.
  public var receiptWorkingDays: Int { acknowledgementWorkingDays ?? 5 }

  /// One rule of the policy: what it says, the article it implements, and how the published
  /// text is read where it leaves room.
  public struct Rule: Codable, Hashable, Sendable {
    public var rule: String
    public var article: String
    public var reading: String
  }

  /// The numbers the Decree 335 engine scores by.
  public var decree335: Decree335Rules {
    Decree335Rules(
      taskPointsMax: taskPointsMax, generalPointsMax: generalPointsMax,
      delayDeduction: delayProgressDeduction ?? lateTimelinessDeduction,
      majorErrorDeduction: majorErrorQualityDeduction, period: period ?? .quarter,
      excellentQuota: excellentQuotaOfGood, quotaAction: quotaAction ?? .flag)
  }

  /// A rating band: from `min` points up.
  public struct Band: Codable, Hashable, Sendable {
    public var min: Double
    public var code: String
    public var vi: String
    public var en: String

    public init(min: Double, code: String, vi: String, en: String) {
      self.min = min
      self.code = code
      self.vi = vi
      self.en = en
    }
  }

  /// The policy shipped with the binary (`Schemas/evaluation-policy.v4.json`): what every view
  /// and the evaluation judge lateness and credit by.
  ///
  /// The text is compiled into the binary and read by a test (`ShippedPolicyTests`), so no
  /// input can make it unreadable; a build whose copy does not read stops at its first use,
  /// naming why, rather than judge by another policy.
  public static let shipped: EvaluationPolicy = {
    do {
      return try EvaluationPolicy(json: ShippedPolicy.json)
    } catch {
      preconditionFailure("the shipped evaluation policy does not read: \(error)")
    }
  }()

  /// Reads a policy from its JSON text.
  public init(json: String) throws {
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    self = try decoder.decode(EvaluationPolicy.self, from: Data(json.utf8))
  }

  /// Credit for a product completed on time (1), late, or not at all by its deadline.
  public func credit(_ outcome: TaskOutcome) -> Double? {
    switch outcome {
    case .onTime: return 1
    case .late: return 1 - timelinessShare * lateTimelinessDeduction
    case .overdue: return overdueCredit
    case .notYetDue, .notScored: return nil
    }
  }

  /// Credit for a judged task: its outcome's, less the quality points its counted major
  /// errors cost (never below nothing for quality).
  public func credit(_ judged: TaskCredit) -> Double? {
    guard let base = credit(judged.outcome) else { return nil }
    guard judged.outcome == .onTime || judged.outcome == .late else { return base }
    let lost = min(1, majorErrorQualityDeduction * Double(judged.countedErrors))
    return base - qualityShare * lost
  }

  /// The band a total falls in.
  public func band(for total: Double) -> Band? {
    bands.sorted { $0.min > $1.min }.first { total >= $0.min }
  }
}

/// How one task ended up for the year evaluated.
public enum TaskOutcome: String, Hashable, Sendable, Codable {
  case onTime = "completed_on_time"
  case late = "completed_late"
  case overdue
  /// Its deadline is after the evaluation day: listed, not scored.
  case notYetDue = "in_progress_within_deadline"
  /// No deadline to be judged against (ongoing work without a reporting day).
  case notScored = "not_scored"
}
