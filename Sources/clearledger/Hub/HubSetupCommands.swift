import ArgumentParser
import Foundation
import LedgerCore
import LedgerHub
import LedgerReports

/// `clearledger hub init`: creates or updates the hub's schema.
struct HubInitCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Create the hub's tables in a PostgreSQL database, or bring them up to date.")

  @OptionGroup var options: HubOptions

  func run() async throws {
    try await HubRunner.run(options) { context in
      let applied = try await context.hub.migrate()
      let version = try await context.hub.schemaVersion()
      if context.json {
        JSONOutput.print(InitJSON(applied: applied, version: version))
      } else if applied.isEmpty {
        print(
          context.language.pick(
            vi: "Kho tổng hợp đã ở phiên bản \(version); không cần thay đổi.",
            en: "The hub is already at version \(version); nothing to change."))
      } else {
        print(
          context.language.pick(
            vi: "Đã tạo kho tổng hợp (phiên bản \(version)) tại \(context.hub.place).",
            en: "Created the hub (version \(version)) at \(context.hub.place)."))
      }
    }
  }
}

/// What `hub init --json` answers: the migrations applied now and the version reached.
private struct InitJSON: Encodable {
  var applied: [Int]
  var version: Int
}

/// `clearledger hub add-source SOURCE --name NAME [--key PUBKEY]`.
struct HubAddSourceCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add-source",
    abstract: "Register a commune's ledger as a source of the hub.")

  @OptionGroup var options: HubOptions

  @Argument(help: "The source's short name in the hub, such as xa-chi-minh.")
  var source: String

  @Option(help: ArgumentHelp("The commune's name, such as “Xã Chí Minh”.", valueName: "name"))
  var name: String

  @Option(help: ArgumentHelp("The key the commune signs its checkpoints with.", valueName: "key"))
  var key: String?

  func run() async throws {
    try await HubRunner.run(options) { context in
      let added = try await context.hub.addSource(source, name: name, publicKey: key)
      if context.json {
        JSONOutput.print(added)
      } else {
        print(
          context.language.pick(
            vi: "Đã thêm nguồn \(added.id) — \(added.name).",
            en: "Added the source \(added.id) — \(added.name)."))
      }
    }
  }
}

/// `clearledger hub ingest SOURCE FILE.jsonl`: takes a commune's `events export`.
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
      """)

  @OptionGroup var options: HubOptions

  @Argument(help: "The source the file is from.")
  var source: String

  @Argument(help: "The events file (`clearledger events export`).")
  var file: String

  func run() async throws {
    try await HubRunner.run(options) { context in
      guard FileManager.default.isReadableFile(atPath: file),
        let reader = try? LineReader(path: file)
      else { throw LedgerError.unreadablePlanFile(file) }
      let result = try await context.hub.ingest(source: source, lines: reader)
      if context.json {
        JSONOutput.print(result)
      } else {
        print(
          context.language.pick(
            vi:
              "Đã nhận \(result.added) sự kiện mới của \(result.source); \(result.alreadyHeld) sự kiện đã có. Kho giữ \(result.source) đến vị trí \(result.head).",
            en:
              "Added \(result.added) new events of \(result.source); \(result.alreadyHeld) were already held. The hub holds \(result.source) up to position \(result.head)."
          ))
        if let proven = result.proven {
          print(
            context.language.pick(
              vi:
                "Mọi dòng có bằng chứng thuộc mốc kiểm tra \(proven) sự kiện, được ký bằng khóa sổ của \(result.source); \(result.signed) chữ ký sự kiện khớp.",
              en:
                "Every line is proven in the checkpoint of \(proven) events signed by \(result.source)'s ledger key; \(result.signed) event signatures hold."
            ))
        } else if result.signed > 0 {
          print(
            context.language.pick(
              vi: "\(result.signed) chữ ký sự kiện khớp khóa mà nguồn đã đăng ký.",
              en: "\(result.signed) event signatures hold for the keys the source registered."))
        }
      }
    }
  }
}

/// `clearledger hub sources`: the sources and how much of each the hub holds.
struct HubSourcesCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sources", abstract: "List the hub's sources and how many events of each it holds."
  )

  @OptionGroup var options: HubOptions

  func run() async throws {
    try await HubRunner.run(options) { context in
      let sources = try await context.hub.sources()
      if context.json {
        JSONOutput.print(sources)
        return
      }
      let l = context.language
      var table = TextTable(
        headers: [
          l.pick(vi: "Nguồn", en: "Source"), l.pick(vi: "Tên", en: "Name"),
          l.pick(vi: "Sự kiện", en: "Events"),
        ])
      table.rows = sources.map { [$0.id, $0.name, "\($0.events)"] }
      print(table.render())
    }
  }
}
