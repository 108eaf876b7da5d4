import Foundation
import GRDB
import LedgerCore
import LedgerTestSupport
import Testing

@testable import LedgerStore

/// A recurring deadline in the SQLite views (migration v9): stored as its own kind with its
/// reporting day, read back as the fold gives it, and the same in the timeline and a rebuild.
@Suite("Recurring deadlines in the store")
struct RecurringStoreTests {
  @Test("Stored, read back, judged from the timeline and rebuilt the same")
  func storedAndRebuilt() throws {
    // Given a monthly obligation due on the 20th, reported in January and March
    let (ledger, clock) = try Fixtures.ledger()
    try Fixtures.commune(ledger)
    let id = try #require(TaskID("M"))
    try ledger.record(
      Fixtures.assign("M", due: .recurring(.monthly, day: 20), support: []), actor: "thuky",
      effective: Fixtures.day("05/01/2026"))
    clock.set(day: "01/04/2026")
    for day in ["15/01/2026", "18/03/2026"] {
      try ledger.record(
        .reportProgress(id, text: "Báo cáo tháng", percent: nil, document: nil, by: nil),
        actor: "thuky", effective: Fixtures.day(day))
    }

    // Then the view holds the kind and the day, and the reports the periods need
    let task = try #require(try ledger.task(id))
    #expect(task.deadline == .recurring(.monthly, day: 20))
    #expect(task.record.periodReports == [Fixtures.day("15/01/2026"), Fixtures.day("18/03/2026")])
    let row = try ledger.database.read { db in
      try Row.fetchOne(db, sql: "SELECT deadline_kind, period_day FROM tasks WHERE id = 'M'")
    }
    #expect(row?["deadline_kind"] as String? == "monthly")
    #expect(row?["period_day"] as Int? == 20)

    // And a past day read from the timeline judges February as missed, as the fold does
    let february = try ledger.board(asOf: Fixtures.day("25/02/2026"), knownAt: nil)
    let view = try #require(february.tasks.first { $0.task.id == id })
    #expect(view.bucket == .overdue && view.charge.due == Fixtures.day("20/02/2026"))
    let replayed = try ledger.boardByReplay(asOf: Fixtures.day("25/02/2026"), knownAt: nil)
    #expect(replayed.tasks.first { $0.task.id == id }?.charge == view.charge)

    // And the views rebuilt from the log are the ones kept inline
    #expect(try ledger.rebuild().matches)
  }

  @Test("The tasks table still refuses a deadline kind it does not know, and a day past 31")
  func checks() throws {
    let (ledger, _) = try Fixtures.ledger()
    try Fixtures.commune(ledger)
    try ledger.record(
      Fixtures.assign("Q", due: .recurring(.quarterly, day: nil), support: []), actor: "thuky",
      effective: Fixtures.day("05/01/2026"))
    for sql in [
      "UPDATE tasks SET deadline_kind = 'weekly' WHERE id = 'Q'",
      "UPDATE tasks SET period_day = 32 WHERE id = 'Q'",
    ] {
      #expect(throws: DatabaseError.self) {
        try ledger.database.write { db in try db.execute(sql: sql) }
      }
    }
    try ledger.database.write { db in
      try db.execute(sql: "UPDATE tasks SET deadline_kind = 'half_yearly' WHERE id = 'Q'")
    }
  }

  @Test("A ledger made before migration v9 takes recurring deadlines once opened; its tasks stay")
  func migration() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("clearledger-v7-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("old.sqlite").path
    do {
      let queue = try DatabaseQueue(path: path)
      try LedgerSchema.migrator.migrate(queue, upTo: "v7")
      try queue.write { db in
        try db.execute(
          sql:
            "INSERT INTO ledger_meta (key, value) VALUES ('format', 'clearledger'), ('timezone', 'Asia/Ho_Chi_Minh')"
        )
        // A task row as a v7 ledger stores it
        try db.execute(
          sql: """
            INSERT INTO tasks (id, title, head_role, head_role_key, lead_unit, expected_result,
              deadline_kind, due, original_deadline, status, assigned_on, report_count,
              extension_count, last_position)
            VALUES ('OLD', 'Việc cũ', 'Chủ tịch UBND xã', 'chu tich ubnd xa', 'VHXH', 'Kết quả',
              'date', '2026-06-30', '{"date":"2026-06-30","kind":"date"}', 'assigned',
              '2026-01-05', 0, 0, 1)
            """)
      }
      try queue.close()
    }
    let clock = MovableClock(Fixtures.morning("05/01/2026"))
    let ledger = try Ledger.open(at: path, clock: clock.ledgerClock)
    try Fixtures.commune(ledger)
    try ledger.record(
      Fixtures.assign("Q", due: .recurring(.quarterly, day: 15), support: []), actor: "thuky",
      effective: Fixtures.day("05/01/2026"))
    #expect(try ledger.task(TaskID("Q")!)?.deadline == .recurring(.quarterly, day: 15))
    #expect(try ledger.task(TaskID("OLD")!)?.deadline == .date(Fixtures.day("30/06/2026")))
    let integrity = try ledger.database.read { db in
      try String.fetchOne(db, sql: "PRAGMA integrity_check")
    }
    #expect(integrity == "ok")
  }
}
