import Foundation
import LedgerCore
import LedgerTestSupport
import Testing

@testable import LedgerStore

@Suite("Projections")
struct ProjectionTests {
  @Test(
    "Inline projections equal a rebuild and the reference fold after a long random history",
    arguments: [1, 2, 3] as [UInt64])
  func rebuildAgrees(seed: UInt64) throws {
    // Given a long random history, many of its commands refused by the rules
    let (ledger, clock) = try Fixtures.ledger(at: "02/01/2026")
    var random = RandomHistory(seed: seed, officeChanges: true)
    let (accepted, refused, _) = try random.play(1500, on: ledger, clock: clock, dayEvery: 10)
    #expect(accepted > 250 && refused > 100, "accepted \(accepted), refused \(refused)")

    // When
    let inline = try ledger.projectionDigest()
    let report = try ledger.rebuild()

    // Then the rebuilt views are the inline ones, and both equal a plain fold of the log
    #expect(report.events == accepted)
    #expect(report.inlineDigest == inline)
    #expect(report.matches)
    var reference = EventLogReading()
    var log: [RecordedEvent] = []
    try ledger.replay { log.append($0.event) }
    for event in log {
      _ = try reference.append(
        Decision(
          stream: event.stream, expectedVersion: event.version - 1, event: event.event,
          effective: event.effective))
    }
    // A task the board shows twice (blame kept with an earlier lead, as after a merge) is one
    // task of the reference.
    var seen = Set<TaskID>()
    let tasks = try ledger.board().tasks.map(\.task).filter { seen.insert($0.id).inserted }
    #expect(tasks == reference.tasks())
    #expect(try ledger.units() == reference.units())
  }

  @Test("Rebuild repairs views that drifted from the log, and says so")
  func rebuildRepairs() throws {
    let (ledger, _) = try Fixtures.ledger(at: "05/07/2026")
    try Fixtures.commune(ledger)
    try ledger.record(Fixtures.assign("A"), actor: "x", effective: Fixtures.day("05/01/2026"))
    try ledger.database.write { db in
      try db.execute(sql: "UPDATE tasks SET status = 'cancelled' WHERE id = 'A'")
    }
    let report = try ledger.rebuild()
    #expect(!report.matches)
    #expect(try ledger.task(TaskID("A")!)?.status == .assigned)
    #expect(try ledger.rebuild().matches)
  }

  @Test("The timeline's digest sees a changed, missing or extra row, but not row ids")
  func timelineDigest() throws {
    let (ledger, _) = try Fixtures.ledger(at: "05/07/2026")
    try Fixtures.commune(ledger)
    try ledger.record(Fixtures.assign("A"), actor: "x", effective: Fixtures.day("05/01/2026"))
    try ledger.record(.startTask(TaskID("A")!, by: nil), actor: "x")
    let digest = try ledger.projectionDigest()
    let changes = [
      "UPDATE task_timeline SET status = 'paused' WHERE id = 1",
      "DELETE FROM task_timeline WHERE id = 1",
      "INSERT INTO task_timeline SELECT NULL, task_id, valid_from - 1, valid_to, known_from, "
        + "known_to, supporting, \(TaskColumns.list()) FROM task_timeline WHERE id = 1",
      // The same rows under other ids: the same digest.
      "UPDATE task_timeline SET id = id + 100",
    ]
    for (index, change) in changes.enumerated() {
      let (copy, _) = try Fixtures.ledger(at: "05/07/2026")
      try ledger.database.backup(to: copy.database)
      try copy.database.write { db in try db.execute(sql: change) }
      let same = try copy.projectionDigest() == digest
      #expect(same == (index == changes.count - 1), "\(change)")
    }
  }

  @Test("A correction removes a fact from the views and a correction of it restores it")
  func corrections() throws {
    let (ledger, _) = try Fixtures.ledger(at: "05/07/2026")
    try Fixtures.commune(ledger)
    try ledger.record(Fixtures.assign("A"), actor: "x", effective: Fixtures.day("05/01/2026"))
    let done = try ledger.record(
      .completeTask(TaskID("A")!, result: nil, evidence: nil, by: nil), actor: "x",
      effective: Fixtures.day("28/06/2026"))
    #expect(try ledger.board().tasks.first?.bucket == .completedOnTime)
    let correction = try ledger.record(
      .correct(position: done.position, reason: "Chưa xong"), actor: "kiểm tra")
    #expect(try ledger.board().tasks.first?.bucket == .overdue)
    #expect(
      try ledger.history(of: .task(TaskID("A")!)).map(\.retractedBy) == [
        nil, correction.position, nil,
      ])
    try ledger.record(
      .correct(position: correction.position, reason: "Đính chính nhầm"), actor: "kiểm tra")
    #expect(try ledger.board().tasks.first?.bucket == .completedOnTime)
    #expect(try ledger.rebuild().matches)
  }

  @Test("Retracting an appointment restores the previous head's tenure")
  func retractAppointment() throws {
    let (ledger, _) = try Fixtures.ledger(at: "05/07/2026")
    try Fixtures.commune(ledger)
    let handover = try ledger.record(
      .appointHead(
        unit: "UBND", person: "Phạm Anh Tuấn", role: "Chủ tịch UBND xã",
        replaces: "Nguyễn Văn An"), actor: "x",
      effective: Fixtures.day("01/07/2026"))
    #expect(
      try ledger.unit(named: "UBND")?.tenures.map(\.person) == ["Nguyễn Văn An", "Phạm Anh Tuấn"])
    try ledger.record(
      .correct(position: handover.position, reason: "Chưa có quyết định"), actor: "x")
    let tenures = try #require(try ledger.unit(named: "UBND")?.tenures)
    #expect(tenures.map(\.person) == ["Nguyễn Văn An"])
    #expect(tenures.first?.until == nil)
  }
}
