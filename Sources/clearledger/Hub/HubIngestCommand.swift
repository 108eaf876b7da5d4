import ArgumentParser
import Foundation
import LedgerCore
import LedgerHub

/// `clearledger hub ingest SOURCE FILE.jsonl`, or `--dir DIR`: takes communes' `events export`.
struct HubIngestCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ingest",
    abstract: "Take a commune's `events export` into the hub, all or nothing.",
    discussion: """
      The file must continue what the hub holds of the source: where it overlaps, every event \
      must be the one the hub already has, else nothing is written and the first differing \
      position is named (the commune's history was rewritten). Ingesting the same file again \
      adds nothing; a grown export adds only its new events. Each new signed event's \
      signature must hold for a key the source registered before it. A source added with \
      --key must send `events export --with-proofs`: the checkpoint must be signed by that key \
      and each line's proof lead to its root; a line that fails is refused by number.

      With --dir, every file SOURCE.jsonl in the folder is the export of the source SOURCE: \
      each is taken in its own transaction, several at once (one connection per core), the \
      results reported in name order. A file that is refused writes nothing and is named \
      with its reason; the others are still taken, and the exit status is then that of the \
      first refusal (in name order). Every other file (xa-1.json, xa-1.JSONL, notes.txt) is \
      named on standard error with why it was skipped; a folder with no SOURCE.jsonl file is \
      refused. A file with no event is refused: an export always holds its ledger's first \
      events.
      """)

  @OptionGroup var options: HubOptions

  @Argument(help: "The source the file is from (not with --dir).", transform: HubSource.typedID)
  var source: String?

  @Argument(help: "The events file (`clearledger events export`; not with --dir).")
  var file: String?

  @Option(
    help: ArgumentHelp(
      "A folder of exports named SOURCE.jsonl, each taken for its source.", valueName: "dir"))
  var dir: String?

  func validate() throws {
    if dir != nil {
      guard source == nil, file == nil else {
        throw ValidationError("Give either SOURCE FILE or --dir DIR, not both.")
      }
    } else {
      guard source != nil, file != nil else {
        throw ValidationError("Give the source and its events file, or --dir DIR.")
      }
    }
  }

  func run() async throws {
    // One file is read and checked while the hub's session starts: a file that cannot be read
    // is refused before the hub is waited for.
    var prepared: PreparedFile?
    let check = { (environment: LedgerEnvironment) in
      if dir == nil {
        prepared = try Self.prepare(file: file ?? "", now: environment.clock.now())
      }
    }
    try await HubRunner.run(options, checking: check) { context in
      guard let dir else {
        try await Self.refuseFileOfAnotherSource(file ?? "", source: source ?? "", context)
        let result = try await context.hub.ingest(
          source: source ?? "",
          prepared: prepared ?? Self.prepare(file: file ?? "", now: context.environment.clock.now())
        )
        if context.json { JSONOutput.print(result) } else { Self.printResult(result, context) }
        return
      }
      let folder = try FolderExports(folder: dir)
      let language = context.language
      if !context.json {
        for (name, skip) in folder.skipped {
          FileHandle.standardError.write(
            Data(
              TerminalText.escaped(
                language.pick(
                  vi: "clearledger: bỏ qua “\(name)”: \(skip.reason(language)).\n",
                  en: "clearledger: skipped “\(name)”: \(skip.reason(language)).\n")
              ).utf8))
        }
      }
      let files = folder.exports
      guard !files.isEmpty else {
        throw LedgerError.noExportInFolder(path: dir, skipped: folder.skipped.map(\.name))
      }
      let now = context.environment.clock.now()
      // The next files are read and checked while the hub writes others, on one connection
      // per core (each file its own transaction); the outcomes come in name order.
      var hubs = [context.hub]
      let outcomes: [FolderIngest.Outcome]
      do {
        for _ in 1..<max(1, min(files.count, Self.connections)) {
          hubs.append(try await Hub.connect(try options.address()))
        }
        outcomes = try await FolderIngest(hubs: hubs, readAhead: Self.readAhead).run(
          files.map { file in
            FolderIngest.File(source: file.source) { try Self.prepare(file: file.path, now: now) }
          })
      } catch {
        for hub in hubs.dropFirst() { await hub.close() }
        throw error
      }
      for hub in hubs.dropFirst() { await hub.close() }
      var results: [IngestResult] = []
      var refusals: [(source: String, error: LedgerError)] = []
      for outcome in outcomes {
        switch outcome {
        case .taken(let result): results.append(result)
        case .refused(let source, let error): refusals.append((source, error))
        }
      }
      if context.json {
        JSONOutput.print(
          FolderJSON(
            taken: results,
            refused: refusals.map {
              .init(
                source: $0.source, code: $0.error.code.rawValue, message: $0.error.message(language)
              )
            },
            skipped: folder.skipped.map { .init(file: $0.name, reason: $0.skip.reason(language)) }))
      } else {
        for result in results { Self.printResult(result, context) }
        let added = results.reduce(0) { $0 + $1.added }
        TerminalText.print(
          FolderSummary(taken: results.count, added: added, refused: refusals.count)
            .sentence(language))
        for refusal in refusals {
          FileHandle.standardError.write(
            Data(
              TerminalText.escaped(
                "clearledger: \(refusal.source): \(refusal.error.message(language))\n"
              ).utf8))
        }
      }
      if let first = refusals.first { throw ExitCode(first.error.category.rawValue) }
    }
  }

  /// How many files of a folder are read and checked ahead of those the hub writes.
  static let readAhead = max(1, ProcessInfo.processInfo.activeProcessorCount)

  /// How many connections write a folder's files at once: one per core.
  static let connections = max(1, ProcessInfo.processInfo.activeProcessorCount)

  /// Reads and checks one file on its own (`PreparedFile`), none of its lines recorded after
  /// the hub's clock (`now`, with `events import`'s leeway).
  static func prepare(file: String, now: Date) throws -> PreparedFile {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: file, isDirectory: &isFolder),
      !isFolder.boolValue, FileManager.default.isReadableFile(atPath: file),
      let reader = try? LineReader(path: file)
    else { throw LedgerError.unreadablePlanFile(file) }
    return PreparedFile(lines: reader, now: now)
  }

  /// Refuses a file named for another source of the hub (`xa-an-binh.jsonl` given to
  /// `xa-hoa-son`), before anything is written: on a keyless source's first ingest nothing
  /// else tells the two apart, and the hub keeps what it took (trial).
  static func refuseFileOfAnotherSource(
    _ file: String, source: String, _ context: HubRunner.Context
  ) async throws {
    let named = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent.lowercased()
    let asked = source.lowercased()
    guard HubSource.isValidID(named), named != asked else { return }
    guard try await context.hub.sources().contains(where: { $0.id == named }) else { return }
    throw LedgerError.fileNamedForAnotherSource(file: file, named: named, source: asked)
  }

  /// Says what one file's ingest did.
  static func printResult(_ result: IngestResult, _ context: HubRunner.Context) {
    let newEvents = Counted.english(result.added, "new event", "new events")
    let held = result.alreadyHeld == 1 ? "1 was" : "\(result.alreadyHeld) were"
    TerminalText.print(
      context.language.pick(
        vi:
          "Đã nhận \(result.added) sự kiện mới của \(result.source); \(result.alreadyHeld) sự kiện đã có. Kho giữ \(result.source) đến vị trí \(result.head).",
        en:
          "Added \(newEvents) of \(result.source); \(held) already held. The hub holds \(result.source) up to position \(result.head)."
      ))
    if let proven = result.proven {
      TerminalText.print(
        context.language.pick(
          vi:
            "Mọi dòng có bằng chứng thuộc mốc kiểm tra \(proven) sự kiện, được ký bằng khóa sổ của \(result.source); \(result.signed) chữ ký sự kiện khớp.",
          en:
            "Every line is proven in the checkpoint of \(Counted.english(Int(proven), "event", "events")) signed by \(result.source)'s ledger key; \(result.signed == 1 ? "1 event signature holds" : "\(result.signed) event signatures hold")."
        ))
    } else if result.signed > 0 {
      TerminalText.print(
        context.language.pick(
          vi: "\(result.signed) chữ ký sự kiện khớp khóa mà nguồn đã đăng ký.",
          en:
            "\(result.signed == 1 ? "1 event signature holds" : "\(result.signed) event signatures hold") for the keys the source registered."
        ))
    }
  }
}

/// What `hub ingest --dir --json` answers: each file taken, and each refused with its reason.
private struct FolderJSON: Encodable {
  struct Refusal: Encodable {
    var source: String
    var code: String
    var message: String
  }
  /// A file of the folder not named SOURCE.jsonl, and why it was not taken.
  struct Skipped: Encodable {
    var file: String
    var reason: String
  }
  var taken: [IngestResult]
  var refused: [Refusal]
  var skipped: [Skipped]
}
