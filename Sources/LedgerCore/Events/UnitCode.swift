import Foundation

/// The short code of a unit, such as `VHXH`: upper-case ASCII letters, digits and `-`.
public struct UnitCode: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
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

  /// Suggests a code from a unit's name: the initials of its words, without tone or vowel marks.
  ///
  /// "Phòng Văn hóa - Xã hội" gives `PVHXH`; "Công an xã" gives `CAX`.
  public static func initials(of name: String) -> UnitCode? {
    let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
      .replacingOccurrences(of: "đ", with: "d")
    let letters = folded.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
      .compactMap(\.first)
      .filter { $0.isASCII }
    return UnitCode(String(letters.prefix(12)))
  }

  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let code = UnitCode(text), code.rawValue == text else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "not a unit code: \(text)"))
    }
    self = code
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }

  public var description: String { rawValue }

  public static func < (lhs: UnitCode, rhs: UnitCode) -> Bool { lhs.rawValue < rhs.rawValue }
}
