import Foundation

/// Reads a workbook's sheets in their order, resolving shared strings, date formats and merged
/// cells.
struct WorkbookReader {
  let package: OfficePackage

  func read() throws -> Workbook {
    guard let workbookXML = try package.part("xl/workbook.xml") else {
      throw DocumentError.damaged(.xlsx, part: "xl/workbook.xml")
    }
    let book = WorkbookPartReader()
    try XMLReading.parse(workbookXML, with: book, kind: .xlsx, part: "xl/workbook.xml")
    let relations = RelationshipsReader()
    if let rels = try package.part("xl/_rels/workbook.xml.rels") {
      try XMLReading.parse(rels, with: relations, kind: .xlsx, part: "xl/_rels/workbook.xml.rels")
    }
    let strings = SharedStringsReader()
    if let shared = try package.part("xl/sharedStrings.xml") {
      try XMLReading.parse(shared, with: strings, kind: .xlsx, part: "xl/sharedStrings.xml")
    }
    let styles = StylesReader()
    if let stylesXML = try package.part("xl/styles.xml") {
      try XMLReading.parse(stylesXML, with: styles, kind: .xlsx, part: "xl/styles.xml")
    }
    var sheets: [Workbook.Sheet] = []
    for (index, sheet) in book.sheets.enumerated() {
      let path =
        relations.targets[sheet.relation].map { Self.partPath($0) }
        ?? "xl/worksheets/sheet\(index + 1).xml"
      guard let data = try package.part(path) else {
        throw DocumentError.damaged(.xlsx, part: path)
      }
      let reader = SheetReader(
        strings: strings.strings, dateStyles: styles.dateStyles, date1904: book.date1904)
      try XMLReading.parse(data, with: reader, kind: .xlsx, part: path)
      sheets.append(Workbook.Sheet(name: sheet.name, table: try reader.table(part: path)))
    }
    return Workbook(sheets: sheets)
  }

  /// A relationship target as a part path: "worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml",
  /// "/xl/worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml".
  static func partPath(_ target: String) -> String {
    if target.hasPrefix("/") { return String(target.dropFirst()) }
    return "xl/" + target
  }
}
