import Foundation

/// Builds a table from cells as Word writes them: a cell may span several grid columns
/// (`gridSpan`) or continue the cell above it (`vMerge`).
final class TableBuilder {
  private struct Cell {
    var lines: [String] = []
    var span = 1
    var continuesAbove = false
  }

  private var rows: [[Cell]] = []
  private var row: [Cell]?
  private var cell: Cell?

  var hasOpenCell: Bool { cell != nil }

  func startRow() { row = [] }

  func startCell() { cell = Cell() }

  func setSpan(_ span: Int) { cell?.span = max(1, min(span, 64)) }

  func setContinuesAbove(_ value: Bool) { cell?.continuesAbove = value }

  func addLine(_ line: String) { cell?.lines.append(line) }

  func endCell() {
    if let cell { row?.append(cell) }
    cell = nil
  }

  func endRow() {
    if let row { rows.append(row) }
    row = nil
  }

  /// The table on its grid: spans repeated across their columns, continued cells filled from
  /// the row above.
  func table() -> DocumentTable {
    var grid: [[String]] = []
    for cells in rows {
      var line: [String] = []
      for cell in cells {
        let column = line.count
        let text: String
        if cell.continuesAbove, let above = grid.last, above.indices.contains(column) {
          text = above[column]
        } else {
          text = Self.text(of: cell.lines)
        }
        line += Array(repeating: text, count: cell.span)
      }
      grid.append(line)
    }
    return DocumentTable(rows: grid)
  }

  /// A cell's text: its non-blank lines, trimmed, one per line.
  static func text(of lines: [String]) -> String {
    lines.flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false) }
      .map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
      .joined(separator: "\n")
  }
}
