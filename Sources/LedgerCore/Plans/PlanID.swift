import Foundation

/// The stable identifier of a plan in the ledger: its number made safe (`49-KH-UBND`), or for
/// a draft without a number, `DRAFT-` and a digest of its text.
public struct PlanID: TextIdentifier {
  public let rawValue: String

  /// Creates an id, or nil unless it is 1–60 ASCII letters, digits, `.`, `_` or `-`.
  public init?(_ text: String) {
    let scalars = text.unicodeScalars
    guard let first = scalars.first, scalars.count <= 60, first.isASCIIAlphanumeric,
      scalars.allSatisfy({ $0.isASCIIAlphanumeric || "._-".unicodeScalars.contains($0) })
    else { return nil }
    rawValue = text
  }

  /// The id for a plan number such as `49/KH-UBND` or `12-KH/TU`.
  public static func forNumber(_ number: String) -> PlanID? {
    let folded = number.folding(options: [.diacriticInsensitive], locale: nil)
      .replacingOccurrences(of: "Đ", with: "D").replacingOccurrences(of: "đ", with: "d")
    let safe = folded.unicodeScalars.map { scalar -> String in
      scalar.isASCIIAlphanumeric || scalar == "-" || scalar == "." ? String(scalar) : "-"
    }.joined()
    return PlanID(safe.split(separator: "-").joined(separator: "-").uppercased())
  }

  /// The id for a draft: `DRAFT-` and the first eight hex digits of its digest.
  public static func forDraft(digest: String) -> PlanID {
    PlanID("DRAFT-\(digest.prefix(8).uppercased())") ?? PlanID("DRAFT")!
  }

  public static func < (lhs: PlanID, rhs: PlanID) -> Bool { lhs.rawValue < rhs.rawValue }
}
