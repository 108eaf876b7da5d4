import Foundation

/// The sheets of an Excel workbook, each as one table of the text its cells show.
public struct Workbook: Hashable, Sendable {
  /// One sheet: its name and its cells.
  public struct Sheet: Hashable, Sendable {
    public var name: String
    public var table: DocumentTable

    public init(name: String, table: DocumentTable) {
      self.name = name
      self.table = table
    }
  }

  public var sheets: [Sheet]

  public init(sheets: [Sheet]) {
    self.sheets = sheets
  }

  /// Reads every sheet of an .xlsx file, with shared strings, merged cells and dates.
  ///
  /// Throws `DocumentError` when the file is not a workbook or is damaged.
  public static func read(_ data: Data) throws -> Workbook {
    try WorkbookReader(package: OfficePackage(data: data, kind: .xlsx)).read()
  }
}
