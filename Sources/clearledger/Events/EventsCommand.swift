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
      A new ledger that imports a file reproduces the source exactly: same hashes, `verify` passes. \
      `events import --foreign SOURCE` instead records another system's facts as new events of \
      this ledger, skipping those already imported.
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
  @Flag(
    help:
      "Sign a checkpoint first and give each event its inclusion proof (for `events import --foreign` at a ledger that registered this one with `source add`)."
  )
  var withProofs = false

  func run() throws {
    try CommandRunner.run(global) { environment in
      var out = StandardOutput.Writer()
      if withProofs {
        let ledger = try environment.openLedger()
        let key = try environment.ownLedgerKey()
        try ledger.exportProvenEvents(key: key, since: since, until: until) { line in
          try out.write(line + "\n")
        }
      } else {
        try environment.readLedger().exportEvents(since: since, until: until) { line in
          try out.write(line + "\n")
        }
      }
      try out.flush()
    }
  }
}

/// `clearledger events import FILE.jsonl [--foreign SOURCE]`.
struct EventsImport: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Append a JSON Lines file to this ledger, all or nothing.",
    discussion: """
      Exact mode (the default) restores or moves a ledger: every line must be the next \
      position, chain onto the hash before it, carry a known event type and version, and hash \
      to what it states. Use it on a new ledger (`clearledger init`) to restore a backup.

      With --foreign SOURCE, the file is another system's export (Schemas/foreign-fact.v1.schema.json; \
      a ClearLedger events file is one too): each fact goes through this ledger's own rules, \
      as the command that records it would, and becomes a new event recorded by --actor now, \
      its payload keeping the source's identity under "origin". A fact whose SOURCE and id are \
      already here is skipped, so importing the same export twice adds nothing.

      Either way, the first line that cannot be taken is named and nothing is written.

      Examples:
        clearledger init --db restored.sqlite && clearledger events import backup.jsonl --db restored.sqlite
        clearledger events import xa-hoa-binh.jsonl --foreign xa-hoa-binh --actor "Văn phòng huyện"
      """)

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The .jsonl file.") var file: String
  @Option(
    help: ArgumentHelp(
      "Record the file's facts as new events from this source system, skipping those already imported.",
      valueName: "source"))
  var foreign: String?
  @Flag(help: "No progress on the terminal.") var quiet = false

  func run() throws {
    try CommandRunner.run(global) { environment in
      let ledger = try environment.openLedger()
      guard FileManager.default.isReadableFile(atPath: file),
        let reader = try? LineReader(path: file)
      else { throw LedgerError.unreadablePlanFile(file) }
      let showProgress = !quiet && isatty(STDERR_FILENO) == 1
      let bar = FileProgress(path: file)
      let lines = bar.counting(reader)
      let progress: (Int) -> Void = { done in
        if showProgress {
          let label = environment.language.pick(vi: "sự kiện", en: "events")
          FileHandle.standardError.write(Data("\r\(bar.bar(events: done)) \(label)".utf8))
        }
      }
      /// Runs the import, then clears the bar's line (on success or failure), so that what is
      /// printed next starts on a clean line.
      func finishing<T>(_ body: () throws -> T) throws -> T {
        defer {
          if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        }
        return try body()
      }
      let language = environment.language
      let summary: String
      if let foreign {
        let report = try finishing {
          try ledger.importForeignFacts(
            lines: lines, source: foreign, actor: environment.actor, progress: progress)
        }
        if environment.json {
          JSONOutput.print(["imported": report.imported, "skipped": report.skipped])
          return
        }
        summary = language.pick(
          vi: "Đã ghi \(report.imported) sự kiện từ \(foreign); "
            + "bỏ qua \(report.skipped) sự kiện đã có.",
          en: "Recorded \(report.imported) facts from \(foreign); "
            + "skipped \(report.skipped) already here.")
      } else {
        let count = try finishing { try ledger.importEvents(lines: lines, progress: progress) }
        if environment.json {
          JSONOutput.print(["imported": count])
          return
        }
        summary = language.pick(
          vi: "Đã nhập \(count) sự kiện; chuỗi mã băm liền mạch.",
          en: "Imported \(count) events; the hash chain continues unbroken.")
      }
      print(summary)
    }
  }
}
