import Foundation
import LedgerTestSupport
import Testing

/// Checkpoints, proofs and proven imports through the real binary, each proof also checked by
/// the standalone Python verifier (`Scripts/verify-proof.py`), as an inspector would.
@Suite("Checkpoints and proofs end to end")
struct ProofCLITests {
  /// A commune ledger of `reports` + 2 events, made with `init` (which makes its key).
  func commune(reports: Int = 4) throws -> CLIRunner {
    let cli = try CLIRunner(now: "2026-01-05T09:00:00+07:00")
    #expect(try cli("init").status == 0)
    #expect(try cli("unit", "add", "Phòng Văn hóa - Xã hội", "--code", "VHXH").status == 0)
    #expect(
      try cli(
        "task", "assign", "Kết nối dữ liệu", "--id", "A", "--lead", "VHXH", "--role",
        "Chủ tịch UBND xã", "--result", "Xong", "--due", "30/12/2026"
      ).status == 0)
    for index in 0..<reports {
      #expect(try cli("report", "A", "Đã xong \(index * 10)%").status == 0)
    }
    return cli
  }

  /// Runs `Scripts/verify-proof.py` in the runner's folder.
  func python(_ cli: CLIRunner, _ arguments: String...) throws -> CLIRunner.Run {
    let script = Fixtures.packageRoot.appendingPathComponent("Scripts/verify-proof.py").path
    return try cli.run(
      [script] + arguments, program: URL(fileURLWithPath: "/usr/bin/python3"))
  }

  func write(_ cli: CLIRunner, _ name: String, _ text: String) throws {
    try Data(text.utf8).write(to: cli.folder.appendingPathComponent(name))
  }

  func read(_ cli: CLIRunner, _ name: String) throws -> String {
    try String(contentsOf: cli.folder.appendingPathComponent(name), encoding: .utf8)
  }

  @Test("init makes a 0600 ledger key beside the ledger; proofs hold in both verifiers")
  func inclusionBothVerifiers() throws {
    let cli = try commune()
    let mode =
      try FileManager.default.attributesOfItem(atPath: cli.database + ".key")[.posixPermissions]
      as? Int
    #expect(mode == 0o600)
    let key = try cli("checkpoint", "key")
    #expect(key.output.hasPrefix("clearledger/ledger/"))
    try write(cli, "xa.pub", key.output)
    #expect(try cli("checkpoint", "--out", "cp.txt").status == 0)
    #expect(try read(cli, "cp.txt").contains("\n6\n"))
    let exported = try cli("events", "export").output.split(separator: "\n").map(String.init)
    for position in 1...6 {
      let made = try cli("prove", "\(position)", "--checkpoint", "cp.txt", "--out", "p.json")
      #expect(made.status == 0, "\(made.error)")
      try write(cli, "event.jsonl", exported[position - 1] + "\n")
      let swift = try cli(
        "verify-proof", "p.json", "--checkpoint", "cp.txt", "--ledger-key", "xa.pub", "--event",
        "event.jsonl")
      #expect(swift.status == 0, "\(swift.error)")
      let py = try python(
        cli, "p.json", "--checkpoint", "cp.txt", "--ledger-key", "xa.pub", "--event",
        "event.jsonl")
      #expect(py.status == 0, "\(py.output) \(py.error)")
    }
    // Tampered: another event's line, a changed path hash, a checkpoint by another key.
    try write(cli, "event.jsonl", exported[2] + "\n")
    #expect(
      try cli(
        "verify-proof", "p.json", "--checkpoint", "cp.txt", "--ledger-key", "xa.pub", "--event",
        "event.jsonl"
      ).status == 2)
    #expect(
      try python(
        cli, "p.json", "--checkpoint", "cp.txt", "--ledger-key", "xa.pub", "--event",
        "event.jsonl"
      ).status == 2)
    let proof = try read(cli, "p.json")
    let object = try JSONSerialization.jsonObject(with: Data(proof.utf8)) as? [String: Any]
    let first = try #require((object?["path"] as? [String])?.first)
    try write(
      cli, "bad.json",
      proof.replacingOccurrences(of: first, with: String(first.reversed())))
    #expect(
      try cli("verify-proof", "bad.json", "--checkpoint", "cp.txt", "--ledger-key", "xa.pub")
        .status == 2)
    #expect(
      try python(cli, "bad.json", "--checkpoint", "cp.txt", "--ledger-key", "xa.pub").status
        == 2)
    let stranger = try CLIRunner()
    #expect(try stranger("init").status == 0)
    try write(cli, "other.pub", try stranger("checkpoint", "key").output)
    #expect(
      try cli("verify-proof", "p.json", "--checkpoint", "cp.txt", "--ledger-key", "other.pub")
        .status == 2)
    #expect(
      try python(cli, "p.json", "--checkpoint", "cp.txt", "--ledger-key", "other.pub").status
        == 2)
  }

  @Test("A history re-hashed after a checkpoint cannot prove consistency with it (both verifiers)")
  func rehashCaught() throws {
    let cli = try commune()
    try write(cli, "xa.pub", try cli("checkpoint", "key").output)
    #expect(try cli("checkpoint", "--out", "old.txt").status == 0)
    #expect(try cli("report", "A", "Đã xong 90%").status == 0)
    #expect(try cli("checkpoint", "--out", "new.txt").status == 0)
    #expect(
      try cli("prove", "--consistency", "old.txt", "--checkpoint", "new.txt", "--out", "c.json")
        .status == 0)
    #expect(
      try cli("verify-proof", "c.json", "--checkpoint", "new.txt", "--ledger-key", "xa.pub")
        .status == 0)
    #expect(
      try python(cli, "c.json", "--checkpoint", "new.txt", "--ledger-key", "xa.pub").status == 0)
    // The older checkpoint file stops before the new report: it is named as the reason.
    let size = try #require(
      try read(cli, "old.txt").split(separator: "\n").dropFirst().first.flatMap { Int($0) })
    let beyond = try cli("prove", "\(size + 1)", "--checkpoint", "old.txt")
    // Not a failed proof (exit 2 is the tampering signal): the event came after it (trial).
    #expect(beyond.status == 1)
    #expect(
      beyond.error.contains(
        "This checkpoint holds events 1–\(size); event #\(size + 1) was recorded after it"),
      "\(beyond.error)")
    // A position the ledger does not hold is no event, not a failed proof (trial: exit 2, the
    // tampering signal).
    for missing in ["500", "0"] {
      let none = try cli("prove", missing, "--checkpoint", "old.txt")
      #expect(none.status == 1, "\(none.error)")
      #expect(none.error.contains("There is no event at position \(missing)"), "\(none.error)")
    }

    // The attacker edits event 4 and re-hashes the chain (and holds the ledger key).
    let rehash = """
      import hashlib, sqlite3, sys
      db = sqlite3.connect(sys.argv[1])
      db.execute("DROP TRIGGER events_are_never_updated")
      db.execute("UPDATE events SET payload = json_set(payload, '$.text', 'Đã xong 100%') WHERE position = 4")
      def part(b): return str(len(b)).encode() + b":" + b
      prev = db.execute("SELECT hash FROM events WHERE position = 3").fetchone()[0]
      for row in db.execute("SELECT position, stream, version, type, schema_version, effective, recorded, actor, payload, signer, clock FROM events WHERE position >= 4 ORDER BY position").fetchall():
          pos, stream, ver, typ, sv, eff, rec, actor, payload, signer, clock = row
          marked = signer is not None or clock is not None
          f = [b"clearledger-event-v2" if marked else b"clearledger-event-v1", str(pos).encode(), stream.encode(), str(ver).encode(), typ.encode(), str(sv).encode(), eff.encode(), rec.encode(), actor.encode(), payload.encode(), prev.encode()]
          if marked: f += [(signer or "").encode(), (clock or "").encode()]
          h = hashlib.sha256(b"".join(part(x) for x in f)).hexdigest()
          db.execute("UPDATE events SET prev_hash = ?, hash = ? WHERE position = ?", (prev, h, pos)); prev = h
      db.execute("DELETE FROM checkpoints"); db.commit()
      """
    try write(cli, "rehash.py", rehash)
    #expect(
      try cli.run(["rehash.py", cli.database], program: URL(fileURLWithPath: "/usr/bin/python3"))
        .status == 0)
    #expect(try cli("verify", "--chain-only").status == 0)
    #expect(try cli("checkpoint", "--out", "forged.txt").status == 0)
    let refused = try cli("prove", "--consistency", "old.txt", "--checkpoint", "forged.txt")
    #expect(refused.status == 2)
    #expect(refused.error.contains("rewritten"))
    // The honest proof, against the rewritten tree's checkpoint, fails in both verifiers.
    #expect(
      try cli("verify-proof", "c.json", "--checkpoint", "forged.txt", "--ledger-key", "xa.pub")
        .status == 2)
    #expect(
      try python(cli, "c.json", "--checkpoint", "forged.txt", "--ledger-key", "xa.pub").status
        == 2)
  }

  @Test("A witness cosigns; verify-proof reports it; a forged cosignature fails both verifiers")
  func cosign() throws {
    let cli = try commune(reports: 1)
    try write(cli, "xa.pub", try cli("checkpoint", "key").output)
    #expect(try cli("checkpoint", "--out", "cp.txt").status == 0)
    #expect(try cli("prove", "2", "--out", "p.json").status == 0)
    var district = cli
    district.environment["CLEARLEDGER_DB"] = cli.folder.appendingPathComponent("huyen.sqlite").path
    #expect(try district("init").status == 0)
    #expect(try district("person", "add", "Chánh Văn phòng huyện").status == 0)
    let made = try district("key", "new", "--person", "Chánh Văn phòng huyện", "--out", "h.key")
    try write(cli, "h.pub", String(made.output.split(separator: "\n").last ?? ""))
    #expect(try district("source", "add", "xa", "--key", "xa.pub").status == 0)
    let cosigned = try district("checkpoint", "cosign", "cp.txt", "--key", "h.key")
    #expect(cosigned.status == 0, "\(cosigned.error)")
    let report = try district("verify-proof", "p.json", "--checkpoint", "cp.txt")
    #expect(report.status == 0, "\(report.error)")
    #expect(report.output.contains("holds, at 2026-01-05T02:00"))
    let py = try python(
      cli, "p.json", "--checkpoint", "cp.txt", "--ledger-key", "xa.pub", "--witness", "h.pub")
    #expect(py.status == 0)
    #expect(py.output.contains("cosigned by clearledger/key/"))
    // Flip the last byte of the cosignature.
    var lines = try read(cli, "cp.txt").components(separatedBy: "\n")
    let last = lines.count - 2  // the note ends in a newline
    let parts = lines[last].split(separator: " ").map(String.init)
    var raw = [UInt8](try #require(Data(base64Encoded: parts[2])))
    raw[raw.count - 1] ^= 1
    lines[last] = "\(parts[0]) \(parts[1]) \(Data(raw).base64EncodedString())"
    try write(cli, "cp.txt", lines.joined(separator: "\n"))
    #expect(try district("verify-proof", "p.json", "--checkpoint", "cp.txt").status == 2)
    #expect(
      try python(
        cli, "p.json", "--checkpoint", "cp.txt", "--ledger-key", "xa.pub", "--witness", "h.pub"
      ).status == 2)
  }

  @Test("A proven export imports at the district; a tampered line is refused, file byte-identical")
  func provenImport() throws {
    let cli = try commune(reports: 2)
    try write(cli, "xa.pub", try cli("checkpoint", "key").output)
    let exported = try cli("events", "export", "--with-proofs")
    #expect(exported.status == 0)
    try write(cli, "xa.jsonl", exported.output)
    var district = cli
    district.environment["CLEARLEDGER_DB"] = cli.folder.appendingPathComponent("huyen.sqlite").path
    #expect(try district("init").status == 0)
    #expect(try district("events", "import", "xa.jsonl", "--foreign", "xa").status == 1)
    #expect(try district("source", "add", "xa", "--key", "xa.pub").status == 0)
    // Line 4 (event 3) says 70% instead of 0%: its own hash no longer holds.
    var lines = exported.output.split(separator: "\n").map(String.init)
    lines[3] = lines[3].replacingOccurrences(of: "Đã xong 0%", with: "Đã xong 70%")
    try write(cli, "bad.jsonl", lines.joined(separator: "\n") + "\n")
    let before = try Data(contentsOf: URL(fileURLWithPath: district.environment["CLEARLEDGER_DB"]!))
    let refused = try district("events", "import", "bad.jsonl", "--foreign", "xa")
    #expect(refused.status == 1)
    #expect(refused.error.contains("Line 4"))
    #expect(
      try Data(contentsOf: URL(fileURLWithPath: district.environment["CLEARLEDGER_DB"]!))
        == before)
    let imported = try district("events", "import", "xa.jsonl", "--foreign", "xa", "--json")
    #expect(imported.status == 0, "\(imported.error)")
    #expect(imported.output.contains("\"imported\" : 4"))
    let history = try district("history", "A")
    #expect(history.output.contains("imported from xa, recorded there by thuky"))
  }
}
