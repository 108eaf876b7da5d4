/// The general-criteria part of a head's annual evaluation (`evaluation.scored`, v2).
///
/// Judged by whoever records it. Stream `evaluation:YEAR-PERSON`.
///
/// A later score for the same person and year replaces the earlier; a correction retracts it.
public struct GeneralPointsScored: Codable, Hashable, Sendable {
  public var person: String
  public var year: Int
  /// Points out of the policy's maximum (30 under Decree 335).
  public var points: Double
  public var reason: String
  /// The person's staff code, when the ledger registers them (schema v2).
  ///
  /// Two people of one name are told apart by it. Nil for a person known only by name, and in
  /// v1 events.
  public var code: String?

  public init(person: String, year: Int, points: Double, reason: String, code: String? = nil) {
    self.code = code
    self.person = person
    self.year = year
    self.points = points
    self.reason = reason
  }

  /// The stream key for a person and year: `2026-nguyen-van-an`.
  public static func key(person: String, year: Int) -> String {
    let words = VietnameseText.searchKey(person).split(whereSeparator: {
      !$0.isLetter && !$0.isNumber
    })
    let ascii = words.map { String($0.unicodeScalars.filter(\.isASCIIAlphanumeric)) }
    return "\(year)-" + ascii.filter { !$0.isEmpty }.joined(separator: "-")
  }
}

extension GeneralPointsScored: EventPayload {
  public static let typeName = "evaluation.scored"
  public static let schemaVersion = 2
  public static var readableVersions: Set<Int> { [1, 2] }
  public var event: LedgerEvent { .generalPointsScored(self) }

  public func evolve(_ state: TaskState?, by fact: RecordedEvent) -> TaskState? { state }

  public func phrase(_ c: PhraseContext) -> String {
    let shown = String(format: "%g", points)
    return c.pick(
      vi: "chấm \(shown)/30 điểm tiêu chí chung năm \(year) cho \(person) (lý do: \(reason))",
      en: "scored \(person) \(shown)/30 general-criteria points for \(year) (reason: \(reason))")
  }

  public func checkStated() throws {
    try PayloadRules.text(person, .person)
    try PayloadRules.text(reason, .reason, limit: TextRules.longLimit)
    if let code, PersonRegistered.code(code) != code { throw LedgerError.invalidPersonCode(code) }
    guard (2000...2100).contains(year) else { throw LedgerError.invalidYear(year) }
    guard (0...30).contains(points) else { throw LedgerError.pointsOutOfRange(points) }
  }
}
