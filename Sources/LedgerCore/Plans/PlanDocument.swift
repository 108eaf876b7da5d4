/// A plan as a document reader hands it over: text lines and tables in reading order, with
/// markers where a new appendix (a workbook's next sheet) begins.
///
/// It knows no file format: a Word body, a workbook's sheets and a CSV file all become this.
public struct PlanDocument: Hashable, Sendable {
  /// One piece of the document.
  public enum Block: Hashable, Sendable {
    /// A paragraph; line breaks inside it ("\n") make separate lines.
    case text(String)
    /// A table's rows of cells; a cell's line breaks are kept.
    case table([[String]])
    /// A new appendix starts here with this number, unless the document names its own.
    case appendix(Int)
  }

  public var blocks: [Block]
  /// Where each `.table` block stands, in order (a workbook's sheet, a Word document's table):
  /// a row is then named by its table and its row there, as a person finds it.
  public var tablePlaces: [RowPlace.Table] = []
  /// For a document that is one table in a text file (CSV): the file line each of its rows
  /// starts on, so that a message names the line a person finds on opening the file.
  public var rowLines: [Int]?
  /// The title to use when the document names none (the file's name).
  public var fallbackTitle: String

  public init(blocks: [Block], fallbackTitle: String) {
    self.blocks = blocks
    self.fallbackTitle = fallbackTitle
  }
}

/// Where a row of a plan stands in its file, as a person opening the file finds it: a
/// workbook's sheet and row, a Word document's table and row.
public struct RowPlace: Hashable, Sendable {
  /// A table of the document.
  public enum Table: Hashable, Sendable {
    /// A workbook's sheet, by its name.
    case sheet(String)
    /// A Word document's table, counted from 1.
    case wordTable(Int)
  }

  public var table: Table
  /// The row within the sheet (its row number in Excel) or the table, counted from 1.
  public var row: Int

  public init(table: Table, row: Int) {
    self.table = table
    self.row = row
  }

  /// "trang tính “PL1”, hàng 5", "bảng 2, hàng 5".
  public func label(_ language: Language) -> String {
    switch table {
    case .sheet(let name):
      return language.pick(
        vi: "trang tính “\(name)”, hàng \(row)", en: "sheet “\(name)”, row \(row)")
    case .wordTable(let number):
      return language.pick(vi: "bảng \(number), hàng \(row)", en: "table \(number), row \(row)")
    }
  }
}
