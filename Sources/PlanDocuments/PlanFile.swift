import Foundation
import LedgerCore
import OfficeDocuments

/// Reads a plan file of any kind an office has — .docx, .xlsx, CSV, UTF-16 "Unicode text",
/// plain text — told from its content, and refuses the rest saying what the file is.
public enum PlanFile {
  public static func read(_ path: String) throws -> ParsedPlan {
    guard FileManager.default.fileExists(atPath: path) else {
      throw LedgerError.planFileRefused(path: path, problem: .missing)
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw LedgerError.unreadablePlanFile(path)
    }
    do {
      return try parse(
        data,
        name: URL(fileURLWithPath: path).deletingPathExtension()
          .lastPathComponent)
    } catch let error as DocumentError {
      // A file named .docx or .xlsx that reads as some other zip is a damaged document, not
      // an archive to unzip (trial: a truncated workbook was told to be unzipped).
      let kind = URL(fileURLWithPath: path).pathExtension.lowercased()
      if case .otherZip = problem(error), ["docx", "xlsx"].contains(kind) {
        throw LedgerError.planFileRefused(
          path: path, problem: .damaged(kind: kind, part: "[Content_Types].xml"))
      }
      throw LedgerError.planFileRefused(path: path, problem: problem(error))
    }
  }

  /// The plan in `data`, whatever its kind; `name` is its title when it names none.
  public static func parse(_ data: Data, name: String) throws -> ParsedPlan {
    guard !data.isEmpty else { throw DocumentError.empty }
    switch DocumentKind.sniff(data) {
    case .docx:
      return try PlanParser.parse(document: PlanSourceDocument.word(WordDocument.read(data), name))
    case .xlsx:
      return try PlanParser.parse(document: PlanSourceDocument.workbook(Workbook.read(data), name))
    case .text:
      let text = try PlainText.decode(data)
      if let (records, delimiter) = taskTable(text) {
        var document = PlanDocument(blocks: [.table(records)], fallbackTitle: name)
        document.rowLines = DelimitedText.startLines(text, delimiter: delimiter)
        return try PlanParser.parse(document: document)
      }
      return try PlanParser.parse(text: text)
    case let other:
      throw DocumentError.unsupported(other)
    }
  }

  /// The records of a CSV or "Unicode text" sheet exported from Excel, nil for a plan's own text.
  ///
  /// One of its first lines splits on a delimiter into the columns of a task table: a sheet
  /// saved as CSV or as tab-separated text often has the plan's title ("KẾ HOẠCH …") and blank
  /// rows above the header, which are then read as the plan's heading. The delimiter is the one
  /// guessed from the first line that has one; when that one finds no task table (a heading line
  /// above a tab-separated table has a comma in it), tab, semicolon and comma are tried in turn,
  /// so that the heading lines of tab-separated text follow the same rule as a CSV's. A plan's
  /// own text with tab-separated tables inside paragraphs is read as text.
  static func taskTable(_ text: String) -> ([[String]], Character)? {
    let guessed = DelimitedText.read(text)
    if hasTaskHeader(guessed.records) { return (guessed.records, guessed.delimiter) }
    for delimiter: Character in ["\t", ";", ","] where delimiter != guessed.delimiter {
      let records = DelimitedText.read(text, delimiter: delimiter)
      if hasTaskHeader(records) { return (records, delimiter) }
    }
    // A sheet whose header lacks a required column is still a sheet: read as one, its refusal
    // names the headers seen and what is missing (trial: "No task table found").
    for delimiter: Character in [guessed.delimiter, "\t", ";", ","] {
      let records = DelimitedText.read(text, delimiter: delimiter)
      if hasIncompleteHeader(records) { return (records, delimiter) }
    }
    return nil
  }

  /// True when one of the first twelve non-blank records reads as a task table's header that
  /// lacks a required column (`PlanColumns.missing`).
  static func hasIncompleteHeader(_ records: [[String]]) -> Bool {
    records.filter { $0.contains { !$0.isEmpty } }.prefix(12).contains { record in
      record.count >= 3 && PlanColumns.missing(in: record.map { VietnameseText.clean($0) }) != nil
    }
  }

  /// True when one of the first twelve non-blank records is a task table's header.
  static func hasTaskHeader(_ records: [[String]]) -> Bool {
    records.filter { $0.contains { !$0.isEmpty } }.prefix(12).contains { record in
      record.count >= 3 && PlanColumns(header: record.map { VietnameseText.clean($0) }) != nil
    }
  }

  /// The file problem a document error stands for.
  public static func problem(_ error: DocumentError) -> PlanFileProblem {
    switch error {
    case .empty: return .empty
    case .unknownEncoding: return .unknownEncoding
    case .damaged(let kind, let part): return .damaged(kind: kind.rawValue, part: part)
    case .tooLarge(let kind, let part): return .tooLarge(kind: kind.rawValue, part: part)
    case .unsupported(let kind):
      switch kind {
      case .legacyOffice: return .legacyOffice
      case .pdf: return .pdf
      case .image: return .image
      case .rtf: return .rtf
      case .openDocument: return .openDocument
      case .zip, .docx, .xlsx, .text: return .otherZip
      }
    }
  }
}
