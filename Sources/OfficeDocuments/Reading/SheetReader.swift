import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads one worksheet: each cell's shown text, then merged ranges filled.
final class SheetReader: NSObject, XMLParserDelegate {
  /// More rows or columns than a plan could have: the sheet is refused rather than laid out.
  static let rowLimit = 100_000
  static let columnLimit = 200

  private let strings: [String]
  private let dateStyles: Set<Int>
  private let date1904: Bool

  private var cells: [CellReference: String] = [:]
  private var merges: [(CellReference, CellReference)] = []
  private var rowNumber = 0
  private var columnNumber = 0
  private var cell: (reference: CellReference, type: String, style: Int)?
  private var value = ""
  private var inValue = false
  private var outOfBounds = false

  init(strings: [String], dateStyles: Set<Int>, date1904: Bool) {
    self.strings = strings
    self.dateStyles = dateStyles
    self.date1904 = date1904
  }

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    switch name {
    case "row":
      rowNumber = attributes["r"].flatMap(Int.init) ?? rowNumber + 1
      columnNumber = 0
    case "c":
      let reference =
        attributes["r"].flatMap(CellReference.init)
        ?? CellReference(row: rowNumber, column: columnNumber + 1)
      columnNumber = reference.column
      cell = (reference, attributes["t"] ?? "n", attributes["s"].flatMap(Int.init) ?? 0)
      value = ""
    case "v", "t": inValue = cell != nil
    case "mergeCell":
      let ends = (attributes["ref"] ?? "").split(separator: ":").compactMap {
        CellReference(String($0))
      }
      if ends.count == 2 { merges.append((ends[0], ends[1])) }
    default: break
    }
  }

  func parser(
    _ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?
  ) {
    switch name {
    case "v", "t": inValue = false
    case "c":
      guard let current = cell else { return }
      cell = nil
      let text = shown(value, type: current.type, style: current.style)
      guard !text.isEmpty else { return }
      let reference = current.reference
      if reference.row > Self.rowLimit || reference.column > Self.columnLimit {
        outOfBounds = true
        return
      }
      cells[reference] = text
    default: break
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if inValue { value += string }
  }

  /// The text a cell shows: a shared string, inline text, a date as dd/mm/yyyy, or a number
  /// without a needless ".0".
  private func shown(_ raw: String, type: String, style: Int) -> String {
    switch type {
    case "s":
      guard let index = Int(raw.trimmingCharacters(in: .whitespaces)),
        strings.indices.contains(index)
      else { return "" }
      return strings[index]
    case "inlineStr", "str", "e": return raw
    case "b": return raw == "1" ? "TRUE" : "FALSE"
    default:
      guard let number = Double(raw) else { return raw }
      if dateStyles.contains(style), let date = ExcelDate.text(serial: number, date1904: date1904) {
        return date
      }
      if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
      return raw
    }
  }

  /// The sheet on its grid, merged ranges filled with the text of their first cell.
  ///
  /// Throws `DocumentError.tooLarge` when a cell lies beyond the limits.
  func table(part: String) throws -> DocumentTable {
    if outOfBounds { throw DocumentError.tooLarge(.xlsx, part: part) }
    guard let rows = cells.keys.map(\.row).max(), let columns = cells.keys.map(\.column).max()
    else { return DocumentTable(rows: []) }
    var grid = Array(repeating: Array(repeating: "", count: columns), count: rows)
    for (reference, text) in cells { grid[reference.row - 1][reference.column - 1] = text }
    for (start, end) in merges {
      let text = cells[start] ?? ""
      guard !text.isEmpty, start.row <= rows, start.column <= columns else { continue }
      for row in start.row...min(max(start.row, end.row), rows) {
        for column in start.column...min(max(start.column, end.column), columns) {
          grid[row - 1][column - 1] = text
        }
      }
    }
    return DocumentTable(rows: grid)
  }
}
