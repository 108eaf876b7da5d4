import Foundation

/// Writes an .xlsx: each sheet a bold header row and typed cells.
///
/// Text is stored inline (never
/// as a formula) and text that looks like a formula carries Excel's quote prefix, so editing the
/// cell keeps it text.
public struct WorkbookWriter: Sendable {
  public init() {}

  /// Style indexes in `styles.xml`.
  private enum Style: Int {
    case normal = 0
    case header, date, quoted, wrapped
  }

  /// The .xlsx file's bytes.
  public func data(_ sheets: [SheetContent]) throws -> Data {
    var names: [String] = []
    for sheet in sheets { names.append(Self.sheetName(sheet.name, taken: names)) }
    var parts: [(String, String)] = [
      ("[Content_Types].xml", contentTypes(count: sheets.count)),
      ("_rels/.rels", Self.packageRelationships),
      ("xl/workbook.xml", workbook(names)),
      ("xl/_rels/workbook.xml.rels", relationships(count: sheets.count)),
      ("xl/styles.xml", Self.styles),
    ]
    for (index, sheet) in sheets.enumerated() {
      parts.append(("xl/worksheets/sheet\(index + 1).xml", worksheet(sheet)))
    }
    return try PackageWriter.zip(parts)
  }

  /// A name Excel accepts: at most 31 characters, none of `[]:*?/\`, unique in the workbook.
  static func sheetName(_ name: String, taken: [String]) -> String {
    let cleaned = String(name.filter { !"[]:*?/\\".contains($0) }.prefix(31))
    var candidate = cleaned.isEmpty ? "Sheet" : cleaned
    var number = 2
    while taken.contains(where: { $0.lowercased() == candidate.lowercased() }) {
      candidate = String(cleaned.prefix(27)) + " (\(number))"
      number += 1
    }
    return candidate
  }

  private func worksheet(_ sheet: SheetContent) -> String {
    var out =
      PackageWriter.declaration
      + #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
      + #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" "#
      + #"activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>"#
    if !sheet.columnWidths.isEmpty {
      out += "<cols>"
      for (index, width) in sheet.columnWidths.enumerated() {
        out += #"<col min="\#(index + 1)" max="\#(index + 1)" width="\#(width)" customWidth="1"/>"#
      }
      out += "</cols>"
    }
    out += "<sheetData>"
    out += row(1, sheet.header.map { SheetCell.text($0) }, header: true)
    for (index, cells) in sheet.rows.enumerated() {
      out += row(index + 2, cells, header: false)
    }
    return out + "</sheetData></worksheet>"
  }

  private func row(_ number: Int, _ cells: [SheetCell], header: Bool) -> String {
    var out = #"<row r="\#(number)">"#
    for (index, cell) in cells.enumerated() {
      let reference = CellReference(row: number, column: index + 1).name
      switch cell {
      case .empty: continue
      case .number(let value):
        guard value.isFinite else { continue }
        out += #"<c r="\#(reference)"><v>\#(Self.number(value))</v></c>"#
      case .date(let year, let month, let day):
        let serial = ExcelDate.serial(year: year, month: month, day: day)
        out += #"<c r="\#(reference)" s="\#(Style.date.rawValue)"><v>\#(serial)</v></c>"#
      case .text(let text):
        let style: Style =
          header
          ? .header
          : SpreadsheetSafety.looksLikeFormula(text)
            ? .quoted : text.contains("\n") ? .wrapped : .normal
        let escaped = XMLText.escape(text)
        out +=
          #"<c r="\#(reference)" s="\#(style.rawValue)" t="inlineStr"><is><t xml:space="preserve">"#
          + escaped + "</t></is></c>"
      }
    }
    return out + "</row>"
  }

  /// A number as Excel writes it: integers without a decimal point.
  static func number(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return String(value)
  }

  private func workbook(_ names: [String]) -> String {
    var out =
      PackageWriter.declaration
      + #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" "#
      + #"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>"#
    for (index, name) in names.enumerated() {
      out +=
        #"<sheet name="\#(XMLText.escape(name))" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
    }
    return out + "</sheets></workbook>"
  }

  private func relationships(count: Int) -> String {
    var out =
      PackageWriter.declaration
      + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
    for index in 0..<count {
      out +=
        #"<Relationship Id="rId\#(index + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet\#(index + 1).xml"/>"#
    }
    out +=
      #"<Relationship Id="rId\#(count + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
    return out + "</Relationships>"
  }

  private func contentTypes(count: Int) -> String {
    var out =
      PackageWriter.declaration
      + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
      + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
      + #"<Default Extension="xml" ContentType="application/xml"/>"#
      + #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
      + #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
    for index in 0..<count {
      out +=
        #"<Override PartName="/xl/worksheets/sheet\#(index + 1).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
    }
    return out + "</Types>"
  }

  private static let packageRelationships =
    PackageWriter.declaration
    + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
    + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>"#
    + "</Relationships>"

  private static let styles =
    PackageWriter.declaration
    + #"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
    + #"<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>"#
    + #"<fonts count="2"><font><sz val="12"/><name val="Times New Roman"/></font>"#
    + #"<font><b/><sz val="12"/><name val="Times New Roman"/></font></fonts>"#
    + #"<fills count="2"><fill><patternFill patternType="none"/></fill>"#
    + #"<fill><patternFill patternType="gray125"/></fill></fills>"#
    + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
    + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
    + #"<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
    + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>"#
    + #"<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
    + #"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/>"#
    + #"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>"#
    + #"</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
    + "</styleSheet>"
}
