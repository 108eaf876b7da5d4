import Foundation
import GRDB
import LedgerChain
import LedgerCore
import LedgerProof
import LedgerTestSupport
import Testing

@testable import LedgerStore

/// Checkpoints signed by the ledger's key, inclusion and consistency proofs, and proven
/// imports between ledgers.
@Suite("Checkpoints, proofs and proven imports")
struct CheckpointProofTests {
  let ledgerKey = try! SignerKey.named(
    SignerKey.ledgerPrefix, seed: [UInt8](repeating: 7, count: 32))
  let otherKey = try! SignerKey.named(
    SignerKey.ledgerPrefix, seed: [UInt8](repeating: 8, count: 32))

  /// A commune with a few tasks: 6 + `tasks` events.
  func source(tasks: Int = 5) throws -> Ledger {
    let (ledger, _) = try Fixtures.ledger(at: "05/07/2026")
    try Fixtures.commune(ledger)
    for index in 0..<tasks {
      try ledger.record(
        Fixtures.assign("T\(index)"), actor: "thuky", effective: Fixtures.day("02/01/2026"))
    }
    return ledger
  }

  /// Rewrites event 3's payload and re-hashes the whole chain after it, as an attacker with the
  /// file would: `verify` alone can no longer see it.
  func rewrite(_ ledger: Ledger) throws {
    let helper = SignedEventsTests()
    try helper.dropTriggers(ledger)
    try ledger.database.write { db in
      try db.execute(
        sql:
          "UPDATE events SET payload = json_set(payload, '$.name', 'Công an huyện') WHERE position = 3"
      )
    }
    try helper.rehash(ledger, from: 3)
  }

  @Test(
    "Proofs are read from the kept subtrees; with a subtree altered behind the program's back the proof is made from the events, never from the altered table"
  )
  func keptSubtrees() throws {
    let ledger = try source(tasks: 30)
    let firstNote = try ledger.makeCheckpoint(key: ledgerKey)
    for index in 0..<5 {
      try ledger.record(
        Fixtures.assign("U\(index)"), actor: "thuky", effective: Fixtures.day("02/01/2026"))
    }
    let note = try ledger.makeCheckpoint(key: ledgerKey)
    let second = try ProofCheck.checkpoint(note, signedBy: ledgerKey.verifier)
    let kept = try ledger.database.read { db in
      try Int.fetchOne(db, sql: "SELECT count(*) FROM merkle_nodes") ?? 0
    }
    #expect(kept == 20 + 10 + 5 + 2 + 1)  // the complete subtrees above 41 leaves
    for position in [Int64(1), 17, 36, 41] {
      try ProofCheck.check(
        try ledger.inclusionProof(position: position, in: second), against: second,
        key: ledgerKey.verifier)
    }
    _ = try ledger.consistencyProof(from: firstNote, to: second)
    try ledger.database.write { db in
      try db.execute(sql: "UPDATE merkle_nodes SET hash = zeroblob(32) WHERE level = 2 AND idx = 1")
    }
    // The table is a cache of the log: a proof it cannot give is made from every leaf.
    try ProofCheck.check(
      try ledger.inclusionProof(position: 3, in: second), against: second, key: ledgerKey.verifier)
  }

  @Test(
    "A checkpoint hashes every event again: a payload edited before the last checked point is refused, not signed"
  )
  func checkpointChecksTheWholeLog() throws {
    let ledger = try source()
    _ = try ledger.verify()  // the last checked point moves to the end of the log
    _ = try ledger.makeCheckpoint(key: ledgerKey)
    try SignedEventsTests().dropTriggers(ledger)
    try ledger.database.write { db in
      try db.execute(
        sql:
          "UPDATE events SET payload = json_set(payload, '$.name', 'Công an huyện') WHERE position = 3"
      )
    }
    #expect(throws: LedgerError.chainBroken(position: 3)) {
      try ledger.makeCheckpoint(key: ledgerKey)
    }
  }

  @Test(
    "A log whose last event was deleted proves neither consistency with a checkpoint it no longer has nor inclusion in it"
  )
  func truncatedLogProvesNothing() throws {
    let ledger = try source()
    let note = try ledger.makeCheckpoint(key: ledgerKey)
    let checkpoint = try ProofCheck.checkpoint(note, signedBy: ledgerKey.verifier)
    try SignedEventsTests().dropTriggers(ledger)
    try ledger.database.write { db in
      try db.execute(sql: "DELETE FROM events WHERE position = 11")
    }
    #expect(throws: LedgerError.proofFails(.ledgerDiffers(size: 11))) {
      try ledger.consistencyProof(from: note, to: checkpoint)
    }
    #expect(throws: LedgerError.proofFails(.ledgerDiffers(size: 11))) {
      try ledger.inclusionProof(position: 4, in: checkpoint)
    }
  }

  @Test("An event line that no longer hashes to its hash fails the proof check (exit 2)")
  func editedEventLine() throws {
    let ledger = try source()
    var lines: [String] = []
    try ledger.exportEvents { lines.append($0) }
    let edited = lines[3].replacingOccurrences(of: "Chủ tịch", with: "Phó Chủ tịch")
    #expect(edited != lines[3])
    #expect(throws: LedgerError.proofFails(.eventDiffers(position: 4))) {
      try ProofCheck.eventHash(ofLine: edited)
    }
  }

  @Test("Every event's inclusion proof holds against the signed checkpoint; altered ones do not")
  func inclusion() throws {
    let ledger = try source()
    let note = try ledger.makeCheckpoint(key: ledgerKey)
    let checkpoint = try ProofCheck.checkpoint(note, signedBy: ledgerKey.verifier)
    #expect(checkpoint.size == 11)
    #expect(try ledger.latestCheckpoint() == note)
    for position in 1...Int64(11) {
      let proof = try ledger.inclusionProof(position: position, in: checkpoint)
      try ProofCheck.check(proof, against: checkpoint, key: ledgerKey.verifier)
      #expect(proof.path.count <= 4)
    }
    var proof = try ledger.inclusionProof(position: 4, in: checkpoint)
    let hash = try #require(proof.eventHash)
    #expect(throws: LedgerError.proofFails(.eventDiffers(position: 4))) {
      try ProofCheck.check(
        proof, against: checkpoint, key: ledgerKey.verifier, eventHash: String(hash.reversed()))
    }
    proof.path[0] = String(proof.path[0].reversed())
    #expect(throws: LedgerError.proofFails(.pathDoesNotLead)) {
      try ProofCheck.check(proof, against: checkpoint, key: ledgerKey.verifier)
    }
    #expect(throws: LedgerError.proofFails(.checkpointNotSigned(key: otherKey.name))) {
      try ProofCheck.checkpoint(note, signedBy: otherKey.verifier)
    }
    #expect(throws: LedgerError.noCheckpoint(position: 12)) {
      try ledger.inclusionProof(position: 12, in: checkpoint)
    }
  }

  @Test("A rewrite that re-hashes the chain is caught by the older checkpoint's consistency proof")
  func rehashedHistory() throws {
    let ledger = try source()
    let older = try ledger.makeCheckpoint(key: ledgerKey)
    let olderCheckpoint = try Checkpoint(text: older.text)
    try ledger.record(
      Fixtures.assign("LATER"), actor: "thuky", effective: Fixtures.day("03/01/2026"))
    let honest = try ledger.makeCheckpoint(key: ledgerKey)
    let honestProof = try ledger.consistencyProof(
      from: older, to: try Checkpoint(text: honest.text))
    try ProofCheck.check(
      honestProof, against: try Checkpoint(text: honest.text), key: ledgerKey.verifier)

    try rewrite(ledger)
    #expect(try ledger.verify().isIntact)
    // Even with the ledger key, the rewritten log cannot prove it extends the older checkpoint.
    let rewritten = try ledger.makeCheckpoint(key: ledgerKey)
    let newer = try Checkpoint(text: rewritten.text)
    #expect(throws: LedgerError.proofFails(.ledgerDiffers(size: olderCheckpoint.size))) {
      try ledger.consistencyProof(from: older, to: newer)
    }
    #expect(throws: LedgerError.proofFails(.ledgerDiffers(size: olderCheckpoint.size))) {
      try ledger.inclusionProof(position: 3, in: olderCheckpoint)
    }
    // A proof forged from the rewritten tree does not hold either.
    let leaves = try ledger.database.read { db in try ledger.leafHashes(through: .max, in: db) }
    let forged = ProofDocument.consistency(
      oldCheckpoint: older.rendered, treeSize: newer.size,
      path: MerkleTree.consistencyProof(oldSize: Int(olderCheckpoint.size), leaves))
    #expect(
      throws: LedgerError.proofFails(
        .notConsistent(oldSize: olderCheckpoint.size, newSize: newer.size))
    ) {
      try ProofCheck.check(forged, against: newer, key: ledgerKey.verifier)
    }
  }

  /// The proven export of a ledger as numbered lines.
  func provenLines(_ ledger: Ledger) throws -> [(number: Int, text: String)] {
    var lines: [String] = []
    try ledger.exportProvenEvents(key: ledgerKey) { lines.append($0) }
    return lines.enumerated().map { ($0.offset + 1, $0.element) }
  }

  @Test("A proven export imports at a ledger that registered the source, keeping its recorder")
  func provenImport() throws {
    let commune = try source(tasks: 2)
    let lines = try provenLines(commune)
    #expect(lines.count == 9)
    let (district, _) = try Fixtures.ledger(at: "06/07/2026")
    try district.registerSource("xa-hoa-binh", key: ledgerKey.verifier, actor: "huyện")
    #expect(try district.sources().map(\.source) == ["xa-hoa-binh"])
    let report = try district.importForeignFacts(
      lines: lines, source: "xa-hoa-binh", actor: "Văn phòng huyện")
    #expect(report.imported == 8)
    var origins: [FactOrigin] = []
    try district.replay { entry in
      if let origin = entry.event.origin { origins.append(origin) }
    }
    #expect(origins.count == 8)
    #expect(origins.allSatisfy { $0.actor == "thuky" && $0.recorded != nil })
    // The same name for another key is refused.
    #expect(throws: LedgerError.sourceNameTaken("xa-hoa-binh")) {
      try district.registerSource("xa-hoa-binh", key: otherKey.verifier, actor: "huyện")
    }
  }

  @Test("A line from a rewritten history is refused by number; nothing is written")
  func tamperedLine() throws {
    let commune = try source(tasks: 2)
    let genuine = try provenLines(commune)
    try rewrite(commune)
    let forged = try provenLines(commune)
    // Line 4 holds event 3: the rewritten one, well hashed, with its own (other) proof.
    var mixed = genuine
    mixed[3] = forged[3]
    let (district, _) = try Fixtures.ledger(at: "06/07/2026")
    try district.registerSource("xa", key: ledgerKey.verifier, actor: "huyện")
    let before = try district.eventCount()
    #expect(throws: LedgerError.badEventLine(line: 4, problem: .unproven(.pathDoesNotLead))) {
      try district.importForeignFacts(lines: mixed, source: "xa", actor: "huyện")
    }
    #expect(try district.eventCount() == before)
    // A plain export from a registered source is refused; a proven one from an unknown source too.
    var plain: [String] = []
    try commune.exportEvents { plain.append($0) }
    #expect(throws: LedgerError.badEventLine(line: 1, problem: .unproven(.noCheckpointLine))) {
      try district.importForeignFacts(
        lines: plain.enumerated().map { ($0.offset + 1, $0.element) }, source: "xa",
        actor: "huyện")
    }
    #expect(throws: LedgerError.unregisteredSource("khac")) {
      try district.importForeignFacts(lines: genuine, source: "khac", actor: "huyện")
    }
    // A checkpoint signed by another key is refused at line 1.
    var other: [String] = []
    try commune.exportProvenEvents(key: otherKey) { other.append($0) }
    #expect(
      throws: LedgerError.badEventLine(
        line: 1, problem: .unproven(.checkpointNotSigned(key: ledgerKey.name)))
    ) {
      try district.importForeignFacts(
        lines: other.enumerated().map { ($0.offset + 1, $0.element) }, source: "xa",
        actor: "huyện")
    }
    #expect(try district.eventCount() == before)
  }
}
