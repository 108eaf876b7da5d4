import LedgerCore

/// Lays out rows as aligned columns for a terminal.
public struct TextTable {
  public var headers: [String]
  public var rows: [[String]] = []

  public init(headers: [String], rows: [[String]] = []) {
    self.headers = headers
    self.rows = rows
  }

  /// Cuts text to `width` characters, ending with "…" when cut.
  public static func shorten(_ text: String, to width: Int) -> String {
    text.shortened(to: width)
  }

  /// The table as lines, columns separated by two spaces, headers underlined.
  public func render() -> String {
    let all = [headers] + rows
    // Each cell's width in characters, counted once (counting is the costly part).
    let counts = all.map { $0.map(\.count) }
    let widths = headers.indices.map { column in
      counts.map { $0.indices.contains(column) ? $0[column] : 0 }.max() ?? 0
    }
    func line(_ row: Int) -> String {
      let cells = all[row]
      var line = ""
      for (index, cell) in cells.enumerated() {
        line += cell
        if index < cells.count - 1 {
          line += String(repeating: " ", count: widths[index] - counts[row][index] + 2)
        }
      }
      return line
    }
    let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
    return ([line(0), rule] + rows.indices.map { line($0 + 1) }).joined(separator: "\n")
  }
}
