import Foundation
import GRDB
import LedgerCore
import LedgerTestSupport
import Testing

@testable import LedgerStore

@Suite("The event log")
struct EventLogTests {
  @Test("UPDATE and DELETE on events are refused by triggers naming the rule")
  func appendOnly() throws {
    // Given
    let (ledger, _) = try Fixtures.ledger()
    try Fixtures.commune(ledger)
    // When / Then
    for sql in [
      "UPDATE events SET actor = 'x' WHERE position = 1", "DELETE FROM events WHERE position = 1",
    ] {
      let error = #expect(throws: DatabaseError.self) {
        try ledger.database.write { db in try db.execute(sql: sql) }
      }
      #expect(error?.message?.contains("append-only") == true)
    }
    #expect(try ledger.eventCount() == 6)
    #expect(try ledger.verify().isIntact)
  }

  @Test("An insert that does not extend the log is refused by the schema")
  func insertMustExtend() throws {
    let (ledger, _) = try Fixtures.ledger()
    try Fixtures.commune(ledger)
    let last = try ledger.database.read { db in
      try Row.fetchOne(db, sql: "SELECT * FROM events ORDER BY position DESC LIMIT 1")!
    }
    let cases: [(Int64, String, Int, String)] = [
      (9, "unit:UBND", 3, last["hash"]),  // a gap in positions
      (7, "unit:UBND", 3, String(repeating: "1", count: 64)),  // wrong previous hash
      (7, "unit:UBND", 1, last["hash"]),  // a stream version used twice
      (7, "unit:UBND", 5, last["hash"]),  // a gap in the stream
    ]
    for (position, stream, version, previous) in cases {
      #expect(throws: DatabaseError.self) {
        try ledger.database.write { db in
          try db.execute(
            sql: """
              INSERT INTO events (\(EventRows.columns))
              VALUES (?, ?, ?, 'task.started', 1, '2026-01-05', '2026-01-05T02:00:00.000Z', 'x', '{}', ?, ?)
              """,
            arguments: [position, stream, version, previous, String(repeating: "2", count: 64)])
        }
      }
    }
    #expect(try ledger.eventCount() == 6)
  }

  @Test("Each event carries the whole envelope, hashed onto the one before")
  func envelope() throws {
    let (ledger, clock) = try Fixtures.ledger()
    try Fixtures.commune(ledger)
    clock.set(day: "05/07/2026")
    let event = try ledger.record(
      Fixtures.assign("A", due: .date(Fixtures.day("31/12/2026"))), actor: "Thư ký Hoa",
      effective: Fixtures.day("01/07/2026"))
    #expect(event.position == 7)
    #expect(event.stream == .task(TaskID("A")!))
    #expect(event.version == 1)
    #expect(event.effective == Fixtures.day("01/07/2026"))
    #expect(LocalDate(event.recorded, in: ledger.timeZone) == Fixtures.day("05/07/2026"))
    #expect(event.actor == "Thư ký Hoa")
    let history = try ledger.history(of: .unit(UnitCode("CAX")!))
    let previous = try ledger.history(of: .unit(UnitCode("CAX")!)).last!.event
    #expect(history.count == 2)
    #expect(event.previousHash == previous.hash)
    #expect(event.hash.count == 64 && event.hash != previous.hash)
  }

  @Test("Recorded time never goes back: a clock behind the log is refused, nothing written")
  func clockBackwards() throws {
    let (ledger, clock) = try Fixtures.ledger(at: "05/07/2026")
    try Fixtures.commune(ledger)
    clock.set(day: "04/07/2026")
    #expect {
      try ledger.record(Fixtures.assign("A"), actor: "x", effective: Fixtures.day("01/06/2026"))
    } throws: { error in
      if case .clockBehindLedger = error as? LedgerError { return true }
      return false
    }
    #expect(try ledger.eventCount() == 6)
  }

  @Test("A writer who lost the race gets a conflict, and nothing is written")
  func optimisticConcurrency() throws {
    // Given two clerks who both read task A at version 1
    let (ledger, _) = try Fixtures.ledger(at: "05/07/2026")
    try Fixtures.commune(ledger)
    try ledger.record(Fixtures.assign("A"), actor: "x", effective: Fixtures.day("05/01/2026"))
    let first = try ledger.decide(.startTask(TaskID("A")!, by: nil))
    let second = try ledger.decide(.cancelTask(TaskID("A")!, reason: "Không còn cần"))
    #expect(first.expectedVersion == 1 && second.expectedVersion == 1)
    // When the first writes, then the second
    try ledger.append(first, actor: "clerk 1")
    let digest = try ledger.projectionDigest()
    #expect(
      throws: LedgerError.concurrencyConflict(stream: .task(TaskID("A")!), expected: 1, actual: 2)
    ) {
      try ledger.append(second, actor: "clerk 2")
    }
    // Then nothing of the second is in the log or the views
    #expect(try ledger.eventCount() == 8)
    #expect(try ledger.projectionDigest() == digest)
    #expect(try ledger.task(TaskID("A")!)?.status == .inProgress)
  }

  @Test("A stated expected version must still hold")
  func expectedVersion() throws {
    let (ledger, _) = try Fixtures.ledger(at: "05/07/2026")
    try Fixtures.commune(ledger)
    try ledger.record(Fixtures.assign("A"), actor: "x", effective: Fixtures.day("05/01/2026"))
    try ledger.record(.startTask(TaskID("A")!, by: nil), actor: "x", expectedVersion: 1)
    #expect(
      throws: LedgerError.concurrencyConflict(stream: .task(TaskID("A")!), expected: 1, actual: 2)
    ) {
      try ledger.record(
        .reportProgress(TaskID("A")!, text: "x", percent: nil, document: nil, by: nil), actor: "x",
        expectedVersion: 1)
    }
  }

  @Test("Text is stored NFC, whatever form it arrives in")
  func nfcStorage() throws {
    let (ledger, _) = try Fixtures.ledger()
    let nfd = "Phòng Văn hóa - Xã hội".decomposedStringWithCanonicalMapping
    try ledger.record(
      .registerUnit(name: nfd, code: "VHXH"), actor: "Thư ký".decomposedStringWithCanonicalMapping)
    let stored = try ledger.database.read { db in
      try Row.fetchOne(db, sql: "SELECT payload, actor FROM events")!
    }
    let payload: String = stored["payload"]
    let actor: String = stored["actor"]
    #expect(
      payload.unicodeScalars.elementsEqual(
        payload.precomposedStringWithCanonicalMapping.unicodeScalars))
    #expect(payload.contains("Phòng Văn hóa - Xã hội".precomposedStringWithCanonicalMapping))
    #expect(
      actor.unicodeScalars.elementsEqual(
        "Thư ký".precomposedStringWithCanonicalMapping.unicodeScalars))
    #expect(try ledger.unit(named: "PHÒNG VĂN HOÁ – XÃ HỘI")?.code.rawValue == "VHXH")
  }

  @Test("The migrations are the committed SQL schema files")
  func schemaFile() throws {
    for (name, sql) in [
      ("ledger.v1.sql", LedgerSchema.v1), ("ledger.v2.sql", LedgerSchema.v2),
      ("ledger.v3.sql", LedgerSchema.v3), ("ledger.v4.sql", LedgerSchema.v4),
      ("ledger.v5.sql", LedgerSchema.v5), ("ledger.v6.sql", LedgerSchema.v6),
      ("ledger.v7.sql", LedgerSchema.v7), ("ledger.v8.sql", LedgerSchema.v8),
      ("ledger.v9.sql", LedgerSchema.v9), ("ledger.v10.sql", LedgerSchema.v10),
      ("ledger.v11.sql", LedgerSchema.v11),
      ("ledger.v12.sql", LedgerSchema.v12),
      ("ledger.v13.sql", LedgerSchema.v13),
    ] {
      let file = try String(contentsOf: Fixtures.schemaURL(name), encoding: .utf8)
      #expect(
        file.trimmingCharacters(in: .whitespacesAndNewlines)
          == sql.trimmingCharacters(in: .whitespacesAndNewlines))
    }
  }
}

@Suite("Rules that span streams")
struct CrossStreamTests {
  @Test("Two clerks registering one unit under different codes: the second is refused at write")
  func sameUnitTwice() throws {
    let (ledger, _) = try Fixtures.ledger()
    let first = try ledger.decide(.registerUnit(name: "Phòng Kinh tế", code: "KT"))
    let second = try ledger.decide(.registerUnit(name: "Phòng Kinh tế", code: "PKT"))
    try ledger.append(first, actor: "a")
    #expect(throws: LedgerError.unitNameTaken(name: "Phòng Kinh tế", code: UnitCode("KT")!)) {
      try ledger.append(second, actor: "b")
    }
    #expect(try ledger.eventCount() == 1)
  }
}
