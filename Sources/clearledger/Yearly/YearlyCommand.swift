import ArgumentParser
import LedgerCore
import LedgerStore

/// `clearledger yearly`: the report each unit sends on the plan before 30/11.
struct YearlyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "yearly",
    abstract: "Write the yearly report a unit owes on the plan (Markdown, CSV or HTML).",
    discussion: """
      Per task the unit leads or supports: the five clears, status and bucket, the result \
      delivered with its evidence, the reports filed in the year, extensions with their \
      reasons, and for overdue tasks the latest explanation. Vietnamese by default, English \
      with --lang en. The HTML needs no network and prints on A4.

      Example: clearledger yearly --year 2026 --unit VHXH --format html > bao-cao-2026.html
      """)

  @OptionGroup var global: GlobalOptions

  @Option(help: ArgumentHelp("The year reported on.", valueName: "year")) var year: Int

  @Option(help: ArgumentHelp("The reporting unit. Default: every task.", valueName: "unit"))
  var unit: String?

  @Option(help: ArgumentHelp("md, csv or html.", valueName: "format")) var format: Format = .md

  @Option(
    help: ArgumentHelp(
      "Report the state on this day. Default: the year's end, or today.", valueName: "date"))
  var asOf: String?

  /// The output formats.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case md, csv, html
  }

  func run() throws {
    try CommandRunner.run(global) { environment in
      let ledger = try environment.readLedger()
      var found: UnitState?
      if let unit {
        guard let named = try ledger.unit(named: unit) else { throw LedgerError.unknownUnit(unit) }
        found = named
      }
      let report = try ledger.yearlyReport(
        year: year, unit: found, asOf: try environment.date(asOf))
      // The report is a document: Vietnamese unless English is asked for explicitly.
      let language = global.lang ?? .vi
      let renderer = YearlyReportText(language: language, report: report)
      switch format {
      case .md: print(renderer.markdown())
      case .csv: print(renderer.csv())
      case .html: print(YearlyReportHTML(text: renderer).html())
      }
    }
  }
}
