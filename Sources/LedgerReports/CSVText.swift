import OfficeDocuments

/// Writes CSV as Excel opens it correctly: a UTF-8 byte-order mark first (without it Excel
/// shows Vietnamese as mojibake), fields with a comma, quote or line break quoted, quotes
/// doubled, and a field that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`) prefixed
/// with an apostrophe.
public enum CSVText {
  /// The byte-order mark every CSV output starts with.
  public static let byteOrderMark = "\u{FEFF}"

  /// One line from its fields.
  public static func line(_ fields: [String]) -> String {
    fields.map { raw in
      let field = SpreadsheetSafety.csvField(raw)
      return field.contains(where: { ",\"\n\r".contains($0) })
        ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }.joined(separator: ",")
  }

  /// The byte-order mark, a header line and the rows.
  public static func table(header: [String], rows: [[String]]) -> String {
    byteOrderMark + ([line(header)] + rows.map(line)).joined(separator: "\n")
  }
}
