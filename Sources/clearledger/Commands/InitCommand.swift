import ArgumentParser
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
      let ledger = try Ledger.create(
        at: environment.path, clock: environment.clock, timeZone: timezone)
      if environment.json {
        JSONOutput.print(["path": ledger.path, "timezone": timezone])
      } else {
        print(
          environment.language.pick(
            vi: "Đã tạo sổ \(ledger.path) (múi giờ \(timezone)).",
            en: "Created the ledger \(ledger.path) (time zone \(timezone))."))
      }
    }
  }
}
