import Foundation
import LedgerCore
import PlanDocuments
import Testing

@testable import OfficeDocuments

/// The pieces of reading: text encodings, delimiters, Excel's dates and cell names, file kinds,
/// and the refusals a clerk sees.
@Suite("Document reading: encodings, delimiters, dates, kinds and refusals")
struct DocumentReadingTests {
  @Test("UTF-8 with and without BOM, UTF-16 with and without BOM read the same text")
  func encodings() throws {
    let text = "STT;Nội dung\r\n1;Phòng Văn hóa - Xã hội\r\n"
    let forms: [Data] = [
      Data(text.utf8), Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8),
      Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!,
      Data([0xFE, 0xFF]) + text.data(using: .utf16BigEndian)!,
      text.data(using: .utf16LittleEndian)!,
    ]
    for data in forms { #expect(try PlainText.decode(data) == text) }
    #expect(throws: DocumentError.unknownEncoding) {
      try PlainText.decode(Data([0x53, 0xE1, 0xBB, 0x20, 0xF5, 0x6E]))  // TCVN3-like bytes
    }
    #expect(throws: DocumentError.empty) { try PlainText.decode(Data()) }
  }

  @Test(
    "The delimiter is found from the header; quoted delimiters, quotes and line breaks stay in their cell",
    arguments: [
      ("a;b;\"c;d\"\r\n1;\"x\r\ny\";\"say \"\"hi\"\"\"\r\n", Character(";")),
      ("a,b,\"c,d\"\n1,\"x\ny\",\"say \"\"hi\"\"\"\n", Character(",")),
      ("a\tb\t\"c\td\"\n1\t\"x\ny\"\t\"say \"\"hi\"\"\"", Character("\t")),
      ("sep=,\na,b,\"c,d\"\n1,\"x\ny\",\"say \"\"hi\"\"\"\n", Character(",")),
    ])
  func delimiters(text: String, delimiter: Character) {
    let (found, records) = DelimitedText.read(text)
    #expect(found == delimiter)
    #expect(records.count == 2)
    #expect(records[0] == ["a", "b", "c" + String(delimiter) + "d"])
    #expect(records[1][0] == "1")
    #expect(records[1][1].split(whereSeparator: \.isNewline) == ["x", "y"])
    #expect(records[1][2] == "say \"hi\"")
  }

  @Test("Excel day numbers are the dates Excel shows, in both date systems")
  func excelDates() {
    #expect(ExcelDate.text(serial: 46_022, date1904: false) == "31/12/2025")
    #expect(ExcelDate.text(serial: 46_387, date1904: false) == "31/12/2026")
    #expect(ExcelDate.text(serial: 1, date1904: false) == "01/01/1900")
    #expect(ExcelDate.text(serial: 61, date1904: false) == "01/03/1900")
    #expect(ExcelDate.text(serial: 0, date1904: true) == nil)
    #expect(ExcelDate.text(serial: 44_925, date1904: true) == "31/12/2026")
    #expect(ExcelDate.serial(year: 2026, month: 12, day: 31) == 46_387)
    #expect(ExcelDate.text(serial: .nan, date1904: false) == nil)
  }

  @Test("Cell names read and write; names beyond Excel's grid are refused")
  func cellReferences() {
    #expect(CellReference("C7") == CellReference(row: 7, column: 3))
    #expect(CellReference("$AA$10") == CellReference(row: 10, column: 27))
    #expect(CellReference(row: 10, column: 27).name == "AA10")
    for bad in ["", "7C", "C", "ABCD1", "A12345678", "A0"] { #expect(CellReference(bad) == nil) }
  }

  @Test("File kinds are told from content, whatever the name says")
  func kinds() throws {
    #expect(DocumentKind.sniff(Data("%PDF-1.7".utf8)) == .pdf)
    #expect(
      DocumentKind.sniff(Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])) == .legacyOffice)
    #expect(DocumentKind.sniff(Data([0x89, 0x50, 0x4E, 0x47, 0x0D])) == .image)
    #expect(DocumentKind.sniff(Data("{\\rtf1".utf8)) == .rtf)
    #expect(DocumentKind.sniff(try PackageWriter.zip([("a.txt", "x")])) == .zip)
    let docx = try WordDocumentWriter().data([.paragraph(WordParagraph("x"))])
    #expect(DocumentKind.sniff(docx) == .docx)
    let xlsx = try WorkbookWriter().data([SheetContent(name: "S", header: ["a"], rows: [])])
    #expect(DocumentKind.sniff(xlsx) == .xlsx)
  }

  @Test(
    "Files that are not plans are refused saying what they are and what to do",
    arguments: [
      (Data("%PDF-1.4 ...".utf8), "PDF"),
      (Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]), "Save As"),
      (Data([0xFF, 0xD8, 0xFF, 0xE0]), "scan"),
      (Data(), "empty"),
      // A zip named .docx is a damaged document (trial: told to unzip it).
      (Data([0x50, 0x4B, 0x03, 0x04, 1, 2, 3]), "damaged"),
      (Data([0x53, 0xE1, 0xBB, 0x20, 0xF5, 0x6E]), "UTF-8"),
    ])
  func refusals(data: Data, says: String) throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("plan-\(UUID().uuidString).docx").path
    _ = FileManager.default.createFile(atPath: path, contents: data)
    defer { try? FileManager.default.removeItem(atPath: path) }
    do {
      _ = try PlanFile.read(path)
      Issue.record("read a file that is not a plan")
    } catch let error as LedgerError {
      let message = error.message(.en)
      #expect(message.contains(says), "\(message)")
      #expect(message.contains("Nothing was imported"))
      #expect(!message.contains("UTF-8 text;"), "the old false message")
      #expect(!error.message(.vi).isEmpty)
    }
  }

  @Test("A damaged .docx names the broken part")
  func damagedPart() throws {
    let good = try WordDocumentWriter().data([.paragraph(WordParagraph("x"))])
    let package = try OfficePackage(data: good, kind: .docx)
    var parts: [(String, String)] = []
    for entry in package.archive {
      let text = String(decoding: try package.part(entry.path) ?? Data(), as: UTF8.self)
      parts.append(
        (
          entry.path,
          entry.path == "word/document.xml"
            ? text.replacingOccurrences(of: "</w:body>", with: "<w:p a=\"") : text
        ))
    }
    #expect(throws: DocumentError.damaged(.docx, part: "word/document.xml")) {
      try WordDocument.read(try PackageWriter.zip(parts))
    }
  }

  @Test(
    "A part whose tag or attribute name holds bytes that are not UTF-8 is refused, not a crash",
    arguments: [
      Array(#"<w:document xmlns:w="x"><l:spt"#.utf8) + [0xE1] + Array(#":r/></w:document>"#.utf8),
      Array(#"<w:document xmlns:w="x"><w:p a"#.utf8) + [0xE1] + Array(#"="1"/></w:document>"#.utf8),
    ])
  func notUTF8(bytes: [UInt8]) {
    // Found by the fuzz: a flipped byte in word/document.xml made Foundation's parser trap.
    #expect(throws: DocumentError.damaged(.docx, part: "word/document.xml")) {
      try XMLReading.parse(
        Data(bytes), with: WordBodyReader(), kind: .docx, part: "word/document.xml")
    }
  }
}
