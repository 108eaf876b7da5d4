import ArgumentParser
import Foundation
import LedgerCore
import LedgerStore
import PlanDocuments

/// `clearledger import FILE`: turn a plan document into ledger events.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import a plan (Kế hoạch): its units and the tasks of its appendix tables.",
    discussion: """
      Reads the plan as offices have it: a Word document (.docx: its heading — number, date, \
      issuer, title — its "Tổ chức thực hiện" and its appendix tables), an Excel workbook \
      (.xlsx: every sheet with a task table, merged cells, section rows), CSV with commas, \
      semicolons or tabs (with or without BOM, quoted line breaks), Excel's "Unicode text" \
      (UTF-16), or plain text with tab-separated tables. Columns are recognised by meaning \
      ("Kết quả" or "Sản phẩm", "Thời gian hoàn thành" or "Thời hạn"…). The file's kind is \
      told from its content, not its name.

      Unit names are matched against the ledger's units, --units, the plan's own list and the \
      offices every commune has before a cell is split on commas or "và"; --dry-run lists \
      every unit the import would create with the cell it came from.

      Task ids come from appendix, section and row: PL1-I-1. Deadlines such as "Tháng 6/2026", \
      "Quý II/2026", "trước ngày 30/11/2026", "Năm 2026", "6 tháng đầu năm 2026", \
      "Thường xuyên", "Hàng năm", "Tháng 12" (the plan's year), "Cả năm", "31.12.2026" and \
      "Định kỳ hằng quý" are read; "Hằng năm" in a plan without a reporting day is recorded \
      with none and flagged (give --reporting-day); a row whose deadline cannot be read stops \
      the import (nothing is written) unless --lenient records it as unreadable, with the \
      plan's words (shown so, never as ongoing; check flags it).

      A plan with a blank number ("Số: /KH-UBND") is recorded as a draft unless --number is \
      given. Importing the same plan again creates nothing. If the plan replaces an earlier \
      one that is in the ledger, that plan's open tasks end as superseded.

      A large plan is reviewed before it is imported: --review FILE.csv writes every row as \
      read (lead, co-leads, a collective lead, coordinators, deadline, result, and what was \
      inferred or flagged) as a UTF-8 CSV with BOM for Excel, and writes nothing to the ledger; \
      --from-review FILE.csv imports the corrected review exactly, without splitting or \
      guessing. Names that hold "và" or a comma ("Bộ Thông tin và Truyền thông", "Văn phòng \
      HĐND và UBND xã") are known from Schemas/unit-names.v1.json; a lead cell naming several \
      units keeps them all as co-leads, and one naming a group ("UBND các xã, phường") is kept \
      as a collective lead with its text: check flags both. A dry run starts with a summary.

      Example: clearledger import ke-hoach.docx --number 49/KH-UBND --issued 12/02/2026
      """)

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The plan file: .docx, .xlsx, .csv, Unicode text, or text (.txt, .md).")
  var file: String?

  @Option(
    help: ArgumentHelp(
      "Write every row as read to this CSV file (UTF-8 with BOM, for Excel) and import nothing.",
      valueName: "file.csv"))
  var review: String?

  @Option(
    name: .customLong("from-review"),
    help: ArgumentHelp(
      "Import a review file written by --review and corrected by a person, exactly as it stands.",
      valueName: "file.csv"))
  var fromReview: String?

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

  @Flag(
    help:
      "Record rows whose deadline cannot be read as unreadable, with the plan's words (check flags them)."
  )
  var lenient = false

  @Option(
    help: ArgumentHelp(
      "A two-column file (CSV or tab-separated): a unit name as the plan writes it, and the code of the registered unit it means.",
      valueName: "file"))
  var units: String?

  @Option(
    help: ArgumentHelp(
      "The yearly reporting day, dd/mm, for a plan whose \"Hằng năm\" tasks name none.",
      valueName: "dd/mm"))
  var reportingDay: String?

  @Flag(help: "Show what would be created and write nothing.")
  var dryRun = false

  func validate() throws {
    if file == nil, fromReview == nil {
      throw ValidationError("Give the plan file to import, or --from-review FILE.csv.")
    }
    guard file == nil || fromReview == nil else {
      throw ValidationError("Give the plan file, or --from-review FILE.csv, not both.")
    }
    if fromReview != nil, review != nil {
      throw ValidationError("--review writes a review of a plan file: not with --from-review.")
    }
  }

  func run() throws {
    try CommandRunner.run(global) { environment in
      let source: PlanImportRun.Source
      switch (file, fromReview) {
      case (let file?, nil): source = .plan(try PlanFile.read(file))
      case (nil, let reviewed?):
        let (registration, rows) = try PlanReviewFile.read(reviewed)
        source = .review(registration, rows)
      default: throw ValidationError("Give the plan file, or --from-review FILE.csv, not both.")
      }
      let writesReview = review != nil
      let ledger = try dryRun || writesReview ? environment.readLedger() : environment.openLedger()
      var day: DayOfYear?
      if let reportingDay {
        guard case .yearly(let d, let m) = Deadline.yearly(parsing: reportingDay) else {
          throw LedgerError.invalidYearlyDate(reportingDay)
        }
        day = DayOfYear(day: d, month: m)
      }
      var options = PlanImportOptions(
        number: number, issued: try environment.date(issued), prefix: prefix, lenient: lenient,
        unitMapping: try units.map(UnitMappingFile.read) ?? [:], reportingDay: day)
      options.review = writesReview
      let outcome = try PlanImportRun(ledger: ledger, source: source, options: options)
        .execute(
          actor: environment.actor, effective: try environment.date(on),
          dryRun: dryRun || writesReview)
      if let review {
        try PlanReviewFile.write(outcome, ledger: ledger, to: review)
        print(PlanImportText(language: environment.language).reviewWritten(outcome, path: review))
        return
      }
      if environment.json {
        JSONOutput.print(outcome.json)
      } else {
        print(PlanImportText(language: environment.language).render(outcome))
      }
    }
  }
}
