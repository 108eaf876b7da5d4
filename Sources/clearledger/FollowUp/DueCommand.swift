import ArgumentParser
import LedgerCore
import LedgerStore

/// `clearledger due`: open tasks due within a window and overdue ones, per person who answers.
struct DueCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "due",
    abstract: "List tasks due soon and overdue, per person who answers for them.",
    discussion: """
      Each open task whose deadline falls within --within days (default 7) of today (or \
      --as-of), and every overdue one, is listed under the person holding its accountable \
      head role and under the head of its lead unit, with its deadline, days left or late, \
      and its last report. Yearly and recurring reporting obligations count by the reporting \
      day now owed. Trackers remind 7, 3 and 1 days before a deadline and when it passes: the \
      Reminder column says which of those a task is at (7-day for 4 to 7 days left, 3-day for \
      2 or 3, 1-day for 1, due today, overdue), so the default window holds all three.

      Example:
        clearledger due --within 3 --unit VHXH
      """)

  @OptionGroup var global: GlobalOptions
  @OptionGroup var time: TimeOptions
  @OptionGroup var options: DueOptions

  func run() throws {
    try CommandRunner.run(global) { environment in
      let ledger = try environment.readLedger()
      let list = try options.list(ledger, try time.board(ledger, environment))
      if environment.json {
        JSONOutput.print(DueJSON(list))
      } else {
        TerminalText.print(DueText(language: environment.language, list: list).table())
      }
    }
  }
}
