import ArgumentParser
import LedgerCore
import LedgerStore

/// `clearledger check`: judge every task against the five clears.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Judge every task against the five clears, with reasons, then totals.",
    discussion: """
      For each task: rõ người (someone holds the accountable role on the due day, and the lead \
      unit has a head), rõ việc (a task, not a heading or an exhortation), rõ thời gian (a \
      deadline, or a yearly reporting day for ongoing work), rõ trách nhiệm (one lead; \
      coordinating units named, not "Các đơn vị liên quan"), rõ kết quả (a checkable product, \
      not a bare "Báo cáo"). Cancelled and superseded tasks are left out. The rules and their \
      wording are in Sources/LedgerCore/Checks/FiveClearRules.swift.
      """)

  @OptionGroup var global: GlobalOptions

  @OptionGroup var time: TimeOptions

  @Option(help: ArgumentHelp("Only tasks of this plan (number or draft id).", valueName: "plan"))
  var plan: String?

  func run() throws {
    try CommandRunner.run(global) { environment in
      let ledger = try environment.readLedger()
      var board = try time.board(ledger, environment)
      if let plan {
        board = board.filtered { $0.task.plan == plan }
      }
      let check = FiveClearCheck(board: board)
      let receipt = ReceiptCheck(board: board)
      if environment.json {
        var json = CheckJSON(check, day: board.day)
        json.unacknowledged = receipt.late.map(ReceiptJSON.init)
        JSONOutput.print(json)
      } else {
        TerminalText.print(
          CheckText(language: environment.language, day: board.day, knownAt: time.knownAtShown)
            .render(check)
            + ReceiptText(language: environment.language).render(receipt))
      }
    }
  }
}
