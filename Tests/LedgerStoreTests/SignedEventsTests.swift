import Foundation
import GRDB
import LedgerCore
import LedgerProof
import LedgerTestSupport
import Testing

@testable import LedgerStore

@Suite("Signed events, keys, policies and the honest clock")
struct SignedEventsTests {
  let binh = try! SignerKey.named(SignerKey.personPrefix, seed: [UInt8](repeating: 1, count: 32))
  let hoa = try! SignerKey.named(SignerKey.personPrefix, seed: [UInt8](repeating: 2, count: 32))

  /// A commune with Bình's and Hoa's keys registered.
  func ledgerWithKeys() throws -> Ledger {
    let (ledger, _) = try Fixtures.ledger(at: "05/07/2026")
    try Fixtures.commune(ledger)
    try ledger.record(.registerPerson(name: "Văn thư Hoa", code: "VTH"), actor: "Văn thư")
    try ledger.registerKey(binh.verifier, person: "Trần Thị Bình", actor: "Văn thư")
    try ledger.registerKey(hoa.verifier, person: "Văn thư Hoa", actor: "Văn thư")
    return ledger
  }

  /// Drops the triggers that keep the log append-only, as an attacker with the file would.
  func dropTriggers(_ ledger: Ledger) throws {
    try ledger.database.writeWithoutTransaction { db in
      try db.execute(
        sql: "DROP TRIGGER events_are_never_updated; DROP TRIGGER events_are_never_deleted")
    }
  }

  /// Recomputes every hash from `position` on, as an attacker who re-hashes the chain would.
  func rehash(_ ledger: Ledger, from position: Int64) throws {
    try ledger.database.write { db in
      var previous =
        try String.fetchOne(
          db, sql: "SELECT hash FROM events WHERE position = ?", arguments: [position - 1])
        ?? HashChain.genesis
      let rows = try Row.fetchAll(
        db, sql: "SELECT \(EventRows.all) FROM events WHERE position >= ? ORDER BY position",
        arguments: [position])
      for row in rows {
        var fields = EventRows.fields(row)
        fields.previousHash = previous
        let hash = HashChain.hash(fields)
        try db.execute(
          sql: "UPDATE events SET prev_hash = ?, hash = ? WHERE position = ?",
          arguments: [previous, hash, fields.position])
        previous = hash
      }
      try db.execute(sql: "DELETE FROM checkpoints")
    }
  }

  @Test("A signed event is recorded as its key's person, with its key id and a valid signature")
  func signedEvent() throws {
    let ledger = try ledgerWithKeys()
    let event = try ledger.with(signer: binh).record(
      Fixtures.assign("A"), actor: "Chủ tịch Phạm Anh Tuấn", effective: Fixtures.day("05/01/2026"))
    #expect(event.actor == "Trần Thị Bình")
    #expect(event.signer == binh.verifier.keyID)
    let report = try ledger.verify()
    #expect(report.isIntact)
    #expect(report.signed == 1)
    let unsigned = try ledger.record(.startTask(TaskID("A")!, by: nil), actor: "x")
    #expect(unsigned.signer == nil && !unsigned.fixedClock)
    // An unsigned event hashes with the first layout, as every event did before keys existed.
    let fields = try ledger.database.read { db in
      EventRows.fields(
        try Row.fetchOne(
          db, sql: "SELECT \(EventRows.all) FROM events WHERE position = ?",
          arguments: [unsigned.position])!)
    }
    #expect(
      String(decoding: HashChain.input(fields).prefix(23), as: UTF8.self)
        == "20:clearledger-event-v1")
    #expect(HashChain.hash(fields) == unsigned.hash)
  }

  @Test("A key that is unregistered, or revoked, cannot sign; a key is registered once")
  func unknownAndRevokedKeys() throws {
    let ledger = try ledgerWithKeys()
    let stranger = try SignerKey.named(
      SignerKey.personPrefix, seed: [UInt8](repeating: 9, count: 32))
    let count = try ledger.eventCount()
    #expect(throws: LedgerError.unknownKey(stranger.verifier.keyID)) {
      try ledger.with(signer: stranger).record(
        Fixtures.assign("A"), actor: "x", effective: Fixtures.day("05/01/2026"))
    }
    try ledger.record(.revokeKey(keyID: binh.verifier.keyID, reason: "Mất máy"), actor: "x")
    #expect(throws: LedgerError.keyRevoked(binh.verifier.keyID)) {
      try ledger.with(signer: binh).record(
        Fixtures.assign("A"), actor: "x", effective: Fixtures.day("05/01/2026"))
    }
    #expect(throws: LedgerError.keyRevoked(binh.verifier.keyID)) {
      try ledger.record(.revokeKey(keyID: binh.verifier.keyID, reason: "Lần nữa"), actor: "x")
    }
    #expect(throws: LedgerError.keyAlreadyRegistered(hoa.verifier.keyID)) {
      try ledger.registerKey(hoa.verifier, person: "Trần Thị Bình", actor: "x")
    }
    #expect(try ledger.eventCount() == count + 1)
    let keys = try ledger.keys()
    #expect(keys.map(\.person) == ["Trần Thị Bình", "Văn thư Hoa"])
    #expect(keys[0].revokedAt == Int64(count) + 1 && keys[1].revokedAt == nil)
  }

  @Test("Under require-signatures an unsigned write is refused and the file stays byte-identical")
  func unsignedUnderPolicy() throws {
    let (ledger, _, folder) = try Fixtures.fileLedger(at: "05/07/2026")
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = ledger.path
    try Fixtures.commune(ledger)
    try ledger.registerKey(binh.verifier, person: "Trần Thị Bình", actor: "Văn thư")
    // Requiring signatures is itself signed: its signer keeps the keys.
    let unsigned = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(throws: LedgerError.signatureRequired) {
      try ledger.record(.adoptPolicy(.requireSignatures), actor: "Văn thư")
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == unsigned)
    try ledger.with(signer: binh).record(.adoptPolicy(.requireSignatures), actor: "Văn thư")
    #expect(throws: LedgerError.policyInForce(.requireSignatures)) {
      try ledger.with(signer: binh).record(.adoptPolicy(.requireSignatures), actor: "x")
    }
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(throws: LedgerError.signatureRequired) {
      try ledger.record(
        Fixtures.assign("A"), actor: "Văn thư", effective: Fixtures.day("05/01/2026"))
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    try ledger.with(signer: binh).record(
      Fixtures.assign("A"), actor: "Văn thư", effective: Fixtures.day("05/01/2026"))
    #expect(try ledger.verify().isIntact)
  }

  @Test("verify names an unsigned event slipped in after require-signatures")
  func unsignedSlippedIn() throws {
    let ledger = try ledgerWithKeys()
    try ledger.with(signer: binh).record(.adoptPolicy(.requireSignatures), actor: "x")
    let signed = try ledger.with(signer: binh).record(
      Fixtures.assign("A"), actor: "x", effective: Fixtures.day("05/01/2026"))
    try dropTriggers(ledger)
    // The attacker strips the signature and re-hashes: the chain holds, the policy does not.
    try ledger.database.write { db in
      try db.execute(
        sql: "UPDATE events SET signer = NULL, signature = NULL WHERE position = ?",
        arguments: [signed.position])
    }
    try rehash(ledger, from: signed.position)
    let report = try ledger.verify()
    #expect(report.problem == .init(position: signed.position, kind: .unsignedUnderPolicy))
  }

  @Test("A forged signer is caught: another registered key named, the chain re-hashed")
  func forgedSigner() throws {
    let ledger = try ledgerWithKeys()
    let signed = try ledger.with(signer: hoa).record(
      Fixtures.assign("A"), actor: "x", effective: Fixtures.day("05/01/2026"))
    try dropTriggers(ledger)
    try ledger.database.write { db in
      try db.execute(
        sql: "UPDATE events SET signer = ?, actor = 'Trần Thị Bình' WHERE position = ?",
        arguments: [binh.verifier.keyID, signed.position])
    }
    try rehash(ledger, from: signed.position)
    #expect(try ledger.verify(parallelAbove: .max).isIntact)
    #expect(try ledger.verify().problem == .init(position: signed.position, kind: .badSignature))
  }

  @Test("A rewrite that re-hashes the chain fails at the first signed event after it")
  func rehashAttack() throws {
    let ledger = try ledgerWithKeys()
    try ledger.record(Fixtures.assign("A"), actor: "x", effective: Fixtures.day("05/01/2026"))
    let edited = try ledger.record(
      .reportProgress(TaskID("A")!, text: "Đã xong 50%", percent: 50, document: nil, by: nil),
      actor: "x")
    let signed = try ledger.with(signer: binh).record(
      .completeTask(TaskID("A")!, result: "Xong", evidence: nil, by: nil), actor: "x")
    try dropTriggers(ledger)
    try ledger.database.write { db in
      try db.execute(
        sql:
          #"UPDATE events SET payload = '{"percent":90,"text":"Đã xong 90%"}' WHERE position = ?"#,
        arguments: [edited.position])
    }
    try rehash(ledger, from: edited.position)
    #expect(try ledger.verify(parallelAbove: .max).isIntact)
    #expect(try ledger.verify().problem == .init(position: signed.position, kind: .badSignature))
  }

  @Test("A fixed clock marks the event; under refuse-fixed-clock it is refused")
  func honestClock() throws {
    let (ledger, _) = try Fixtures.ledger(at: "05/07/2026")
    try Fixtures.commune(ledger)
    let fixed = ledger.with(clock: .fixedByUser(Fixtures.instant("2026-07-06T08:00:00+07:00")))
    let marked = try fixed.record(
      Fixtures.assign("A"), actor: "x", effective: Fixtures.day("05/01/2026"))
    #expect(marked.fixedClock)
    #expect(try ledger.history(of: .task(TaskID("A")!)).last?.event.fixedClock == true)
    #expect(try ledger.verify().isIntact)
    try fixed.record(.adoptPolicy(.refuseFixedClock), actor: "x")
    let count = try ledger.eventCount()
    #expect(throws: LedgerError.fixedClockRefused) {
      try fixed.record(.startTask(TaskID("A")!, by: nil), actor: "x")
    }
    #expect(try ledger.eventCount() == count)
    try ledger.with(clock: .constant(Fixtures.instant("2026-07-07T08:00:00+07:00")))
      .record(.startTask(TaskID("A")!, by: nil), actor: "x")
  }

  @Test("A broken chain refuses writes, rebuild and export with the first altered position")
  func brokenChainRefusesWork() throws {
    let ledger = try ledgerWithKeys()
    try dropTriggers(ledger)
    try ledger.database.write { db in
      try db.execute(sql: "UPDATE events SET actor = 'Kẻ gian' WHERE position = 3")
    }
    #expect(try ledger.chainProblem() == 3)
    #expect(throws: LedgerError.chainBroken(position: 3)) {
      try ledger.record(Fixtures.assign("A"), actor: "x", effective: Fixtures.day("05/01/2026"))
    }
    #expect(throws: LedgerError.chainBroken(position: 3)) { try ledger.rebuild() }
    #expect(throws: LedgerError.chainBroken(position: 3)) { try ledger.exportEvents { _ in } }
  }

  @Test("Signed and clock-marked events export and import byte-exact, and verify there")
  func roundTrip() throws {
    let ledger = try ledgerWithKeys()
    try ledger.with(signer: binh).record(
      Fixtures.assign("A"), actor: "x", effective: Fixtures.day("05/01/2026"))
    try ledger.with(clock: .fixedByUser(Fixtures.instant("2026-07-06T08:00:00+07:00")))
      .record(.startTask(TaskID("A")!, by: nil), actor: "x")
    var lines: [String] = []
    try ledger.exportEvents { lines.append($0) }
    #expect(lines.contains { $0.contains(#""signer":""#) && $0.contains(#""signature":""#) })
    #expect(lines.contains { $0.contains(#""clock":"fixed""#) })
    let copy = try Ledger.inMemory(clock: .system)
    try copy.importEvents(lines: lines.enumerated().map { ($0.offset + 1, $0.element) })
    var again: [String] = []
    try copy.exportEvents { again.append($0) }
    #expect(again == lines)
    let report = try copy.verify()
    #expect(report.isIntact && report.signed == 1)
  }
}
