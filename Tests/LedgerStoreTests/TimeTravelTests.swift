import Foundation
import GRDB
import LedgerCore
import LedgerTestSupport
import Testing

@testable import LedgerStore

@Suite("The state on a day, as known at a time")
struct TimeTravelTests {
  /// A task due 30/06 whose completion (done 28/06) was recorded on 05/07.
  func lateFiled() throws -> (Ledger, MovableClock, RecordedEvent) {
    let (ledger, clock) = try Fixtures.ledger(at: "05/01/2026")
    try Fixtures.commune(ledger)
    try ledger.record(Fixtures.assign("A"), actor: "thư ký", effective: Fixtures.day("05/01/2026"))
    clock.set(Fixtures.instant("2026-07-05T10:00:00+07:00"))
    let done = try ledger.record(
      .completeTask(TaskID("A")!, result: nil, evidence: nil, by: nil), actor: "thư ký",
      effective: Fixtures.day("28/06/2026"))
    return (ledger, clock, done)
  }

  func bucket(_ ledger: Ledger, asOf day: String, knownAt moment: String?) throws -> Bucket? {
    try ledger.board(asOf: Fixtures.day(day), knownAt: moment.map(Fixtures.instant)).tasks.first?
      .bucket
  }

  @Test("A completion filed late counts as on time now, and did not count on 01/07")
  func lateFiling() throws {
    let (ledger, _, _) = try lateFiled()
    #expect(try bucket(ledger, asOf: "30/06/2026", knownAt: nil) == .completedOnTime)
    #expect(
      try bucket(ledger, asOf: "30/06/2026", knownAt: "2026-07-01T09:00:00+07:00") == .overdue)
    #expect(
      try bucket(ledger, asOf: "29/06/2026", knownAt: "2026-07-01T09:00:00+07:00")
        == .inProgressWithinDeadline)
    #expect(try bucket(ledger, asOf: "27/06/2026", knownAt: nil) == .inProgressWithinDeadline)
    #expect(
      try bucket(ledger, asOf: "01/07/2026", knownAt: "2026-07-05T09:59:59+07:00") == .overdue)
    #expect(
      try bucket(ledger, asOf: "01/07/2026", knownAt: "2026-07-05T10:00:01+07:00")
        == .completedOnTime)
    #expect(try ledger.board(asOf: Fixtures.day("04/01/2026"), knownAt: nil).tasks.isEmpty)
  }

  @Test("Corrections: reads known before one show the old picture; a correction of it restores")
  func correctionChain() throws {
    let (ledger, clock, done) = try lateFiled()
    clock.set(Fixtures.instant("2026-07-10T09:00:00+07:00"))
    let retract = try ledger.record(
      .correct(position: done.position, reason: "Chưa xong"), actor: "kiểm tra")
    clock.set(Fixtures.instant("2026-07-20T09:00:00+07:00"))
    let undo = try ledger.record(
      .correct(position: retract.position, reason: "Đính chính nhầm"), actor: "kiểm tra")
    clock.set(Fixtures.instant("2026-07-25T09:00:00+07:00"))
    try ledger.record(
      .correct(position: undo.position, reason: "Thực ra xong ngày 03/07", restatedEffective: nil),
      actor: "kiểm tra")
    #expect(
      try bucket(ledger, asOf: "30/06/2026", knownAt: "2026-07-09T00:00:00+07:00")
        == .completedOnTime)
    #expect(
      try bucket(ledger, asOf: "30/06/2026", knownAt: "2026-07-15T00:00:00+07:00") == .overdue)
    #expect(
      try bucket(ledger, asOf: "30/06/2026", knownAt: "2026-07-21T00:00:00+07:00")
        == .completedOnTime)
    #expect(try bucket(ledger, asOf: "30/06/2026", knownAt: nil) == .overdue)
    // The third correction retracts the second, so the first counts again.
    #expect(
      try ledger.history(of: .task(TaskID("A")!)).map(\.retractedBy) == [
        nil, retract.position, nil, undo.position + 1, nil,
      ])
  }

  @Test("A correction can restate the day a fact happened")
  func restatement() throws {
    let (ledger, clock, done) = try lateFiled()
    clock.set(Fixtures.instant("2026-07-10T09:00:00+07:00"))
    try ledger.record(
      .correct(
        position: done.position, reason: "Xong ngày 02/07",
        restatedEffective: Fixtures.day("02/07/2026")),
      actor: "kiểm tra")
    #expect(try ledger.board().tasks.first?.bucket == .completedLate)
    #expect(try ledger.task(TaskID("A")!)?.completedOn == Fixtures.day("02/07/2026"))
    #expect(try bucket(ledger, asOf: "01/07/2026", knownAt: nil) == .overdue)
    #expect(try bucket(ledger, asOf: "02/07/2026", knownAt: nil) == .completedLate)
    #expect(
      try bucket(ledger, asOf: "30/06/2026", knownAt: "2026-07-09T00:00:00+07:00")
        == .completedOnTime)
    #expect(try ledger.rebuild().matches)
    #expect(throws: LedgerError.cannotRestate(7, type: "task.assigned")) {
      try ledger.record(
        .correct(position: 7, reason: "r", restatedEffective: Fixtures.day("06/01/2026")),
        actor: "x")
    }
  }

  @Test("The picture of today as known now is the inline projection, after a long random history")
  func temporalFoldEqualsProjection() throws {
    let (ledger, clock) = try Fixtures.ledger(at: "02/01/2026")
    var random = RandomHistory(seed: 7)
    let (accepted, _, today) = try random.play(1200, on: ledger, clock: clock)
    let now = try ledger.board()
    let folded = try ledger.board(asOf: today, knownAt: .distantFuture)
    #expect(folded.tasks == now.tasks)
    #expect(folded.units == now.units)
    #expect(try ledger.boardByReplay(asOf: today, knownAt: nil).tasks == now.tasks)
    #expect(accepted > 300)

    // Any day, as known at any moment: the timeline's answer is the full replay's.
    var checked = 0
    for _ in 0..<60 {
      let day = random.day(upTo: today)
      let moment = Fixtures.morning(random.day(upTo: today).display).addingTimeInterval(
        Double(random.below(200)) * 0.001)
      let timeline = try ledger.board(asOf: day, knownAt: moment)
      let replay = try ledger.boardByReplay(asOf: day, knownAt: moment)
      #expect(timeline.tasks == replay.tasks, "as of \(day) known at \(moment)")
      #expect(timeline.units == replay.units)
      checked += timeline.tasks.count
    }
    #expect(checked > 500)

    // Any day as known now (the index of rows still known, not the R*Tree): the replay's.
    for _ in 0..<30 {
      let day = random.day(upTo: today)
      let timeline = try ledger.board(asOf: day, knownAt: nil)
      let replay = try ledger.boardByReplay(asOf: day, knownAt: nil)
      #expect(timeline.tasks == replay.tasks, "as of \(day) known now")
      #expect(timeline.units == replay.units)
    }
    #expect(try ledger.rebuild().matches)
  }

  @Test("A digest kept outside proves the ledger extends it; truncation and rewrites fail")
  func digests() throws {
    let (ledger, _, _) = try lateFiled()
    let kept = try ledger.digest()
    #expect(kept.position == 8)
    try ledger.record(.registerUnit(name: "Phòng Kinh tế", code: "KT"), actor: "x")
    #expect(try ledger.check(kept) == .extends)
    #expect(LedgerDigest(kept.description) == kept)
    #expect(LedgerDigest("8:xyz") == nil)
    try ledger.database.writeWithoutTransaction { db in
      try db.execute(
        sql: "DROP TRIGGER events_are_never_deleted; DROP TRIGGER events_are_never_updated")
    }
    // An attacker edits event 3 and re-hashes every event after it: the chain verifies again,
    // but the kept digest no longer matches.
    try ledger.database.write { db in
      try db.execute(sql: "UPDATE events SET actor = 'người khác' WHERE position = 3")
      var previous = try String.fetchOne(db, sql: "SELECT hash FROM events WHERE position = 2")!
      for row in try Row.fetchAll(
        db, sql: "SELECT \(EventRows.columns) FROM events WHERE position >= 3 ORDER BY position")
      {
        var fields = EventRows.fields(row)
        fields.previousHash = previous
        previous = HashChain.hash(fields)
        try db.execute(
          sql: "UPDATE events SET prev_hash = ?, hash = ? WHERE position = ?",
          arguments: [fields.previousHash, previous, fields.position])
      }
    }
    #expect(try ledger.verify().isIntact)
    guard case .rewritten = try ledger.check(kept) else {
      Issue.record("a re-hashed rewrite must fail the digest")
      return
    }
    try ledger.database.write { db in try db.execute(sql: "DELETE FROM events WHERE position >= 8")
    }
    #expect(try ledger.check(kept) == .truncated(events: 7))
  }
}
