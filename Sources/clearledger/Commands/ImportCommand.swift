import ArgumentParser
import Foundation
import LedgerCore
import LedgerStore
import SwiftCSV

/// `clearledger import FILE`: turn a plan document into ledger events.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import a plan (Kế hoạch): its units and the tasks of its appendix tables.",
    discussion: """
      Reads the plan's text as it comes: tab-separated appendix tables (PHỤ LỤC I, II…), \
      section rows (I, II… or A, B…), numbered task rows, and rows a page break split in two. \
      A .csv file is read as one table with the same columns. Columns are recognised by \
      meaning ("Kết quả" or "Sản phẩm", "Thời gian hoàn thành" or "Thời hạn"…).

      Task ids come from appendix, section and row: PL1-I-1. Deadlines such as "Tháng 6/2026", \
      "Quý II/2026", "trước ngày 30/11/2026", "Năm 2026", "6 tháng đầu năm 2026", \
      "Thường xuyên" and "Hàng năm" are read; a row whose deadline cannot be read stops the \
      import (nothing is written) unless --lenient records it with no deadline.

      A plan with a blank number ("Số: /KH-UBND") is recorded as a draft unless --number is \
      given. Importing the same plan again creates nothing. If the plan replaces an earlier \
      one that is in the ledger, that plan's open tasks end as superseded.

      Example: clearledger import ke-hoach.txt --number 49/KH-UBND --issued 12/02/2026
      """)

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The plan file: text (.txt, .md) or .csv.")
  var file: String

  @Option(
    help: ArgumentHelp(
      "The plan's number, e.g. 49/KH-UBND, when the text leaves it blank.", valueName: "number"))
  var number: String?

  @Option(help: ArgumentHelp("The plan's date, when the text leaves it blank.", valueName: "date"))
  var issued: String?

  @Option(
    help: ArgumentHelp(
      "The day the assignments take effect. Default: the plan's date, else today.",
      valueName: "date"))
  var on: String?

  @Option(
    help: ArgumentHelp("Put before every task id, e.g. KH49 → KH49-PL1-I-1.", valueName: "prefix"))
  var prefix: String?

  @Flag(help: "Record rows whose deadline cannot be read as having no deadline (check flags them).")
  var lenient = false

  @Flag(help: "Show what would be created and write nothing.")
  var dryRun = false

  func run() throws {
    try CommandRunner.run(global) { environment in
      let parsed = try PlanFile.read(file)
      let ledger = try dryRun ? environment.readLedger() : environment.openLedger()
      let options = PlanImportOptions(
        number: number, issued: try environment.date(issued), prefix: prefix, lenient: lenient)
      let outcome = try PlanImportRun(ledger: ledger, parsed: parsed, options: options)
        .execute(
          actor: environment.actor, effective: try environment.date(on), dryRun: dryRun)
      if environment.json {
        JSONOutput.print(outcome.json)
      } else {
        print(PlanImportText(language: environment.language).render(outcome))
      }
    }
  }
}

/// Reads a plan file: UTF-8 text, or CSV records.
enum PlanFile {
  static func read(_ path: String) throws -> ParsedPlan {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw LedgerError.unreadablePlanFile(path)
    }
    guard let text = String(data: data, encoding: .utf8), !text.contains("\u{0}") else {
      throw LedgerError.unreadablePlanFile(path)
    }
    if path.lowercased().hasSuffix(".csv") {
      guard let csv = try? EnumeratedCSV(string: text, delimiter: .comma, loadColumns: false) else {
        throw LedgerError.unreadablePlanFile(path)
      }
      let title = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
      return try PlanParser.parse(records: [csv.header] + csv.rows, title: title)
    }
    return try PlanParser.parse(text: text)
  }
}
