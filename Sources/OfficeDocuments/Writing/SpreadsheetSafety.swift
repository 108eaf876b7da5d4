/// Keeps a spreadsheet from running text as a formula: a cell a user typed that starts with
/// `=`, `+`, `-` or `@` (or a tab or carriage return) is shown as text, not evaluated.
public enum SpreadsheetSafety {
  /// True when a spreadsheet would read `text` as a formula (plain numbers such as "-3" are
  /// numbers, not formulas).
  public static func looksLikeFormula(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first)
    else { return false }
    return Double(text) == nil
  }

  /// The text for a CSV field: a leading apostrophe before anything that looks like a formula.
  public static func csvField(_ text: String) -> String {
    looksLikeFormula(text) ? "'" + text : text
  }
}
