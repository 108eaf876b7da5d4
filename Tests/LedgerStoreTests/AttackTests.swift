import Foundation
import GRDB
import LedgerCore
import LedgerTestSupport
import Testing

@testable import LedgerStore

/// The log under attack: forged lines, SQL behind the ledger's back, absurd clocks and digests.
///
/// Lines are forged with valid hashes. Each case was accepted before the rule that now refuses it.
@Suite("Attacks on the log")
struct AttackTests {
  /// A commune with task A and one progress report on it (the last line), and its export.
  func source() throws -> [String] {
    let (ledger, _) = try Fixtures.ledger()
    try Fixtures.commune(ledger)
    try ledger.record(Fixtures.assign("A"), actor: "thuky")
    try ledger.record(
      .reportProgress(TaskID("A")!, text: "Đã xong một nửa", percent: 50, document: nil, by: nil),
      actor: "thuky")
    var lines: [String] = []
    try ledger.exportEvents { lines.append($0) }
    return lines
  }

  func numbered(_ lines: [String]) -> [(number: Int, text: String)] {
    lines.enumerated().map { (number: $0.offset + 1, text: $0.element) }
  }

  @Test(
    "An exact import refuses a correctly hashed line whose payload breaks its schema or rules",
    arguments: [
      (#"{"percent":150,"text":"Xong"}"#, LedgerError.LineProblem.refused(.percentOutOfRange(150))),
      (#"{"percent":-5,"text":"Xong"}"#, .refused(.percentOutOfRange(-5))),
      (#"{"text":""}"#, .refused(.emptyText(.text))),
      (#"{"text":"\u200b\u2060"}"#, .refused(.emptyText(.text))),
      (#"{"text":"Xong\u0007"}"#, .refused(.controlCharacter(.text, scalar: 7))),
      (#"{"text":"  Xong  "}"#, .refused(.uncleanText(.text))),
      (#"{"admin":true,"text":"Xong"}"#, .badPayload),
      (#"{"percent":"50","text":"Xong"}"#, .badPayload),
      (
        #"{"origin":{"id":"x","source":"xa","stream":"task:B"},"text":"Xong"}"#,
        .refused(.unverifiedOrigin(source: "xa", id: "x"))
      ),
      (
        #"{"origin":{"id":"","source":"xa"},"text":"Xong"}"#,
        .refused(.unverifiedOrigin(source: "xa", id: ""))
      ),
      (
        #"{"origin":{"id":"x","position":0,"source":"xa"},"text":"Xong"}"#,
        .refused(.unverifiedOrigin(source: "xa", id: "x"))
      ),
    ])
  func forgedPayload(payload: String, problem: LedgerError.LineProblem) throws {
    var lines = try source()
    lines[lines.count - 1] = try ForgedLine.make(from: lines[lines.count - 1], payload: payload)
    let (copy, _) = try Fixtures.ledger()
    #expect(throws: LedgerError.badEventLine(line: lines.count, problem: problem)) {
      try copy.importEvents(lines: numbered(lines))
    }
    #expect(try copy.eventCount() == 0)
  }

  @Test("The unforged export still imports: the rules refuse only what the ledger never writes")
  func genuineImports() throws {
    let lines = try source()
    let (copy, _) = try Fixtures.ledger()
    #expect(try copy.importEvents(lines: numbered(lines)) == lines.count)
  }

  @Test("An origin shaped as a foreign import writes it is restored; facts imported restore too")
  func wellFormedOrigin() throws {
    var lines = try source()
    lines[lines.count - 1] = try ForgedLine.make(
      from: lines[lines.count - 1],
      payload: #"{"origin":{"id":"x","position":7,"source":"xa","stream":"task:A"},"text":"Xong"}"#)
    let (copy, _) = try Fixtures.ledger()
    #expect(try copy.importEvents(lines: numbered(lines)) == lines.count)
    let (district, _) = try Fixtures.ledger()
    _ = try district.importForeignFacts(lines: numbered(try source()), source: "xa", actor: "huyện")
    var exported: [String] = []
    try district.exportEvents { exported.append($0) }
    let (restored, _) = try Fixtures.ledger()
    #expect(try restored.importEvents(lines: numbered(exported)) == exported.count)
  }

  @Test("An exact import refuses a line recorded in the future, which would block every write")
  func futureRecorded() throws {
    var lines = try source()
    lines[lines.count - 1] = try ForgedLine.make(
      from: lines[lines.count - 1], recorded: "2099-01-01T00:00:00.000Z")
    let (copy, _) = try Fixtures.ledger()
    #expect(
      throws: LedgerError.badEventLine(
        line: lines.count, problem: .recordedInFuture("2099-01-01T00:00:00.000Z"))
    ) {
      try copy.importEvents(lines: numbered(lines))
    }
  }

  @Test("INSERT OR REPLACE with a reused hash cannot delete an event")
  func replaceRefused() throws {
    let (ledger, _, folder) = try Fixtures.fileLedger()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Fixtures.commune(ledger)
    let before = try ledger.eventCount()
    #expect(throws: DatabaseError.self) {
      try ledger.database.write { db in
        try db.execute(
          sql: """
            INSERT OR REPLACE INTO events
            SELECT (SELECT max(position) + 1 FROM events), stream,
              (SELECT max(version) + 1 FROM events AS e WHERE e.stream = events.stream), type,
              schema_version, effective, (SELECT max(recorded) FROM events), actor, payload,
              (SELECT hash FROM events ORDER BY position DESC LIMIT 1), hash
            FROM events WHERE position = 2
            """)
      }
    }
    #expect(try ledger.eventCount() == before)
    #expect(try ledger.verify().isIntact)
  }

  @Test("A digest at position 0 is not a digest: it vouches for nothing")
  func zeroDigest() {
    #expect(LedgerDigest("0:" + HashChain.genesis) == nil)
    #expect(LedgerDigest("0:" + String(repeating: "a", count: 64)) == nil)
    #expect(LedgerDigest("1:" + String(repeating: "a", count: 64)) != nil)
  }

  @Test(
    "A clock outside 2000–2100 records nothing",
    arguments: ["9999-12-31T23:59:59Z", "1970-01-01T00:00:00Z", "2100-06-01T00:00:00Z"])
  func absurdClock(now: String) throws {
    let instant = Fixtures.instant(now)
    let ledger = try Ledger.inMemory(clock: .constant(instant))
    #expect(throws: LedgerError.implausibleClock(instant.isoUTC)) {
      try ledger.record(.registerUnit(name: "UBND xã", code: "UBND"), actor: "thuky")
    }
    #expect(try ledger.eventCount() == 0)
  }

  @Test("Names made only of invisible characters are empty")
  func invisibleNames() throws {
    let (ledger, _) = try Fixtures.ledger()
    for name in ["\u{200B}", "\u{200B}\u{200C}\u{200D}\u{2060}\u{FEFF}", "\u{3164}", " \u{2800} "] {
      #expect(throws: LedgerError.emptyText(.name)) {
        try ledger.record(.registerUnit(name: name, code: nil), actor: "thuky")
      }
    }
    try ledger.record(.registerUnit(name: "UBND xã", code: "UBND"), actor: "thuky")
    #expect(throws: LedgerError.emptyText(.person)) {
      try ledger.record(
        .appointHead(unit: "UBND", person: "\u{200B}\u{200B}", role: "Chủ tịch"), actor: "thuky")
    }
  }
}
