import ArgumentParser
import Foundation
import LedgerCore
import LedgerReports
import LedgerStore

/// `clearledger yearly`: the report each unit sends on the plan before 30/11.
struct YearlyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "yearly",
    abstract:
      "Write the yearly report a unit owes on the plan (Markdown, CSV, HTML, Word or Excel).",
    discussion: """
      Per task the unit leads or supports: the five clears, status and bucket, the result \
      delivered with its evidence, the reports filed in the year, extensions with their \
      reasons, and for overdue tasks the latest explanation. Vietnamese by default, English \
      with --lang en. The HTML needs no network and prints on A4.

      --format docx writes a Báo cáo as Decree 30/2020 lays it out (Quốc hiệu, Tiêu ngữ, the \
      issuing body and number, place and date, Nơi nhận, the signer; Times New Roman on A4); \
      --format xlsx a workbook with dates as dates and counts as numbers. Both need --out.

      Example: clearledger yearly --year 2026 --unit VHXH --format html > bao-cao-2026.html
      Example: clearledger yearly --year 2026 --unit VHXH --format docx --out bao-cao.docx \
      --number 12/BC-VHXH --signer "Nguyễn Văn An" --signer-title "Trưởng phòng"
      """)

  @OptionGroup var global: GlobalOptions

  @Option(help: ArgumentHelp("The year reported on.", valueName: "year")) var year: Int

  @Option(help: ArgumentHelp("The reporting unit. Default: every task.", valueName: "unit"))
  var unit: String?

  @Option(help: ArgumentHelp("md, csv, html, docx or xlsx.", valueName: "format"))
  var format: Format = .md

  @Option(help: ArgumentHelp("The file to write (docx and xlsx need one).", valueName: "file"))
  var out: String?

  @Option(help: ArgumentHelp("The report's number, e.g. 12/BC-UBND.", valueName: "number"))
  var number: String?

  @Option(help: ArgumentHelp("The signer's full name.", valueName: "name")) var signer: String?

  @Option(
    help: ArgumentHelp(
      "The signer's title, e.g. \"Chủ tịch\". Default: Thủ trưởng đơn vị for a unit, TM. Ủy ban nhân dân / Chủ tịch for the commune.",
      valueName: "title"))
  var signerTitle: String?

  @Option(
    help: ArgumentHelp(
      "The issuing body. Default: the unit's name under the plan's issuer, or for the whole commune the plan's issuer (UBND xã Chí Minh → Ủy ban nhân dân xã Chí Minh).",
      valueName: "name"))
  var issuer: String?

  @Option(help: ArgumentHelp("The place before the date, e.g. Chí Minh.", valueName: "place"))
  var place: String?

  @Option(
    help: ArgumentHelp(
      "Report the state on this day. Default: the year's end, or today.", valueName: "date"))
  var asOf: String?

  /// The output formats.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case md, csv, html, docx, xlsx
  }

  func validate() throws {
    // A document, not an answer for programs (trial: `--json` wrote Markdown and exit 0).
    if global.json {
      throw ValidationError(
        "yearly writes a document, not JSON: for programs use --format csv, or `clearledger status --json` for the same lines."
      )
    }
    if [.docx, .xlsx].contains(format), out == nil {
      throw ValidationError("--format \(format.rawValue) writes a file: give --out FILE.")
    }
  }

  func run() throws {
    try CommandRunner.run(global) { environment in
      try PlausibleYear.check(year)
      let ledger = try environment.readLedger()
      var found: UnitState?
      if let unit {
        guard let named = try ledger.unit(named: unit) else {
          throw LedgerError.unknownUnit(unit, among: try ledger.units())
        }
        found = named
      }
      let report = try ledger.yearlyReport(
        year: year, unit: found, asOf: try environment.date(asOf))
      // The report is a document: Vietnamese unless English is asked for explicitly.
      let data = try YearlyReportFormat(rawValue: format.rawValue)!.data(
        report, language: global.lang ?? .vi,
        letterhead: .init(
          issuer: issuer, number: number, place: place, signer: signer, signerTitle: signerTitle,
          planIssuer: try ledger.plans().compactMap(\.registration.issuer).last,
          dated: ledger.today()))
      if let out {
        try OutputFile.write(data, to: out)
      } else {
        TerminalText.print(String(decoding: data, as: UTF8.self))
      }
    }
  }
}
