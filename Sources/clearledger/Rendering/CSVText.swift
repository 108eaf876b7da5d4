/// Writes CSV as RFC 4180 says: fields with a comma, quote or line break are quoted, quotes
/// doubled.
///
/// A cell a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a
/// carriage return, as OWASP's CSV-injection rule lists) is neutralised with a leading `'`,
/// unless it is a plain number such as `-5`.
enum CSVText {
  /// The characters that make a spreadsheet read a cell as a formula.
  static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

  /// One line from its fields.
  static func line(_ fields: [String]) -> String {
    fields.map { raw in
      let field = neutralised(raw)
      return field.contains(where: { ",\"\n\r".contains($0) })
        ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }.joined(separator: ",")
  }

  /// The cell as text a spreadsheet shows rather than runs.
  static func neutralised(_ field: String) -> String {
    guard let first = field.first, formulaStarts.contains(first), Double(field) == nil else {
      return field
    }
    return "'" + field
  }

  /// A header line and the rows.
  static func table(header: [String], rows: [[String]]) -> String {
    ([line(header)] + rows.map(line)).joined(separator: "\n")
  }
}
