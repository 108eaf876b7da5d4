/// Checks user text before it enters the ledger: NFC, trimmed, visible, bounded, printable.
public enum TextRules {
  /// Longest task text accepted.
  public static let longLimit = 4000
  /// Longest name, role or short field accepted.
  public static let shortLimit = 300

  /// The cleaned text, or the reason it is refused.
  public static func required(_ text: String, _ field: TextField, limit: Int = shortLimit) throws
    -> String
  {
    if let scalar = VietnameseText.firstControlCharacter(in: text) {
      throw LedgerError.controlCharacter(field, scalar: scalar.value)
    }
    let cleaned = VietnameseText.clean(text)
    guard VietnameseText.hasVisibleCharacter(cleaned) else { throw LedgerError.emptyText(field) }
    // No more characters than UTF-8 bytes: the characters are counted only when the bytes
    // are more than the limit.
    guard cleaned.utf8.count <= limit || cleaned.count <= limit else {
      throw LedgerError.textTooLong(field, limit: limit)
    }
    return cleaned
  }

  /// Like `required`, but absent or blank text is nil.
  public static func optional(_ text: String?, _ field: TextField, limit: Int = shortLimit) throws
    -> String?
  {
    guard let text, !VietnameseText.clean(text).isEmpty else { return nil }
    // Text of invisible characters only is not absent: it is refused as empty.
    return try required(text, field, limit: limit)
  }

  /// A document number such as `12/BC-VHXH` or `335/2025/NĐ-CP`: digits, then `/`-separated
  /// parts of letters, digits and `-`.
  public static func documentNumber(_ text: String?) throws -> String? {
    guard let text = try optional(text, .text) else { return nil }
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    let valid =
      parts.count >= 2 && parts[0].first?.isNumber == true
      && parts.allSatisfy { part in
        !part.isEmpty && part.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." }
      }
    guard valid else { throw LedgerError.invalidDocumentNumber(text) }
    return text
  }
}
