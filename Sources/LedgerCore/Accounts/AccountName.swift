/// A sign-in name: 2 to 40 lowercase ASCII letters, digits, `.`, `_` or `-`, starting with a
/// letter, so that it reads the same on every keyboard and fits in a stream name.
public struct AccountName: TextIdentifier {
  public let rawValue: String

  public init?(_ text: String) {
    let scalars = text.unicodeScalars
    guard (2...40).contains(scalars.count), let first = scalars.first,
      ("a"..."z").contains(first),
      scalars.allSatisfy({
        ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "." || $0 == "_" || $0 == "-"
      })
    else { return nil }
    rawValue = text
  }

  public static func < (lhs: AccountName, rhs: AccountName) -> Bool { lhs.rawValue < rhs.rawValue }
}
