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
    #expect(try cli("key", "new", "--person", "Văn thư Hoa", "--out", "hoa.key").status == 0)
    #expect(try cli("policy", "require-signatures").status == 0)
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
