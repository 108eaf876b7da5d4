/// A decision that forces a person's year to "Không hoàn thành nhiệm vụ" whatever the points
/// (`evaluation.condition_recorded`, v2; Decree 335, Article 21).
///
/// Stream `evaluation:YEAR-PERSON-conditions`. A correction retracts it.
public struct ConditionRecorded: Codable, Hashable, Sendable {
  public var person: String
  public var year: Int
  /// One of `kinds`.
  public var kind: String
  /// The decision that establishes it (number and date, as written).
  public var decision: String
  /// The person's staff code, when the ledger registers them (schema v2).
  ///
  /// Two people of one name are told apart by it. Nil for a person known only by name, and in
  /// v1 events.
  public var code: String?

  public init(person: String, year: Int, kind: String, decision: String, code: String? = nil) {
    self.code = code
    self.person = person
    self.year = year
    self.kind = kind
    self.decision = decision
  }

  /// The kinds of condition the decree names.
  public static let kinds = ["discipline", "violation", "criminal", "other"]

  /// The stream key: `2026-nguyen-van-an-conditions`.
  public static func key(person: String, year: Int) -> String {
    GeneralPointsScored.key(person: person, year: year) + "-conditions"
  }

  /// The kind in words.
  public func label(_ language: Language) -> String {
    switch kind {
    case "discipline":
      return language.pick(vi: "bị xử lý kỷ luật", en: "disciplined")
    case "violation":
      return language.pick(vi: "vi phạm bị xử lý", en: "sanctioned for a violation")
    case "criminal":
      return language.pick(vi: "bị truy cứu trách nhiệm hình sự", en: "criminal liability")
    default:
      return language.pick(vi: "điều kiện khác", en: "other condition")
    }
  }
}

extension ConditionRecorded: EventPayload {
  public static let typeName = "evaluation.condition_recorded"
  public static let schemaVersion = 2
  public static var readableVersions: Set<Int> { [1, 2] }
  public var event: LedgerEvent { .conditionRecorded(self) }

  public func evolve(_ state: TaskState?, by fact: RecordedEvent) -> TaskState? { state }

  public func phrase(_ c: PhraseContext) -> String {
    c.pick(
      vi:
        "ghi điều kiện năm \(year) cho \(person): \(label(.vi)) (quyết định \(decision)) — xếp loại Không hoàn thành nhiệm vụ",
      en:
        "recorded a condition for \(person) in \(year): \(label(.en)) (decision \(decision)) — rated not completed"
    )
  }

  public func checkStated() throws {
    try PayloadRules.text(person, .person)
    try PayloadRules.text(decision, .evidence)
    if let code, PersonRegistered.code(code) != code { throw LedgerError.invalidPersonCode(code) }
    guard (2000...2100).contains(year) else { throw LedgerError.invalidYear(year) }
    guard Self.kinds.contains(kind) else { throw LedgerError.unknownConditionKind(kind) }
  }
}
