/// A leader's three added criteria for a year or one period of it (`evaluation.leader_judged`,
/// v2): unit results d, organising đ and unity e, each 100 % or 50 % (Decree 335, Article 15).
///
/// Judged by whoever records it. Stream `evaluation:YEAR-PERSON-leader`. A later judgement for
/// the same person, year and period replaces the earlier; a correction retracts it.
public struct LeaderCriteriaJudged: Codable, Hashable, Sendable {
  public var person: String
  public var year: Int
  /// "Q1"…"Q4" or "M1"…"M12"; nil for every period of the year.
  public var period: String?
  /// d, đ, e in percent: 100 or 50.
  public var unitResults: Int
  public var organising: Int
  public var unity: Int
  public var reason: String
  /// The person's staff code, when the ledger registers them (schema v2).
  ///
  /// Two people of one name are told apart by it. Nil for a person known only by name, and in
  /// v1 events.
  public var code: String?

  public init(
    person: String, year: Int, period: String?, unitResults: Int, organising: Int, unity: Int,
    reason: String, code: String? = nil
  ) {
    self.code = code
    self.person = person
    self.year = year
    self.period = period
    self.unitResults = unitResults
    self.organising = organising
    self.unity = unity
    self.reason = reason
  }

  /// The stream key: `2026-nguyen-van-an-leader`.
  public static func key(person: String, year: Int) -> String {
    GeneralPointsScored.key(person: person, year: year) + "-leader"
  }

  /// The criteria as shares of 1.
  public var criteria: LeaderCriteria {
    LeaderCriteria(
      unitResults: Double(unitResults) / 100, organising: Double(organising) / 100,
      unity: Double(unity) / 100)
  }
}

extension LeaderCriteriaJudged: EventPayload {
  public static let typeName = "evaluation.leader_judged"
  public static let schemaVersion = 2
  public static var readableVersions: Set<Int> { [1, 2] }
  public var event: LedgerEvent { .leaderCriteriaJudged(self) }

  public func evolve(_ state: TaskState?, by fact: RecordedEvent) -> TaskState? { state }

  public func phrase(_ c: PhraseContext) -> String {
    let when = period ?? c.pick(vi: "cả năm", en: "the whole year")
    return c.pick(
      vi:
        "đánh giá tiêu chí lãnh đạo năm \(year) (\(when)) cho \(person): kết quả đơn vị \(unitResults)%, tổ chức thực hiện \(organising)%, đoàn kết \(unity)% (lý do: \(reason))",
      en:
        "judged \(person)'s leader criteria for \(year) (\(when)): unit results \(unitResults)%, organising \(organising)%, unity \(unity)% (reason: \(reason))"
    )
  }

  public func checkStated() throws {
    try PayloadRules.text(person, .person)
    try PayloadRules.text(reason, .reason, limit: TextRules.longLimit)
    if let code, PersonRegistered.code(code) != code { throw LedgerError.invalidPersonCode(code) }
    guard (2000...2100).contains(year) else { throw LedgerError.invalidYear(year) }
    if let period, EvaluationPeriod(parsing: period)?.description != period {
      throw LedgerError.unknownPeriod(period)
    }
    for share in [unitResults, organising, unity] where share != 100 && share != 50 {
      throw LedgerError.criterionOutOfRange(share)
    }
  }
}
