import ArgumentParser
import Foundation
import LedgerCore
import LedgerJSON
import LedgerStore

/// `clearledger replay [--until TIME]`: the whole log as lines a person reads.
struct ReplayCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "replay",
    abstract: "Print the whole history in the order it was recorded.",
    discussion: """
      --until shows the log as it stood at that moment (by recorded time): an instant \
      (2026-07-05T09:00:00+07:00) or a day (05/07/2026, meaning the end of that day). With \
      --json, one JSON object per line.
      """)

  @OptionGroup var global: GlobalOptions

  @Option(help: ArgumentHelp("Only events recorded up to this time.", valueName: "time"))
  var until: String?

  func run() throws {
    try CommandRunner.run(global) { environment in
      let ledger = try environment.readLedger()
      let limit = try until.map { try environment.instant($0, timeZone: ledger.timeZone) }
      let phrase = EventPhrase(
        language: environment.language, timeZone: ledger.timeZone,
        titles: try ledger.taskTitles())
      var count = 0
      try ledger.replay(until: limit) { entry in
        count += 1
        if environment.json {
          let encoder = JSONEncoder()
          encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
          encoder.keyEncodingStrategy = .convertToSnakeCase
          print(String(decoding: try encoder.encode(EventJSON(entry)), as: UTF8.self))
        } else {
          TerminalText.print(phrase.line(entry))
        }
      }
      if count == 0 && !environment.json {
        print(environment.language.pick(vi: "Sổ chưa có sự kiện nào.", en: "The ledger is empty."))
      }
    }
  }

}
