import ArgumentParser
import LedgerCore
import LedgerJSON
import LedgerStore

/// `clearledger history TASK`: one task's (or unit's) events, who recorded them and when.
struct HistoryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "history",
    abstract:
      "Show every event of one task or unit: what, on which day, recorded when and by whom.",
    discussion: """
      Each line starts with the event's position (#) and version in its stream; the version is \
      what --expect-version checks. Retracted events are shown, marked.
      """)

  @OptionGroup var global: GlobalOptions

  @Argument(help: "A task id, or a unit's code or name.")
  var subject: String

  func run() throws {
    try CommandRunner.run(global) { environment in
      let ledger = try environment.readLedger()
      var entries: [HistoryEntry] = []
      if let id = try ledger.taskID(typed: subject) {
        entries = try ledger.history(of: .task(id))
      }
      if entries.isEmpty, let unit = try ledger.unit(named: subject) {
        entries = try ledger.history(of: .unit(unit.code))
      }
      guard !entries.isEmpty else { throw LedgerError.unknownTask(subject) }
      if environment.json {
        JSONOutput.print(entries.map(EventJSON.init))
        return
      }
      let phrase = EventPhrase(
        language: environment.language, timeZone: ledger.timeZone,
        titles: try ledger.taskTitles())
      for entry in entries {
        TerminalText.print("v\(entry.event.version) " + phrase.line(entry))
      }
    }
  }
}
