import ArgumentParser
import Foundation
import LedgerChain
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
      // Migration 5 leaves the kept rows empty: each source's are folded from its log.
      let refolded = try await context.hub.rebuildKeptRows()
      if context.json {
        JSONOutput.print(InitJSON(applied: applied, version: version, refolded: refolded))
        return
      }
      if !refolded.isEmpty {
        print(
          context.language.pick(
            vi: "Đã dựng lại trạng thái giữ sẵn của \(refolded.count) nguồn từ sổ của từng nguồn.",
            en: "Rebuilt the kept states of \(refolded.count) sources from their logs."))
      }
      if applied.isEmpty {
        print(
          context.language.pick(
            vi: "Kho tổng hợp đã ở phiên bản \(version); không cần thay đổi.",
            en: "The hub is already at version \(version); nothing to change."))
      } else {
        TerminalText.print(
          context.language.pick(
            vi: "Đã tạo kho tổng hợp (phiên bản \(version)) tại \(context.hub.place).",
            en: "Created the hub (version \(version)) at \(context.hub.place)."))
      }
    }
  }
}

/// What `hub init --json` answers: the migrations applied now, the version reached, and the
/// sources whose kept states were rebuilt from their logs.
private struct InitJSON: Encodable {
  var applied: [Int]
  var version: Int
  var refolded: [String]
}

/// `clearledger hub add-source SOURCE --name NAME [--key PUBKEY]`.
struct HubAddSourceCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add-source",
    abstract: "Register a commune's ledger as a source of the hub.")

  @OptionGroup var options: HubOptions

  @Argument(
    help: "The source's short name in the hub, such as xa-chi-minh.", transform: HubSource.typedID)
  var source: String

  @Option(help: ArgumentHelp("The commune's name, such as “Xã Chí Minh”.", valueName: "name"))
  var name: String

  @Option(help: ArgumentHelp("The key the commune signs its checkpoints with.", valueName: "key"))
  var key: String?

  @Option(
    help: ArgumentHelp(
      "The time zone the commune's ledger was made with (`init --timezone`): its today and the end of a day asked about are judged in it.",
      valueName: "zone"))
  var timezone = HubSource.defaultTimeZone

  @Flag(help: "Accept a name whose letters come from several scripts (e.g. Latin and Cyrillic).")
  var allowMixedScript = false

  func run() async throws {
    // What was typed is refused before the hub is waited for.
    let check = { (_: LedgerEnvironment) in
      _ = try Hub.checkedSource(
        source, name: name, publicKey: key, timeZone: timezone,
        allowMixedScript: allowMixedScript)
    }
    try await HubRunner.run(options, checking: check) { context in
      let added = try await context.hub.addSource(
        source, name: name, publicKey: key, timeZone: timezone,
        allowMixedScript: allowMixedScript)
      if context.json {
        JSONOutput.print(added)
      } else {
        TerminalText.print(
          context.language.pick(
            vi: "Đã thêm nguồn \(added.id) — \(added.name).",
            en: "Added the source \(added.id) — \(added.name)."))
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
          l.pick(vi: "Sự kiện", en: "Events"), l.pick(vi: "Múi giờ", en: "Time zone"),
          l.pick(vi: "Ghi lần cuối", en: "Last recorded"),
        ])
      guard !sources.isEmpty else {
        print(l.pick(vi: "Chưa có nguồn nào.", en: "No sources yet."))
        return
      }
      // When each commune last recorded what the hub holds, in its own zone: every source is
      // judged on today, so an old export shows old facts as they stood (trial).
      table.rows = sources.map { source in
        let last = source.lastRecorded.flatMap(Timestamps.parse).map {
          Clock.display($0, in: source.zone)
        }
        return [
          source.id, source.name, "\(source.events)", source.timeZone,
          last ?? l.pick(vi: "chưa có", en: "none"),
        ]
      }
      // A name registered before the hub refused control characters is shown escaped.
      TerminalText.print(table.render())
    }
  }
}
