/// The general-criteria part of a head's annual evaluation (`evaluation.scored`, v1).
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

  public init(person: String, year: Int, points: Double, reason: String) {
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
