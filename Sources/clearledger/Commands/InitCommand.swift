import ArgumentParser
import Foundation
import LedgerCore
import LedgerStore

/// `clearledger init`: creates an empty ledger file.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Create a new, empty ledger file.",
    discussion: "Refuses to touch a file that already exists.")

  @OptionGroup var global: GlobalOptions

  @Option(
    help: ArgumentHelp(
      "Time zone that decides which day \"today\" is, for everyone using this ledger.",
      valueName: "zone"))
  var timezone = Ledger.defaultTimeZone

  func run() throws {
    try CommandRunner.run(global) { environment in
      // The ledger's own key is kept beside it; an old one is never taken over.
      let keyPath = LedgerKeyFile.path(for: environment.path)
      guard
        !FileManager.default.fileExists(atPath: keyPath)
          || FileManager.default.fileExists(atPath: environment.path)
      else {
        throw LedgerError.keyFileExists(path: keyPath)
      }
      let ledger = try Ledger.create(
        at: environment.path, clock: environment.clock, timeZone: timezone)
      let key = try LedgerKeyFile.make(for: ledger.path).verifier
      if environment.json {
        JSONOutput.print([
          "path": ledger.path, "timezone": timezone, "ledger_key": key.description,
          "ledger_key_file": keyPath,
        ])
      } else {
        print(
          environment.language.pick(
            vi:
              "Đã tạo sổ \(ledger.path) (múi giờ \(timezone)); khóa sổ ở \(keyPath) (quyền 0600, giữ cùng sổ nhưng không để lộ).",
            en:
              "Created the ledger \(ledger.path) (time zone \(timezone)); its ledger key is in \(keyPath) (mode 0600: keep it with the ledger, never share it)."
          ))
      }
    }
  }
}
