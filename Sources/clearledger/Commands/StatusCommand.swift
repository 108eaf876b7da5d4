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
      ledger answers with what it knew then: a completion recorded later does not count yet.
      """)

  @OptionGroup var global: GlobalOptions
  @OptionGroup var time: TimeOptions

  @Option(help: ArgumentHelp("Only tasks this unit leads or supports.", valueName: "unit"))
  var unit: String?

  func run() throws {
    try CommandRunner.run(global) { environment in
      let ledger = try environment.readLedger()
      let board = try time.board(ledger, environment)
      var tasks = board.tasks
      if let unit {
        guard let found = try ledger.unit(named: unit) else { throw LedgerError.unknownUnit(unit) }
        tasks = tasks.filter {
          $0.task.leadUnit == found.code || $0.task.supportingUnits.contains(found.code)
        }
      }
      if environment.json {
        JSONOutput.print(tasks.map(TaskJSON.init))
      } else {
        TerminalText.print(BoardText(language: environment.language, day: board.day).status(tasks))
      }
    }
  }
}
