import Foundation

/// The short code of a unit, such as `VHXH`: upper-case ASCII letters, digits and `-`.
public struct UnitCode: TextIdentifier {
  public let rawValue: String

  /// Creates a code from user input (case is ignored), or nil unless it is 1–20 letters,
  /// digits or `-`.
  public init?(_ text: String) {
    let upper = text.uppercased()
    guard !upper.isEmpty, upper.unicodeScalars.count <= 20,
      upper.unicodeScalars.allSatisfy({ $0.isASCIIAlphanumeric || $0 == "-" }),
      upper.unicodeScalars.first?.isASCIIAlphanumeric == true
    else { return nil }
    rawValue = upper
  }

  /// Suggests a code from a unit's name: the initials of its words, without marks.
  ///
  /// Acronyms stay whole, a leading "Phòng" and a trailing "xã" are dropped when enough is
  /// left: "Phòng Văn hóa - Xã hội" gives `VHXH`, "UBND xã" gives `UBND`, "Công an xã" `CAX`.
  public static func initials(of name: String) -> UnitCode? {
    let words = VietnameseText.searchKey(name).uppercased()
      .split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    let original = name.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    var parts = zip(words, original).map { folded, written in
      written.count >= 2 && written == written.uppercased() ? folded : String(folded.prefix(1))
    }
    let letters = { (parts: [String]) in parts.joined().count }
    if words.first == "PHONG", letters(Array(parts.dropFirst())) >= 2 { parts.removeFirst() }
    if words.last == "XA", letters(Array(parts.dropLast())) >= 3 { parts.removeLast() }
    return UnitCode(String(parts.joined().filter(\.isASCII).prefix(12)))
  }

  public static func < (lhs: UnitCode, rhs: UnitCode) -> Bool { lhs.rawValue < rhs.rawValue }
}
