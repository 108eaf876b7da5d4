import ArgumentParser
import Foundation
import LedgerCore
import LedgerJSON
import LedgerProof
import LedgerReports
import LedgerStore

/// `clearledger source`: other ledgers whose facts this one takes, known by their own keys.
struct SourceCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "source",
    abstract: "Register another ledger's key, so its facts are imported only with proofs.",
    discussion: """
      Once a source is registered, `events import FILE --foreign SOURCE` takes only a proven \
      export of it (`events export --with-proofs`): a checkpoint signed by this key, and each \
      event's inclusion proof. A fact whose proof fails is refused by line; nothing is written.
        clearledger source add xa-hoa-binh --key "$(cat xa-hoa-binh.pub)"
      """,
    subcommands: [SourceAdd.self, SourceList.self])
}

/// `clearledger source add SOURCE --key PUBKEY`.
struct SourceAdd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add",
    abstract: "Register a source ledger's public key (from its `checkpoint key`) under a name.")

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The source's name, as `events import --foreign` will give it.")
  var source: String

  @Option(
    help: ArgumentHelp(
      "The source ledger's public key, NAME+HASH+BASE64 (or a file holding it). `--key PUBKEY` says the same; the registration is then signed only through CLEARLEDGER_KEY.",
      valueName: "key"))
  var publicKey: String?

  func validate() throws {
    guard publicKey != nil || global.key != nil else {
      throw ValidationError("Give the source ledger's public key: --key PUBKEY (or --public-key).")
    }
  }

  func run() throws {
    // `--key` here names the source's public key, not a key to sign with.
    var options = global
    let given = publicKey ?? global.key ?? ""
    if publicKey == nil { options.key = nil }
    try CommandRunner.run(options) { environment in
      let key = try LedgerEnvironment.verifierKey(given)
      let ledger = try environment.openLedger()
      let event = try ledger.registerSource(source, key: key, actor: environment.actor)
      if environment.json {
        JSONOutput.print(EventJSON(event))
        return
      }
      print(
        environment.language.pick(
          vi: "Đã ghi #\(event.position): nguồn \(source), khóa sổ \(key.keyID).",
          en: "Recorded #\(event.position): source \(source), ledger key \(key.keyID)."))
    }
  }
}

/// `clearledger source list`.
struct SourceList: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List registered sources and their ledger keys.")

  @OptionGroup var global: GlobalOptions

  func run() throws {
    try CommandRunner.run(global) { environment in
      let sources = try environment.readLedger().sources()
      if environment.json {
        JSONOutput.print(sources)
        return
      }
      let l = environment.language
      guard !sources.isEmpty else {
        print(l.pick(vi: "Chưa có nguồn nào.", en: "No sources yet."))
        return
      }
      var table = TextTable(
        headers: [
          l.pick(vi: "Nguồn", en: "Source"), l.pick(vi: "Khóa sổ", en: "Ledger key"),
          l.pick(vi: "Đăng ký", en: "Registered"), l.pick(vi: "Thu hồi", en: "Revoked"),
        ])
      for source in sources {
        table.rows.append([
          source.source, source.keyID, "#\(source.registeredAt)",
          source.revokedAt.map { "#\($0)" } ?? "—",
        ])
      }
      print(table.render())
    }
  }
}
