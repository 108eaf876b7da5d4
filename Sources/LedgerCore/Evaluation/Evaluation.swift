/// The annual evaluation of heads of units: for each head and capacity, the tasks they answer
/// for in the year and how each ended; for each person one rating over all of them, scored by
/// the Decree 335 engine (`AnnualScore`): every head is a leader.
public struct Evaluation: Sendable {
  /// One head in one capacity over one tenure.
  public struct Row: Sendable {
    public var tenure: Tenure
    public var capacity: HeadView.Capacity
    public var credits: [TaskCredit]
    /// The task part of this capacity alone, out of the policy's task maximum, as Decree 335
    /// scores it; nil when nothing could be scored or the criteria are missing.
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

    /// Why the person's rating is pending (general points, leader criteria, no products).
    public var pending: [AnnualScore.Pending] = []
    /// Per period, this capacity alone (with the person's criteria).
    public var periods: [PeriodScore] = []
    /// The conditions that forced the person's rating to "not completed".
    public var conditions: [ConditionRecorded] = []

    /// True while the rating cannot be given.
    public var isPending: Bool { !pending.isEmpty || total == nil }
  }

  /// One person's rating for the year: Decree 335 rates a person once, across every capacity
  /// and unit they held.
  public struct Rating: Sendable {
    public var person: String
    /// The person's staff code, when the ledger knows it.
    public var code: String?
    /// The person's identity key (`PersonIdentity`): the same for every fact about them.
    public var key: String
    /// The person's capacities, in the order of the rows.
    public var rows: [Row]
    /// Every task counted once, whatever the capacity.
    public var credits: [TaskCredit]
    /// The year as Decree 335 scores it: periods, products, criteria, total and band.
    public var score: AnnualScore
    /// The leader's criteria recorded, by period ("Q1"; nil for the whole year).
    public var criteria: [String?: LeaderCriteriaJudged]
    /// What the ledger's facts propose for the leader's criteria (shown, not used).
    public var proposed: LeaderProposal
    /// The conditions applied.
    public var conditions: [ConditionRecorded]
    /// True when the unit's quota moved this rating from excellent to good (policy `demote`).
    public var demotedByQuota = false

    public var taskScore: Double? { score.taskPoints }
    public var generalPoints: Double? { score.generalPoints }
    /// The total as printed (rounded to 2 decimals).
    public var total: Double? { score.total }
    public var band: EvaluationPolicy.Band?
  }

  /// A unit (or the whole body) whose heads rated "excellent" exceed the decree's quota.
  public struct QuotaBreach: Hashable, Sendable {
    /// The unit counted apart; nil when the policy counts the whole body at once.
    public var unit: UnitCode?
    public var excellent: Int
    public var good: Int
    /// How many may be rated excellent, and who (by name) is beyond that.
    public var allowed: Int = 0
    public var beyond: [String] = []
    /// Who (by name) ties at the quota's last place: the totals cannot tell them apart, so
    /// the council decides among them; empty when the totals do.
    public var tied: [String] = []
    /// The keys (`PersonIdentity`) of those beyond, for outputs that mark each row.
    public var beyondKeys: [String] = []

    public init(unit: UnitCode?, excellent: Int, good: Int) {
      self.unit = unit
      self.excellent = excellent
      self.good = good
    }
  }

  public let year: Int
  /// The day the products are judged on.
  public let day: LocalDate
  public let policy: EvaluationPolicy
  /// The delays excused on each task.
  public let excusedDelays: [TaskID: Int]
  public let rows: [Row]
  public let ratings: [Rating]
  public let quotaBreaches: [QuotaBreach]

  /// Whether a row's person is rated excellent beyond the quota (flagged, or demoted).
  public func isBeyondQuota(_ row: Row) -> Bool {
    let key = identity.key(row.tenure)
    return quotaBreaches.contains { $0.beyondKeys.contains(key) }
  }
  /// Who each rated person is: rows and ratings of one person share its key.
  public let identity: PersonIdentity

  /// Evaluates every head whose tenure overlaps the year, with general points only (no
  /// leader criteria or conditions recorded: every head is then pending).
  public init(
    year: Int, board: AccountabilityBoard, facts: [TaskID: [RecordedEvent]],
    generalPoints: [String: Double], policy: EvaluationPolicy
  ) {
    var gathered = EvaluationFacts(streams: [:], year: year, on: board.day)
    gathered.facts = facts
    gathered.generalPoints = generalPoints
    self.init(year: year, board: board, gathered: gathered, policy: policy)
  }

  /// Evaluates every head whose tenure overlaps the year, from the facts gathered.
  public init(
    year: Int, board: AccountabilityBoard, gathered: EvaluationFacts, policy: EvaluationPolicy
  ) {
    self.year = year
    day = board.day
    var gathered = gathered
    Self.addLaterDecisions(&gathered, board: board)
    excusedDelays = gathered.excusedDelays
    self.policy = policy
    identity = gathered.identity
    let facts = gathered.facts
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
    let scoring = Scoring(board: board, gathered: gathered, policy: policy)
    var rows: [Row] = []
    var holders = RoleHolders(units: board.units)
    for unit in board.units {
      for tenure in unit.tenures
      where tenure.from < next && (tenure.until.map { $0 > first } ?? true) {
        // A recurring obligation's periods are each answered for on their own day; any other
        // charge on its deciding day.
        let named = credits.compactMap { credit -> TaskCredit? in
          if credit.task.deadline.isRecurring {
            return credit.periods(judgedOn: board.day) { day in
              tenure.covers(day)
                && holders.holds(tenure, roleOf: credit.task, lead: credit.view.lead, on: day)
            }
          }
          let holds = holders.holds(
            tenure, roleOf: credit.task, lead: credit.view.lead, on: credit.view.attributionDay)
          return holds && board.answers(tenure, for: credit.view) ? credit : nil
        }
        // Each lead counts: the lead charged, and the co-leads a plan named in the same cell.
        let led = credits.compactMap { credit -> TaskCredit? in
          guard credit.view.isLed(by: unit.code) else { return nil }
          if credit.task.deadline.isRecurring {
            return credit.periods(judgedOn: board.day, where: tenure.covers)
          }
          return board.answers(tenure, for: credit.view) ? credit : nil
        }
        if !named.isEmpty {
          rows.append(scoring.row(tenure, .accountableHead, named))
        }
        if !led.isEmpty || named.isEmpty {
          rows.append(scoring.row(tenure, .leadUnitHead, led))
        }
      }
    }
    var ratings = scoring.ratings(rows)
    quotaBreaches = Self.quota(&ratings, units: board.units, policy: policy)
    Self.proposeUnitResults(&ratings)
    let byPerson = Dictionary(ratings.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
    self.rows = rows.map { row in
      var rated = row
      let rating = byPerson[gathered.identity.key(row.tenure)]
      rated.total = rating?.total
      rated.band = rating?.band
      rated.pending = rating?.score.pending ?? []
      rated.conditions = rating?.conditions ?? []
      return rated
    }
    self.ratings = ratings
  }

  /// Counts the excuses and reviews decided after the day evaluated that came before the
  /// task's next deadline: a decision is about the deadline it follows, so one made in
  /// January about last year's product counts for last year, and one made after a later
  /// deadline of the task does not.
  static func addLaterDecisions(_ gathered: inout EvaluationFacts, board: AccountabilityBoard) {
    for (id, decisions) in gathered.laterDecisions {
      guard let task = board.tasks.first(where: { $0.task.id == id })?.task else { continue }
      let next: LocalDate?
      if task.deadline.isRecurring {
        next = task.periodsOwed(in: board.day.year + 1).map(\.period.due)
          .filter { $0 > board.day }.min()
      } else {
        next = task.deadline.fixedDate.flatMap { $0 > board.day ? $0 : nil }
      }
      let counted = decisions.filter { decision in next.map { decision.effective <= $0 } ?? true }
      gathered.facts[id, default: []] += counted
    }
  }

  /// Applies the quota over the policy's scope: the whole body (`quota_scope` "body": every
  /// person rated), or each unit apart ("unit": the people heading it or named in its tasks);
  /// beyond it, ratings are flagged or, under `demote`, moved down to good.
  private static func quota(
    _ ratings: inout [Rating], units: [UnitState], policy: EvaluationPolicy
  ) -> [QuotaBreach] {
    let rules = policy.decree335
    let good = policy.bands.first { $0.code == "good" }
    let groups: [(unit: UnitCode?, members: [Int])] =
      policy.quotaScope == "body"
      ? [(nil, Array(ratings.indices))]
      : units.map { unit in
        (
          unit.code,
          ratings.indices.filter { index in
            ratings[index].rows.contains { $0.tenure.unit == unit.code }
          }
        )
      }
    return groups.compactMap { group in
      let members = group.members
      let people = members.compactMap { index -> (key: String, total: Double, band: String)? in
        guard let total = ratings[index].total, let band = ratings[index].band?.code else {
          return nil
        }
        return (ratings[index].key, total, band)
      }
      let outcome = ExcellenceQuota.apply(people, share: rules.excellentQuota)
      guard !outcome.beyond.isEmpty else { return nil }
      var breach = QuotaBreach(
        unit: group.unit, excellent: people.filter { $0.band == "excellent" }.count,
        good: people.filter { $0.band == "good" }.count)
      breach.allowed = outcome.allowed
      breach.tied = outcome.tied.compactMap { key in
        members.first { ratings[$0].key == key }.map { ratings[$0].person }
      }
      for index in members
      where outcome.beyond.contains(ratings[index].key) {
        breach.beyond.append(ratings[index].person)
        breach.beyondKeys.append(ratings[index].key)
        if rules.quotaAction == .demote {
          ratings[index].band = good
          ratings[index].demotedByQuota = true
        }
      }
      return breach
    }
  }
}
