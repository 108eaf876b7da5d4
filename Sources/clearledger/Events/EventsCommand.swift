import ArgumentParser
import Foundation
import LedgerCore
import LedgerStore

/// `clearledger events`: the log as JSON Lines files, to back up, move and merge ledgers.
struct EventsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "events",
    abstract: "Export the log as JSON Lines, or append such a file to a ledger.",
    discussion: """
      Each line is one event exactly as stored: position, stream and version, type and schema \
      version, both times, actor, payload, previous hash and hash (Schemas/envelope.v1.schema.json). \
      A new ledger that imports a file reproduces the source exactly: same hashes, `verify` passes.
      """,
    subcommands: [EventsExport.self, EventsImport.self])
}

/// `clearledger events export [--since POS] [--until POS] > FILE.jsonl`.
struct EventsExport: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export", abstract: "Write the log (or a range of positions) as JSON Lines.")

  @OptionGroup var global: GlobalOptions
  @Option(help: ArgumentHelp("First position to write.", valueName: "pos")) var since: Int64 = 1
  @Option(help: ArgumentHelp("Last position to write.", valueName: "pos")) var until: Int64 = .max

  func run() throws {
    try CommandRunner.run(global) { environment in
      let out = FileHandle.standardOutput
      try environment.readLedger().exportEvents(since: since, until: until) { line in
        out.write(Data((line + "\n").utf8))
      }
    }
  }
}

/// `clearledger events import FILE.jsonl`.
struct EventsImport: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Append a JSON Lines file that continues this ledger's chain, all or nothing.",
    discussion: """
      Every line must be the next position, chain onto the hash before it, carry a known event \
      type and version, and hash to what it states; the first line that does not is named, and \
      nothing is written. Use on a new ledger (`clearledger init`) to restore a backup.
      """)

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The .jsonl file.") var file: String
  @Flag(help: "No progress on the terminal.") var quiet = false

  func run() throws {
    try CommandRunner.run(global) { environment in
      let ledger = try environment.openLedger()
      guard FileManager.default.isReadableFile(atPath: file),
        let lines = try? LineReader(path: file)
      else { throw LedgerError.unreadablePlanFile(file) }
      let showProgress = !quiet && isatty(STDERR_FILENO) == 1
      let count = try ledger.importEvents(lines: lines) { done in
        if showProgress {
          FileHandle.standardError.write(Data("\r\(done) events…".utf8))
        }
      }
      if showProgress { FileHandle.standardError.write(Data("\r".utf8)) }
      if environment.json {
        JSONOutput.print(["imported": count])
      } else {
        print(
          environment.language.pick(
            vi: "Đã nhập \(count) sự kiện; chuỗi mã băm liền mạch.",
            en: "Imported \(count) events; the hash chain continues unbroken."))
      }
    }
  }
}
