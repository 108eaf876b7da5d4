import Foundation

/// The short, stable identifier of a task, such as `T-007` or `PL1-I-1`.
public struct TaskID: TextIdentifier {
  public let rawValue: String

  /// Creates an id, or nil unless it is 1–40 letters, digits, `.`, `_` or `-`, starting with a
  /// letter or digit.
  public init?(_ text: String) {
    let scalars = text.unicodeScalars
    guard let first = scalars.first, scalars.count <= 40,
      first.isASCIIAlphanumeric,
      scalars.allSatisfy({ $0.isASCIIAlphanumeric || "._-".unicodeScalars.contains($0) })
    else { return nil }
    rawValue = text
  }

  /// Ids in natural order: `T-2` before `T-10`, `PL1-II-1` after `PL1-I-9`.
  public static func < (lhs: TaskID, rhs: TaskID) -> Bool { lhs.sortKey < rhs.sortKey }

  /// The id with every run of digits padded to twelve, so plain text order is natural order.
  public var sortKey: String {
    var key = ""
    var digits = ""
    func flush() {
      if !digits.isEmpty {
        key += String(repeating: "0", count: max(0, 12 - digits.count)) + digits
        digits = ""
      }
    }
    for character in rawValue {
      if character.isASCII, character.isNumber {
        digits.append(character)
      } else {
        flush()
        key.append(character)
      }
    }
    flush()
    return key
  }
}

extension Unicode.Scalar {
  var isASCIIAlphanumeric: Bool {
    ("a"..."z").contains(self) || ("A"..."Z").contains(self) || ("0"..."9").contains(self)
  }
}
