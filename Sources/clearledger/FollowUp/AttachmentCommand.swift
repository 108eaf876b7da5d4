import ArgumentParser
import Foundation
import LedgerCore
import LedgerStore

/// `clearledger attachment get HASH --out FILE`: an evidence file, byte for byte.
struct AttachmentCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "attachment",
    abstract: "Get back an evidence file kept in the ledger.",
    subcommands: [AttachmentGet.self])
}

/// `clearledger attachment get HASH --out FILE`.
struct AttachmentGet: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "get",
    abstract: "Write the evidence file with this SHA-256 (from `history`), byte-identical.")

  @OptionGroup var global: GlobalOptions
  @Argument(
    help: "The file's SHA-256, as `history --json` names it, or its first 8 or more digits.")
  var hash: String
  @Option(help: ArgumentHelp("The file to write.", valueName: "file")) var out: String

  func run() throws {
    try CommandRunner.run(global) { environment in
      let ledger = try environment.readLedger()
      try OutputFile.write(try ledger.attachment(hash), to: out)
      if environment.json {
        JSONOutput.print(["sha256": hash, "out": out])
      } else {
        TerminalText.print(environment.language.pick(vi: "Đã ghi \(out).", en: "Wrote \(out)."))
      }
    }
  }
}
