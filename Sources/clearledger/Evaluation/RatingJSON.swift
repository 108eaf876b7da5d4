import LedgerCore
import LedgerJSON

/// One person's rating in `evaluate --explain PERSON --json`: the work shown as `--explain`
/// shows it — every period with its products, the criteria recorded and proposed, the
/// conditions — and under it each capacity's row as `evaluate --json` gives it.
struct RatingJSON: Encodable {
  /// A leader's criteria recorded for the year or one period.
  struct Criteria: Encodable {
    @ExplicitNull var period: String?
    var unitResults: Int
    var organising: Int
    var unity: Int
    var reason: String
  }

  /// What the ledger's facts propose for d and đ (e is never proposed).
  struct Proposal: Encodable {
    @ExplicitNull var unitResults: Int?
    /// The heads whose ratings d was proposed from; empty when from the person's own products.
    var unitResultsFrom: [String]
    @ExplicitNull var organising: Int?
  }

  var person: String
  @ExplicitNull var personCode: String?
  @ExplicitNull var taskPoints: Double?
  @ExplicitNull var generalPoints: Double?
  /// The total as printed (2 decimals); the band is decided on it.
  @ExplicitNull var total: Double?
  @ExplicitNull var band: String?
  var pendingReasons: [String]
  var conditions: [String]
  var demotedByQuota: Bool
  /// The periods averaged, each with its products and its a, b, c (and d, đ, e) shares.
  var periods: [PeriodScore]
  var criteriaRecorded: [Criteria]
  var proposed: Proposal
  var capacities: [EvaluationJSON]
  var policyVersion: String

  init(
    _ rating: Evaluation.Rating, rows: [Evaluation.Row], policy: EvaluationPolicy,
    beyondQuota: (Evaluation.Row) -> Bool = { _ in false }
  ) {
    person = rating.person
    personCode = rating.code
    taskPoints = rating.taskScore.map(EvaluationJSON.rounded)
    generalPoints = rating.generalPoints
    total = rating.total.map(EvaluationJSON.rounded)
    band = rating.band?.code
    pendingReasons = rating.score.pending.map(\.rawValue)
    conditions = rating.conditions.map { "\($0.kind) \($0.decision)" }
    demotedByQuota = rating.demotedByQuota
    periods = rating.score.periods
    criteriaRecorded = rating.criteria.values.sorted { ($0.period ?? "") < ($1.period ?? "") }
      .map {
        Criteria(
          period: $0.period, unitResults: $0.unitResults, organising: $0.organising,
          unity: $0.unity, reason: $0.reason)
      }
    proposed = Proposal(
      unitResults: rating.proposed.unitResults, unitResultsFrom: rating.proposed.unitPeople,
      organising: rating.proposed.organising)
    capacities = rows.map {
      EvaluationJSON(
        $0, policy: policy, conditions: rating.conditions, beyondQuota: beyondQuota($0))
    }
    policyVersion = policy.version
  }
}
