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

  public static func < (lhs: TaskID, rhs: TaskID) -> Bool {
    lhs.rawValue.compare(rhs.rawValue, options: .numeric) == .orderedAscending
  }
}

extension Unicode.Scalar {
  var isASCIIAlphanumeric: Bool {
    ("a"..."z").contains(self) || ("A"..."Z").contains(self) || ("0"..."9").contains(self)
  }
}
