/// Writes CSV as RFC 4180 says: fields with a comma, quote or line break are quoted, quotes
/// doubled.
enum CSVText {
  /// One line from its fields.
  static func line(_ fields: [String]) -> String {
    fields.map { field in
      field.contains(where: { ",\"\n\r".contains($0) })
        ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }.joined(separator: ",")
  }

  /// A header line and the rows.
  static func table(header: [String], rows: [[String]]) -> String {
    ([line(header)] + rows.map(line)).joined(separator: "\n")
  }
}
