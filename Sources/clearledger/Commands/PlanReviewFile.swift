import Foundation
import LedgerCore
import LedgerReports
import LedgerStore
import OfficeDocuments
import PlanDocuments

/// The review file of `import --review` and `import --from-review`: a CSV for Excel (UTF-8 with
/// a byte-order mark), one row per task as read, corrected by a person and read back exactly.
enum PlanReviewFile {
  /// Writes the rows of a (dry-run) import, with units named rather than coded.
  static func write(_ outcome: PlanImportRun.Outcome, ledger: Ledger, to path: String) throws {
    let names = Dictionary(
      try ledger.units().map { ($0.code.rawValue, $0.name) }, uniquingKeysWith: { a, _ in a })
    let records = PlanReview.records(outcome.prepared, name: { names[$0] ?? $0 })
    let text = CSVText.byteOrderMark + records.map(CSVText.line).joined(separator: "\r\n") + "\r\n"
    try OutputFile.write(Data(text.utf8), to: path)
  }

  /// Reads a corrected review, whatever delimiter Excel saved it with.
  static func read(_ path: String) throws -> (PlanRegistered, [PlanReview.Row]) {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw LedgerError.planFileRefused(path: path, problem: .missing)
    }
    let text: String
    do {
      text = try PlainText.decode(data)
    } catch let error as DocumentError {
      throw LedgerError.planFileRefused(path: path, problem: PlanFile.problem(error))
    }
    let records = DelimitedText.read(text).records.map { record in
      record.map { field -> String in
        // Undo the apostrophe that keeps a spreadsheet from running a field as a formula.
        guard field.hasPrefix("'"), let next = field.dropFirst().first, "=+-@".contains(next)
        else { return field }
        return String(field.dropFirst())
      }
    }
    return try PlanReview.read(records)
  }
}
