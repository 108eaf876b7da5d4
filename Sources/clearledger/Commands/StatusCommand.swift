import ArgumentParser
import LedgerCore
import LedgerJSON
import LedgerStore

/// `clearledger status [--unit UNIT]`: every task, its state, bucket and who answers.
struct StatusCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "status",
    abstract: "Show every task with its status, tracker bucket and accountable person.",
    discussion: """
      Buckets, as the Government Office counts: completed on time, completed late, not \
      completed within deadline, overdue, no deadline, cancelled, paused. They are judged on \
      today's date in the ledger's time zone, or on --as-of DATE. With --known-at, the \
      ledger answers with what it knew then: a completion recorded later does not count yet. \
      --format xlsx --out FILE writes the same table as an Excel workbook.
      """)

  @OptionGroup var global: GlobalOptions
  @OptionGroup var time: TimeOptions

  @Option(help: ArgumentHelp("Only tasks this unit leads or supports.", valueName: "unit"))
  var unit: String?

  @OptionGroup var filters: StatusFilterOptions

  @Option(
    help: ArgumentHelp(
      "xlsx writes the table as an Excel workbook (dates as dates) to --out.",
      valueName: "format"))
  var format: Format?

  @Option(help: ArgumentHelp("The file to write (with --format xlsx).", valueName: "file"))
  var out: String?

  /// The file formats besides the terminal table and --json.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case xlsx
  }

  func validate() throws {
    if format != nil, out == nil {
      throw ValidationError("--format xlsx writes a file: give --out FILE.")
    }
    if format == nil, out != nil {
      throw ValidationError("--out needs --format xlsx.")
    }
  }

  func run() throws {
    try CommandRunner.run(global) { environment in
      let ledger = try environment.readLedger()
      let board = try time.board(ledger, environment)
      var tasks = board.tasks
      if let unit {
        guard let found = try ledger.unit(named: unit) else {
          throw LedgerError.unknownUnit(unit, among: try ledger.units())
        }
        // The unit each line charges (an earlier lead keeps a deadline it missed), or a unit
        // that supports the task now.
        tasks = tasks.filter {
          $0.lead == found.code || ($0.isCurrent && $0.task.supportingUnits.contains(found.code))
        }
      }
      tasks = try filters.apply(
        tasks, ledger, environment, day: board.day, knownAt: try time.moment(ledger, environment))
      if format == .xlsx {
        try OutputFile.write(
          try StatusSheet(language: environment.language, day: board.day).workbook(tasks),
          to: out)
      } else if environment.json {
        JSONOutput.print(tasks.map(TaskJSON.init))
      } else {
        TerminalText.print(
          BoardText(language: environment.language, day: board.day, knownAt: time.knownAtShown)
            .status(tasks, before: board.tasks.count))
      }
    }
  }
}
