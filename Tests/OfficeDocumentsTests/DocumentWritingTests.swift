import Foundation
import LedgerCore
import Testing

@testable import OfficeDocuments

/// Written documents read back as a person would see them: the same text, numbers as numbers,
/// dates as dates, formulas never run, XML escaped.
@Suite("Document writing: .docx and .xlsx read back as written")
struct DocumentWritingTests {
  @Test("A .docx keeps text with markup characters, line breaks and tables, on A4 in one font")
  func word() throws {
    let text = "Tổ chức <họp> & “báo cáo” 'Q4'"
    let data = try WordDocumentWriter().data([
      .paragraph(WordParagraph(text, bold: true)),
      .paragraph(WordParagraph("dòng 1\ndòng 2")),
      .table(
        WordTable(rows: [[[WordParagraph("a")], [WordParagraph("b\u{7}")]]], columnWidths: [3, 3])),
    ])
    let read = try WordDocument.read(data)
    #expect(
      read.blocks == [
        .paragraph(text), .paragraph("dòng 1\ndòng 2"), .table(DocumentTable(rows: [["a", "b"]])),
      ])
    let package = try OfficePackage(data: data, kind: .docx)
    let document = String(
      decoding: try #require(try package.part("word/document.xml")), as: UTF8.self)
    #expect(document.contains(#"<w:pgSz w:w="11906" w:h="16838"/>"#))
    #expect(document.contains(#"w:left="1701""#))
    let styles = String(decoding: try #require(try package.part("word/styles.xml")), as: UTF8.self)
    #expect(styles.contains(#"w:ascii="Times New Roman""#))
    #expect(styles.contains(#"<w:sz w:val="28"/>"#))
  }

  @Test("An .xlsx keeps numbers as numbers, dates as dates, and formulas as text")
  func workbook() throws {
    let data = try WorkbookWriter().data([
      SheetContent(
        name: "Báo cáo: năm/2026?", header: ["Mã", "Số", "Ngày", "Ghi chú"],
        rows: [
          [.text("PL1-I-1"), .number(3), .date(year: 2026, month: 11, day: 30), .text("=1+1")],
          [.text("@SUM(A1)"), .number(2.5), .empty, .text("-x")],
        ])
    ])
    let book = try Workbook.read(data)
    #expect(book.sheets.map(\.name) == ["Báo cáo năm2026"])
    #expect(
      book.sheets[0].table.rows == [
        ["Mã", "Số", "Ngày", "Ghi chú"], ["PL1-I-1", "3", "30/11/2026", "=1+1"],
        ["@SUM(A1)", "2.5", "", "-x"],
      ])
    let package = try OfficePackage(data: data, kind: .xlsx)
    let sheet = String(
      decoding: try #require(try package.part("xl/worksheets/sheet1.xml")), as: UTF8.self)
    #expect(!sheet.contains("<f>"), "no formula is ever written")
    #expect(sheet.contains(#"<c r="B2"><v>3</v></c>"#))
    #expect(sheet.contains(#"<c r="C2" s="2"><v>46356</v></c>"#))
    #expect(sheet.contains(#"<c r="D2" s="3" t="inlineStr">"#), "quote prefix on a formula")
  }

  @Test("CSV fields that a spreadsheet would run are neutralised; numbers are left alone")
  func csvSafety() {
    #expect(SpreadsheetSafety.csvField("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")")
    #expect(SpreadsheetSafety.csvField("+84 912") == "'+84 912")
    #expect(SpreadsheetSafety.csvField("@cmd") == "'@cmd")
    #expect(SpreadsheetSafety.csvField("-3") == "-3")
    #expect(SpreadsheetSafety.csvField("Phòng Kinh tế") == "Phòng Kinh tế")
  }
}
