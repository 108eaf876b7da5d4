import Foundation
import LedgerTestSupport
import Testing

/// Keys, signed events, policies and the clock marker through the real binary.
@Suite("Keys and signatures end to end")
struct SignatureCLITests {
  @Test("key new writes a 0600 key, signed events are recorded as its person, verify checks them")
  func signedFlow() throws {
    let cli = try CLIRunner(now: "2026-01-05T09:00:00+07:00")
    #expect(try cli("init").status == 0)
    #expect(try cli("person", "add", "Trần Thị Bình", "--code", "TTB").status == 0)
    let made = try cli("key", "new", "--person", "Trần Thị Bình", "--out", "binh.key")
    #expect(made.status == 0, "\(made.error)")
    let keyPath = cli.folder.appendingPathComponent("binh.key").path
    let mode = try FileManager.default.attributesOfItem(atPath: keyPath)[.posixPermissions] as? Int
    #expect(mode == 0o600)
    #expect(try cli("key", "new", "--person", "X", "--out", "binh.key").status == 1)
    let unit = try cli(
      "unit", "add", "Phòng Văn hóa - Xã hội", "--on", "01/01/2026", "--key", "binh.key",
      "--actor", "Chủ tịch Phạm Anh Tuấn", "--json")
    #expect(unit.status == 0, "\(unit.error)")
    let envelope =
      try JSONSerialization.jsonObject(with: Data(unit.output.utf8)) as? [String: Any]
    #expect(envelope?["actor"] as? String == "Trần Thị Bình")
    #expect((envelope?["signer"] as? String)?.count == 16)
    #expect(envelope?["clock"] as? String == "fixed")
    let audit = try cli("audit")
    #expect(audit.output.contains("UNSIGNED"))
    #expect(audit.output.contains("FIXED CLOCK"))
    let verify = try cli("verify")
    #expect(verify.status == 0)
    #expect(verify.output.contains("Signatures: 1 signed events, every signature holds."))
    let list = try cli("key", "list")
    #expect(list.output.contains("Trần Thị Bình"))
  }

  @Test("Under require-signatures an unsigned write is refused, byte-identical; fixed-clock off")
  func policies() throws {
    let cli = try CLIRunner(now: "2026-01-05T09:00:00+07:00")
    #expect(try cli("init").status == 0)
    #expect(try cli("person", "add", "Văn thư Hoa", "--code", "VTH").status == 0)
    #expect(try cli("key", "new", "--person", "Văn thư Hoa", "--out", "hoa.key").status == 0)
    // Requiring signatures is itself signed: its signer keeps the keys.
    let unsigned = try cli("policy", "require-signatures", "--json")
    #expect(unsigned.status == 1 && unsigned.error.contains("signature_required"))
    #expect(try cli("policy", "require-signatures", "--key", "hoa.key").status == 0)
    let before = try Data(contentsOf: URL(fileURLWithPath: cli.database))
    let refused = try cli("unit", "add", "Công an xã", "--on", "01/01/2026", "--json")
    #expect(refused.status == 1)
    #expect(refused.error.contains("signature_required"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: cli.database)) == before)
    var signed = cli
    signed.environment["CLEARLEDGER_KEY"] = "hoa.key"
    #expect(try signed("unit", "add", "Công an xã", "--on", "01/01/2026").status == 0)
    #expect(try signed("policy", "fixed-clock", "off").status == 0)
    let clocked = try signed("unit", "add", "Phòng Kinh tế", "--on", "01/01/2026")
    #expect(clocked.status == 1)
    #expect(clocked.error.contains("CLEARLEDGER_NOW"))
  }

  @Test(
    "A web server's key is listed as such, cannot record from the CLI, and serve refuses a person's key"
  )
  func webServerKey() throws {
    let cli = try CLIRunner(now: "2026-01-05T09:00:00+07:00")
    #expect(try cli("init").status == 0)
    let made = try cli(
      "key", "new", "--web-server", "--person", "Máy chủ web UBND xã", "--out", "server.key")
    #expect(made.status == 0, "\(made.error)")
    #expect(
      try cli("key", "list", "--lang", "vi").output.contains("Máy chủ web UBND xã (máy chủ web)"))
    // The CLI's actor is not an account: the server's key does not sign for it.
    let before = try Data(contentsOf: URL(fileURLWithPath: cli.database))
    let refused = try cli(
      "unit", "add", "Công an xã", "--on", "01/01/2026", "--key", "server.key", "--json")
    #expect(refused.status == 1)
    #expect(refused.error.contains("server_key_outside_serve"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: cli.database)) == before)
    // A person's key given to serve is refused before anything listens.
    #expect(try cli("person", "add", "Văn thư Hoa").status == 0)
    #expect(try cli("key", "new", "--person", "Văn thư Hoa", "--out", "hoa.key").status == 0)
    let serve = try cli("serve", "--port", "0", "--key", "hoa.key", "--json")
    #expect(serve.status == 1)
    #expect(serve.error.contains("person_key_for_server"))
  }

  @Test("A sealed key needs its passphrase")
  func sealedKey() throws {
    var cli = try CLIRunner(now: "2026-01-05T09:00:00+07:00")
    #expect(try cli("init").status == 0)
    cli.environment["NEW_PASS"] = "mật khẩu dài"
    #expect(try cli("person", "add", "Bình").status == 0)
    let made = try cli(
      "key", "new", "--person", "Bình", "--out", "b.key", "--passphrase-env", "NEW_PASS")
    #expect(made.status == 0, "\(made.error)")
    let text = try String(
      contentsOf: cli.folder.appendingPathComponent("b.key"), encoding: .utf8)
    #expect(text.contains("scrypt") && !text.contains("private_key"))
    cli.environment["CLEARLEDGER_KEY"] = "b.key"
    let missing = try cli("unit", "add", "Công an xã", "--on", "01/01/2026", "--json")
    #expect(missing.error.contains("passphrase_needed"))
    cli.environment["CLEARLEDGER_KEY_PASSPHRASE"] = "sai"
    #expect(
      try cli("unit", "add", "Công an xã", "--on", "01/01/2026", "--json").error.contains(
        "wrong_passphrase"))
    cli.environment["CLEARLEDGER_KEY_PASSPHRASE"] = "mật khẩu dài"
    #expect(try cli("unit", "add", "Công an xã", "--on", "01/01/2026").status == 0)
  }
}

/// Who may make and revoke keys (trial: a clerk made a key in the vice-chair's name and signed
/// as her; a key was made for "VT01" as a new person; a stranger revoked Bình's key).
@Suite("Keys: whose they are and who keeps them")
struct KeyCustodyCLITests {
  /// Two registered people, each with a key; Hoa requires signatures and so keeps the keys.
  func ledger() throws -> CLIRunner {
    let cli = try CLIRunner(now: "2026-01-05T09:00:00+07:00")
    for step in [
      ["init"], ["person", "add", "Nguyễn Thị Hoa", "--code", "VT01"],
      ["person", "add", "Trần Thị Bình", "--code", "PCT01"],
      ["person", "add", "Lê Văn Cường", "--code", "KT01"],
      ["key", "new", "--person", "VT01", "--out", "hoa.key"],
      ["key", "new", "--person", "Trần Thị Bình", "--out", "binh.key"],
      ["policy", "require-signatures", "--key", "hoa.key"],
    ] {
      let run = try cli.run(step)
      #expect(run.status == 0, "\(step): \(run.error)")
    }
    return cli
  }

  @Test("A key is for a person of the ledger, found by name or staff code, never a new name")
  func person() throws {
    let cli = try ledger()
    let list = try cli("key", "list", "--json")
    #expect(list.output.contains("\"Nguyễn Thị Hoa\""), "\(list.output)")
    #expect(!list.output.contains("\"VT01\""), "\(list.output)")
    let before = cli.fileBytes()
    let stranger = try cli(
      "key", "new", "--person", "Người Lạ", "--out", "x.key", "--key", "hoa.key", "--json")
    #expect(stranger.status == 1)
    #expect(stranger.error.contains("key_for_unknown_person"), "\(stranger.error)")
    #expect(cli.fileBytes() == before)
    #expect(
      !FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent("x.key").path))
  }

  @Test("The keeper's last key is not revoked: a new one is made first (trial: key-making locked)")
  func keepersLastKey() throws {
    let cli = try ledger()
    func keyID(_ file: String) throws -> String {
      let keys = try cli("key", "list", "--json").output
      let list = try #require(
        try JSONSerialization.jsonObject(with: Data(keys.utf8)) as? [[String: Any]])
      let text = try String(
        contentsOf: cli.folder.appendingPathComponent(file), encoding: .utf8)
      return try #require(
        list.compactMap { $0["key_id"] as? String }.first { text.contains($0) }, "\(file)")
    }
    let hoa = try keyID("hoa.key")
    let before = cli.fileBytes()
    let refused = try cli("key", "revoke", hoa, "--reason", "Mất máy", "--key", "hoa.key", "--json")
    #expect(refused.status == 1 && refused.error.contains("keeper_last_key"), "\(refused.error)")
    #expect(cli.fileBytes() == before)
    #expect(
      try cli("key", "new", "--person", "VT01", "--out", "hoa2.key", "--key", "hoa.key").status
        == 0)
    let revoked = try cli("key", "revoke", hoa, "--reason", "Mất máy", "--key", "hoa2.key")
    #expect(revoked.status == 0, "\(revoked.error)")
  }

  @Test("Under required signatures only the person or the keeper makes or revokes their keys")
  func custody() throws {
    let cli = try ledger()
    let before = cli.fileBytes()
    // Bình's key cannot make a key for Cường, nor revoke Hoa's.
    let forged = try cli(
      "key", "new", "--person", "KT01", "--out", "c.key", "--key", "binh.key", "--json")
    #expect(forged.status == 1)
    #expect(forged.error.contains("key_not_yours"), "\(forged.error)")
    let text = try cli(
      "key", "new", "--person", "KT01", "--out", "c.key", "--key", "binh.key", "--lang", "en")
    #expect(
      text.error.contains(
        "keys and accounts of Lê Văn Cường are made, changed or revoked only with Lê Văn Cường's own key or Nguyễn Thị Hoa's"
      ), "\(text.error)")
    let keys = try cli("key", "list", "--json").output
    let hoaKey = try #require(
      (try JSONSerialization.jsonObject(with: Data(keys.utf8)) as? [[String: Any]])?
        .first { $0["person"] as? String == "Nguyễn Thị Hoa" }?["key_id"] as? String)
    let revoke = try cli(
      "key", "revoke", hoaKey, "--reason", "x", "--key", "binh.key", "--json")
    #expect(revoke.status == 1 && revoke.error.contains("key_not_yours"), "\(revoke.error)")
    #expect(cli.fileBytes() == before)
    // Bình adds a second key of her own; Hoa, who keeps the keys, makes Cường's.
    #expect(
      try cli("key", "new", "--person", "PCT01", "--out", "b2.key", "--key", "binh.key").status
        == 0)
    let made = try cli("key", "new", "--person", "KT01", "--out", "c.key", "--key", "hoa.key")
    #expect(made.status == 0, "\(made.error)")
    let signed = try cli(
      "unit", "add", "Phòng Kinh tế", "--on", "01/01/2026", "--key", "c.key", "--json")
    #expect(signed.output.contains("\"actor\" : \"Lê Văn Cường\""), "\(signed.output)")
    // An account signs in as its person: Bình's key cannot open one in Cường's name (trial: a
    // clerk opened a leader's account in the chair's name); Cường's own key can.
    func account(_ key: String) throws -> CLIRunner.Run {
      try cli.run(
        [
          "-c", "printf '%s\\n' mật-khẩu-đủ-dài-12 | \"$0\" \"${@:1}\"",
          try CLIRunner.binary().path, "account", "add", "cuong", "--person", "KT01", "--role",
          "leader", "--password-stdin", "--key", key, "--json",
        ], program: URL(fileURLWithPath: "/bin/bash"))
    }
    let unopened = cli.fileBytes()
    let opened = try account("binh.key")
    #expect(opened.status == 1 && opened.error.contains("key_not_yours"), "\(opened.error)")
    #expect(cli.fileBytes() == unopened)
    let own = try account("c.key")
    #expect(own.status == 0, "\(own.error)")
  }
}
