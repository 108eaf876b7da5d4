/// A value in a written sheet: text, a number Excel can add up, or a date it can sort.
public enum SheetCell: Hashable, Sendable {
  case text(String)
  case number(Double)
  case date(year: Int, month: Int, day: Int)
  case empty
}

/// One sheet to write: its name, a bold header row, the rows, and column widths in characters.
public struct SheetContent: Hashable, Sendable {
  public var name: String
  public var header: [String]
  public var rows: [[SheetCell]]
  public var columnWidths: [Double]

  public init(name: String, header: [String], rows: [[SheetCell]], columnWidths: [Double] = []) {
    self.name = name
    self.header = header
    self.rows = rows
    self.columnWidths = columnWidths
  }
}
