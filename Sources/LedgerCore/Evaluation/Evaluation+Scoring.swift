/// What the ledger's facts propose for a leader's criteria: shown beside the recorded
/// judgement, never used in its place.
public struct LeaderProposal: Hashable, Sendable {
  /// d: from the ratings of the heads the leader directs when any is rated (at least 70 % of
  /// them rated "Hoàn thành nhiệm vụ" or better), else from the leader's own products (they
  /// average at least 70 % on a, b, c).
  public var unitResults: Int?
  /// The heads whose ratings d was proposed from (names), empty when it came from products.
  public var unitPeople: [String] = []
  /// đ: 100 when at least 70 % of those products were on time with no unexcused major error.
  public var organising: Int?
  /// e (unity) is never derivable from the ledger.
  public var unity: Int? { nil }
}

extension Evaluation {
  /// Turns credits into Decree 335 products and scores them, with the judgements recorded.
  struct Scoring {
    let day: LocalDate
    let gathered: EvaluationFacts
    let policy: EvaluationPolicy
    let rules: Decree335Rules
    let excused: [TaskID: Int]

    init(board: AccountabilityBoard, gathered: EvaluationFacts, policy: EvaluationPolicy) {
      day = board.day
      self.gathered = gathered
      self.policy = policy
      rules = policy.decree335
      excused = gathered.excusedDelays
    }

    /// The delays excused on each task (`task excuse-delay`).
    func excusedDelays(_ task: TaskID) -> Int {
      excused[task] ?? 0
    }

    /// The person's products: one per task, however many of its charges they answer for.
    func products(_ credits: [TaskCredit]) -> [ScoredProduct] {
      var order: [TaskID] = []
      var charges: [TaskID: [ScoredProduct]] = [:]
      for credit in TaskCredit.joiningShares(credits) {
        guard
          let product = credit.product(on: day, excusedDelays: excusedDelays(credit.task.id))
        else { continue }
        if charges[credit.task.id] == nil { order.append(credit.task.id) }
        charges[credit.task.id, default: []].append(product)
      }
      return order.compactMap {
        ScoredProduct.merged(charges[$0] ?? [], excusedDelays: excusedDelays($0))
      }
    }

    /// The person's criteria for a period (by identity key): the period's own judgement, else
    /// the year's.
    func criteria(_ person: String) -> (EvaluationPeriod) -> LeaderCriteria? {
      let judged = gathered.leaderCriteria[person] ?? [:]
      return { period in (judged[period.description] ?? judged[nil])?.criteria }
    }

    /// The year of the person with this identity key, over these credits.
    func score(_ person: String, _ credits: [TaskCredit], general: Double?) -> AnnualScore {
      let conditions = gathered.conditions[person] ?? []
      return AnnualScore(
        products: products(credits), leader: criteria(person), generalPoints: general,
        conditions: conditions.map { "\($0.kind) \($0.decision)" }, rules: rules,
        bands: policy.bands)
    }

    func row(_ tenure: Tenure, _ capacity: HeadView.Capacity, _ credits: [TaskCredit]) -> Row {
      let key = gathered.identity.key(tenure)
      let points = gathered.generalPoints[key]
      let alone = score(key, credits, general: nil)
      var row = Row(
        tenure: tenure, capacity: capacity, credits: credits, taskScore: alone.taskPoints,
        generalPoints: points, total: nil, band: nil)
      row.periods = alone.periods
      return row
    }

    /// One rating per person (by identity: staff code, else name): every task they answer for
    /// counted once; two people of one name are rated apart.
    func ratings(_ rows: [Row]) -> [Rating] {
      var order: [String] = []
      var grouped: [String: [Row]] = [:]
      for row in rows {
        let key = gathered.identity.key(row.tenure)
        if grouped[key] == nil { order.append(key) }
        grouped[key, default: []].append(row)
      }
      return order.compactMap { key in
        guard let rows = grouped[key], let first = rows.first?.tenure else { return nil }
        // A product is one line of one task, and for a recurring report the periods one tenure
        // answered for: a head who held the post twice answers for two shares of the same
        // obligation (trial: the second tenure's share, with its two late months, was dropped
        // as the same task, and the rating rose).
        var seen: Set<String> = []
        let credits = rows.flatMap(\.credits).filter { credit in
          let periods = credit.periodDays?.map(\.iso).joined(separator: ",") ?? ""
          return seen.insert("\(credit.view.key) \(periods)").inserted
        }
        let score = score(key, credits, general: gathered.generalPoints[key])
        return Rating(
          person: first.person, code: rows.compactMap(\.tenure.code).first, key: key, rows: rows,
          credits: credits, score: score,
          criteria: gathered.leaderCriteria[key] ?? [:], proposed: proposal(credits),
          conditions: gathered.conditions[key] ?? [],
          band: score.band.flatMap { code in policy.bands.first { $0.code == code } })
      }
    }

    /// What the facts propose for d and đ over the products a person answers for.
    func proposal(_ credits: [TaskCredit]) -> LeaderProposal {
      let scored = products(credits)
      guard !scored.isEmpty else { return LeaderProposal() }
      let count = Double(scored.count)
      let average =
        scored.map {
          ($0.quantity + $0.quality(deduction: rules.majorErrorDeduction)
            + $0.progress(deduction: rules.delayDeduction)) / 3
        }.reduce(0, +) / count
      let clean = scored.filter {
        $0.quantity >= 1 && $0.delays <= $0.excusedDelays && $0.majorErrors <= $0.excusedErrors
      }
      return LeaderProposal(
        unitResults: average >= 0.7 ? 100 : 50,
        organising: Double(clean.count) / count >= 0.7 ? 100 : 50)
    }
  }
}
