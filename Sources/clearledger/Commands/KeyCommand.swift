import ArgumentParser
import Foundation
import LedgerCore
import LedgerJSON
import LedgerProof
import LedgerReports
import LedgerStore

/// `clearledger key`: signing keys for people.
struct KeyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "key",
    abstract: "Make, revoke and list the Ed25519 keys people sign events with.",
    discussion: """
      A key binds a person to what they record: with --key FILE (or CLEARLEDGER_KEY) every \
      recording command signs its event, and the event is recorded as the key's person \
      whatever --actor says. `clearledger verify` checks every signature.
      """,
    subcommands: [KeyNew.self, KeyRevoke.self, KeyList.self])
}

/// `clearledger key new --person P --out FILE`.
struct KeyNew: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "new",
    abstract: "Make a key pair for a person, write the private key to FILE and register it.",
    discussion: """
      FILE is made with mode 0600 and never overwritten. With --passphrase-env NAME the \
      private key is sealed with the passphrase in that environment variable (scrypt and \
      AES-GCM); give it later as CLEARLEDGER_KEY_PASSPHRASE. --person names a person of the \
      ledger (registered with `person add`, or appointed as a head), by name or staff code. \
      Once signatures are required (policy require-signatures), the registration itself must \
      be signed with --key: the person's own key (a second key) or the key of whoever required \
      signatures, who keeps the keys.
        clearledger key new --person "Trần Thị Bình" --out binh.key

      --web-server makes the web server's key: `clearledger serve --key FILE` signs with it \
      what each signed-in account records, the event naming the account's person and the \
      account ("Trần Thị Bình (web: binh.tt)"). It signs for nobody else: the CLI cannot \
      record with it, and `verify` checks that each event it signed names an account open then.
        clearledger key new --web-server --person "Máy chủ web UBND xã" --out server.key
      """)

  @OptionGroup var global: GlobalOptions

  @Option(help: ArgumentHelp("Whose key it is.", valueName: "name"))
  var person: String

  @Option(help: ArgumentHelp("Where to write the private key (mode 0600).", valueName: "file"))
  var out: String

  @Flag(help: "Make the web server's key, which signs for the signed-in accounts (serve --key).")
  var webServer = false

  @Option(
    help: ArgumentHelp(
      "Seal the private key with the passphrase held in this environment variable.",
      valueName: "name"))
  var passphraseEnv: String?

  func run() throws {
    try CommandRunner.run(global) { environment in
      let ledger = try environment.openLedger()
      guard !FileManager.default.fileExists(atPath: out) else {
        throw LedgerError.keyFileExists(path: out)
      }
      let passphrase = try passphraseEnv.map { name in
        guard let value = ProcessInfo.processInfo.environment[name], !value.isEmpty else {
          throw LedgerError.passphraseNeeded(path: out)
        }
        return value
      }
      let key = try SignerKey.named(SignerKey.personPrefix)
      let file = try KeyFile(key: key, person: person, passphrase: passphrase)
      guard
        FileManager.default.createFile(
          atPath: out, contents: try file.encoded(), attributes: [.posixPermissions: 0o600])
      else { throw LedgerError.unreadableKeyFile(path: out) }
      let event: RecordedEvent
      do {
        event = try ledger.registerKey(
          key.verifier, person: person, webServer: webServer, actor: environment.actor)
      } catch {
        try? FileManager.default.removeItem(atPath: out)
        throw error
      }
      if environment.json {
        JSONOutput.print(EventJSON(event))
        return
      }
      let l = environment.language
      // The person as the ledger holds them (a staff code typed is the person's name).
      var person = person
      if case .keyRegistered(let registered) = event.event { person = registered.person }
      print(
        l.pick(
          vi:
            "Đã ghi #\(event.position): khóa \(key.verifier.keyID) của \(person); khóa riêng ở \(out).",
          en:
            "Recorded #\(event.position): key \(key.verifier.keyID) of \(person); private key in \(out)."
        ))
      print(key.verifier.description)
    }
  }
}

/// `clearledger key revoke KEYID --reason TEXT`.
struct KeyRevoke: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "revoke",
    abstract: "Revoke a key: nothing recorded after this may be signed by it.")

  @OptionGroup var global: GlobalOptions
  @OptionGroup var record: RecordOptions

  @Argument(help: "The key id (from `key list`).")
  var keyID: String

  @Option(help: ArgumentHelp("Why (lost, left the post…).", valueName: "text"))
  var reason: String

  func run() throws {
    try CommandRunner.run(global) { environment in
      try Recorder.record(.revokeKey(keyID: keyID, reason: reason), environment, record)
    }
  }
}

/// `clearledger key list`.
struct KeyList: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List registered keys, whose they are, and which are revoked.")

  @OptionGroup var global: GlobalOptions

  func run() throws {
    try CommandRunner.run(global) { environment in
      let keys = try environment.readLedger().keys()
      if environment.json {
        JSONOutput.print(keys)
        return
      }
      let l = environment.language
      guard !keys.isEmpty else {
        print(l.pick(vi: "Chưa có khóa nào.", en: "No keys yet."))
        return
      }
      var table = TextTable(
        headers: [
          l.pick(vi: "Khóa", en: "Key"), l.pick(vi: "Người", en: "Person"),
          l.pick(vi: "Đăng ký", en: "Registered"), l.pick(vi: "Người đăng ký", en: "Registered by"),
          l.pick(vi: "Thu hồi", en: "Revoked"),
        ])
      for key in keys {
        table.rows.append([
          key.keyID,
          key.webServer
            ? l.pick(vi: "\(key.person) (máy chủ web)", en: "\(key.person) (web server)")
            : key.person,
          "#\(key.registeredAt)",
          key.registeredBy
            + (key.registrationSigned ? "" : l.pick(vi: " (không ký)", en: " (unsigned)")),
          key.revokedAt.map { "#\($0)" } ?? "—",
        ])
      }
      print(table.render())
    }
  }
}
