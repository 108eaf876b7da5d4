import Foundation
import GRDB
import LedgerCore
import LedgerTestSupport
import Testing

@testable import LedgerStore

@Suite("The ledger file")
struct LedgerFileTests {
  /// A fresh folder for one test.
  func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "clearledger-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// The bytes of the database and its WAL, if any.
  func bytes(_ path: String) -> [Data?] {
    ["", "-wal"].map { FileManager.default.contents(atPath: path + $0) }
  }

  @Test("Every refused command leaves the file byte-identical")
  func refusalsLeaveNoTrace() throws {
    // Given a file ledger with some history
    let path = try folder().appendingPathComponent("ledger.sqlite").path
    let clock = MovableClock(Fixtures.morning("05/07/2026"))
    let ledger = try Ledger.create(at: path, clock: clock.ledgerClock)
    try Fixtures.commune(ledger)
    try ledger.record(Fixtures.assign("A"), actor: "x", effective: Fixtures.day("05/01/2026"))
    try ledger.record(Fixtures.assign("B"), actor: "x", effective: Fixtures.day("05/01/2026"))
    try ledger.record(.cancelTask(TaskID("B")!, reason: "r"), actor: "x")
    let a = TaskID("A")!
    let refused: [LedgerCommand] = [
      .completeTask(TaskID("B")!, result: nil, evidence: nil, by: nil),
      .reportProgress(TaskID("NOPE")!, text: "x", percent: nil, document: nil, by: nil),
      .extendDeadline(a, to: Fixtures.day("01/06/2026"), reason: "r", approvedBy: "a"),
      .appointHead(unit: "Phòng Kinh tế", person: "A", role: "Trưởng phòng"),
      .registerUnit(name: "Phòng Văn hoá - Xã hội", code: nil),
      Fixtures.assign("A"), Fixtures.assign("C", lead: "VHXH", support: ["VHXH"]),
      .resumeTask(a, reason: nil), .correct(position: 99, reason: "r"),
      .reassignLead(a, lead: "VHXH", reason: "r"),
      .reportProgress(a, text: "x", percent: -1, document: nil, by: nil),
    ]
    for command in refused {
      let before = bytes(path)
      // When
      #expect(throws: LedgerError.self) { try ledger.record(command, actor: "x") }
      // Then
      #expect(bytes(path) == before, "\(command)")
    }
    // A conflict and a clock going back are refused without a trace too
    let stale = try ledger.decide(.startTask(a, by: nil))
    try ledger.record(
      .reportProgress(a, text: "x", percent: nil, document: nil, by: nil), actor: "x")
    let before = bytes(path)
    #expect(throws: LedgerError.self) { try ledger.append(stale, actor: "x") }
    clock.set(day: "01/07/2026")
    #expect(throws: LedgerError.self) { try ledger.record(.startTask(a, by: nil), actor: "x") }
    #expect(bytes(path) == before)
  }

  @Test("Opening checks the file is a ledger this version can use, and never changes it")
  func openChecks() throws {
    let dir = try folder()
    let missing = dir.appendingPathComponent("missing.sqlite").path
    #expect(throws: LedgerError.noLedger(path: missing)) {
      try Ledger.open(at: missing, clock: .system)
    }

    let text = dir.appendingPathComponent("notes.txt").path
    _ = FileManager.default.createFile(
      atPath: text, contents: Data("not a database at all, just some words".utf8))
    #expect(throws: LedgerError.notALedger(path: text)) {
      try Ledger.open(at: text, clock: .system)
    }
    #expect(
      FileManager.default.contents(atPath: text)
        == Data("not a database at all, just some words".utf8))

    let other = dir.appendingPathComponent("other.sqlite").path
    let queue = try DatabaseQueue(path: other)
    try queue.write { db in try db.execute(sql: "CREATE TABLE t (x); INSERT INTO t VALUES (1)") }
    try queue.close()
    let otherBytes = FileManager.default.contents(atPath: other)
    #expect(throws: LedgerError.notALedger(path: other)) {
      try Ledger.open(at: other, clock: .system)
    }
    #expect(FileManager.default.contents(atPath: other) == otherBytes)

    let newer = dir.appendingPathComponent("newer.sqlite").path
    let ledger = try Ledger.create(at: newer, clock: .system)
    try ledger.database.write { db in
      try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99')")
    }
    try ledger.database.close()
    #expect(throws: LedgerError.newerLedger(path: newer)) {
      try Ledger.open(at: newer, clock: .system)
    }

    // A ledger made before migration v2 gains it when opened for writing, and keeps its events.
    let older = dir.appendingPathComponent("older.sqlite").path
    let made = try Ledger.create(at: older, clock: .system)
    try Fixtures.commune(made)
    try made.database.write { db in
      try db.execute(sql: "DROP INDEX events_by_origin")
      try db.execute(sql: "DROP INDEX task_timeline_current")
      try db.execute(
        sql: "CREATE INDEX task_timeline_open ON task_timeline (task_id, known_to, valid_from)")
      try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v2'")
    }
    try made.database.close()
    let reopened = try Ledger.open(at: older, clock: .system)
    #expect(try reopened.eventCount() == 6)
    let index = try reopened.database.read { db in
      try String.fetchOne(
        db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'events_by_origin'"
      )
    }
    #expect(index == "events_by_origin")

    #expect(throws: LedgerError.ledgerExists(path: newer)) {
      try Ledger.create(at: newer, clock: .system)
    }
  }

  @Test("A ledger keeps its time zone, which decides what today is")
  func timeZone() throws {
    let path = try folder().appendingPathComponent("ledger.sqlite").path
    // 30/06/2026 23:30 in UTC is already 01/07 in Hà Nội
    let instant = Fixtures.instant("2026-06-30T23:30:00Z")
    _ = try Ledger.create(at: path, clock: .constant(instant))
    #expect(
      try Ledger.open(at: path, clock: .constant(instant)).today() == Fixtures.day("01/07/2026"))
    #expect(throws: LedgerError.invalidTimeZone("Mars/Base")) {
      try Ledger.create(at: path + "2", clock: .system, timeZone: "Mars/Base")
    }
  }
}
