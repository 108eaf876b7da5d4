import Foundation
import LedgerChain
import LedgerCore
import LedgerProof
import LedgerStore
import LedgerTestSupport
import PostgresNIO
import Testing

@testable import LedgerHub

/// Signatures and proofs at ingest, against a real PostgreSQL: a signed event must hold for a
/// key its source registered before it, and a source added with its ledger key sends proven
/// exports whose checkpoint and every line's proof must hold; a failing line is refused by
/// number and nothing is written.
@Suite(
  "Signatures and proofs checked at hub ingest",
  .enabled(if: TestPostgres.url != nil, TestPostgres.skipReason))
struct HubProofTests {
  let ledgerKey = try! SignerKey.named(
    SignerKey.ledgerPrefix, seed: [UInt8](repeating: 7, count: 32))
  let otherKey = try! SignerKey.named(
    SignerKey.ledgerPrefix, seed: [UInt8](repeating: 8, count: 32))
  let binh = try! SignerKey.named(SignerKey.personPrefix, seed: [UInt8](repeating: 1, count: 32))

  /// A commune with Bình's key registered and `signed` tasks assigned under her signature,
  /// then one unsigned task: 6 + 1 + `signed` + 1 events.
  func signedCommune(signed: Int = 3) throws -> Ledger {
    let (ledger, _) = try Fixtures.ledger(at: "05/07/2026")
    try Fixtures.commune(ledger)
    try ledger.registerKey(binh.verifier, person: "Trần Thị Bình", actor: "Văn thư")
    for index in 0..<signed {
      try ledger.with(signer: binh).record(
        Fixtures.assign("S\(index)"), actor: "Trần Thị Bình",
        effective: Fixtures.day("02/01/2026"))
    }
    try ledger.record(
      Fixtures.assign("U"), actor: "thuky", effective: Fixtures.day("02/01/2026"))
    return ledger
  }

  func plain(_ ledger: Ledger) throws -> [String] {
    var lines: [String] = []
    try ledger.exportEvents { lines.append($0) }
    return lines
  }

  func proven(_ ledger: Ledger, key: SignerKey, since first: Int64 = 1) throws -> [String] {
    var lines: [String] = []
    try ledger.exportProvenEvents(key: key, since: first) { lines.append($0) }
    return lines
  }

  /// A line with its signature replaced by another valid-looking one.
  func forgeSignature(_ line: String) throws -> String {
    let signature = try #require(
      line.firstMatch(of: /"signature":"([^"]+)"/).map { String($0.output.1) })
    let forged = Data(repeating: 9, count: 64).base64EncodedString()
    #expect(forged != signature)
    return line.replacingOccurrences(of: signature, with: forged)
  }

  @Test("Signer, signature and clock are kept; each new signed event's signature is checked")
  func signaturesKeptAndChecked() async throws {
    let commune = try signedCommune()
    let lines = try plain(commune)
    var reader = EventLineReader(expected: 1, previous: HashChain.genesis)
    let events = try CommuneExport.numbered(lines).compactMap {
      try reader.read($0.text, line: $0.number)
    }
    let signedPositions = events.filter { $0.signer != nil }.map(\.position)
    #expect(signedPositions == [8, 9, 10])
    try await TestPostgres.withHub("signed") { hub in
      try await hub.addSource("xa-a", name: "Xã A")
      // A forged signature on event 9 (line 9) is refused by line; nothing is written.
      var forged = lines
      forged[8] = try forgeSignature(forged[8])
      await #expect(
        throws: LedgerError.badEventLine(line: 9, problem: .unproven(.badSignature(position: 9)))
      ) {
        try await hub.ingest(source: "xa-a", lines: CommuneExport.numbered(forged), batchSize: 3)
      }
      #expect(try await hub.lastPosition(of: "xa-a", knownAt: nil) == 0)
      // The genuine file: every signature holds, and the hub keeps the members as exported.
      let result = try await hub.ingest(source: "xa-a", lines: CommuneExport.numbered(lines))
      #expect(result.added == lines.count && result.signed == 3 && result.proven == nil)
      let held = try await hub.events(of: "xa-a")
      #expect(held.map(\.signer) == events.map(\.signer))
      #expect(held.map(\.signature) == events.map(\.signature))
      #expect(held.map(\.fixedClock) == events.map(\.fixedClock))
      #expect(held.filter { $0.signer != nil }.count == 3)
    }
  }

  @Test("A tail signed by a key that an earlier ingest registered holds")
  func signerFromEarlierIngest() async throws {
    let commune = try signedCommune()
    let lines = try plain(commune)
    try await TestPostgres.withHub("signertail") { hub in
      try await hub.addSource("xa-a", name: "Xã A")
      // Up to the key's registration (event 7), then the signed tail on its own.
      _ = try await hub.ingest(source: "xa-a", lines: CommuneExport.numbered(lines.prefix(7)))
      let tail = try await hub.ingest(
        source: "xa-a", lines: CommuneExport.numbered(Array(lines.dropFirst(7))))
      #expect(tail.added == 4 && tail.signed == 3)
    }
  }

  @Test(
    "The key rules: an unknown or revoked signer, another recorder, an unsigned event under require_signatures"
  )
  func signerRules() throws {
    let lines = try plain(try signedCommune(signed: 1))
    var reader = EventLineReader(expected: 1, previous: HashChain.genesis)
    let parsed = try CommuneExport.numbered(lines).compactMap {
      try reader.parse($0.text, line: $0.number)
    }
    let signed = try #require(parsed.first { $0.event.signer != nil })
    let unsigned = try #require(parsed.last)
    let keyID = binh.verifier.keyID
    var keys = SignerKeys()
    #expect(keys.problem(with: signed) == .unknownSigner(keyID: keyID, position: 8))
    #expect(keys.problem(with: signed, strict: false) == nil)
    for event in parsed.prefix(7) { keys.learn(event.event) }
    #expect(keys.problem(with: signed) == nil)
    var otherRecorder = signed
    otherRecorder.event.actor = "thuky"
    #expect(keys.problem(with: otherRecorder) != nil)
    #expect(keys.problem(with: unsigned) == nil)
    var strict = keys
    strict.learn(
      RecordedEvent(
        position: 8, stream: LedgerPolicy.requireSignatures.stream, version: 1,
        event: .policyAdopted(PolicyAdopted(policy: .requireSignatures)),
        effective: signed.event.effective, recorded: signed.event.recorded, actor: "x",
        payload: Data(), previousHash: "", hash: ""))
    #expect(strict.problem(with: unsigned) == .unsignedUnderPolicy(position: 9))
    keys.learn(
      RecordedEvent(
        position: 8, stream: .key(keyID), version: 2,
        event: .keyRevoked(KeyRevoked(keyId: keyID, reason: "lost")),
        effective: signed.event.effective, recorded: signed.event.recorded, actor: "x",
        payload: Data(), previousHash: "", hash: ""))
    #expect(keys.problem(with: signed) == .revokedSigner(keyID: keyID, position: 8))
  }

  @Test("A proven export to a source added with its key: checkpoint and every proof checked")
  func provenIngest() async throws {
    let commune = try signedCommune()
    let lines = try proven(commune, key: ledgerKey)
    #expect(lines.count == 12)
    try await TestPostgres.withHub("proven") { hub in
      await #expect(throws: LedgerError.unreadableSourceKey("not a key")) {
        try await hub.addSource("xa-x", name: "Xã X", publicKey: "not a key")
      }
      try await hub.addSource("xa-a", name: "Xã A", publicKey: ledgerKey.verifier.description)
      // A plain export is refused: the first line must be the signed checkpoint.
      await #expect(
        throws: LedgerError.badEventLine(line: 1, problem: .unproven(.noCheckpointLine))
      ) {
        try await hub.ingest(source: "xa-a", lines: CommuneExport.numbered(try plain(commune)))
      }
      // A checkpoint signed by another key is refused.
      await #expect(
        throws: LedgerError.badEventLine(
          line: 1, problem: .unproven(.checkpointNotSigned(key: ledgerKey.verifier.name)))
      ) {
        try await hub.ingest(
          source: "xa-a", lines: CommuneExport.numbered(try proven(commune, key: otherKey)))
      }
      // One line whose proof does not lead to the root (line 6: event 5) refuses the file.
      var broken = lines
      broken[5] = broken[5].replacingOccurrences(
        of: #"{"proof":["#, with: #"{"proof":["\#(String(repeating: "ab", count: 32))","#)
      await #expect(
        throws: LedgerError.badEventLine(line: 6, problem: .unproven(.pathDoesNotLead))
      ) {
        try await hub.ingest(source: "xa-a", lines: CommuneExport.numbered(broken), batchSize: 2)
      }
      #expect(try await hub.lastPosition(of: "xa-a", knownAt: nil) == 0)
      // The genuine proven file.
      let result = try await hub.ingest(source: "xa-a", lines: CommuneExport.numbered(lines))
      #expect(result.added == 11 && result.proven == 11 && result.signed == 3)
      let kept = try await hub.query(
        "SELECT size, note FROM hub_checkpoints WHERE source = 'xa-a'")
      var checkpoints: [(Int64, String)] = []
      for try await row in kept.decode((Int64, String).self) { checkpoints.append(row) }
      #expect(checkpoints.count == 1 && checkpoints.first?.0 == 11)
      // A grown proven export --since a held position continues; the overlap is compared.
      try commune.record(
        Fixtures.assign("V"), actor: "thuky", effective: Fixtures.day("03/01/2026"))
      let grown = try await hub.ingest(
        source: "xa-a",
        lines: CommuneExport.numbered(try proven(commune, key: ledgerKey, since: 10)))
      #expect(grown.added == 1 && grown.alreadyHeld == 2 && grown.proven == 12)
      // A proven file for a source the hub has no key of is refused as a whole.
      try await hub.addSource("xa-b", name: "Xã B")
      await #expect(throws: LedgerError.sourceWithoutKey("xa-b")) {
        try await hub.ingest(source: "xa-b", lines: CommuneExport.numbered(lines))
      }
    }
  }
}
