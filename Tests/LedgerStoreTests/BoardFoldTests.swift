import Foundation
import LedgerTestSupport
import Testing

@testable import LedgerCore
@testable import LedgerStore

@Suite("Board fold")
struct BoardFoldTests {
  @Test(
    "A board folded a few events at a time equals a board built whole: status, unit and head views",
    arguments: [(7, true), (8, true), (6, false)] as [(UInt64, Bool)])
  func foldEqualsBuild(seed: UInt64, officeChanges: Bool) throws {
    // Given a random history, with or without changes of office (appointments, vacancies,
    // renames, merges: each makes the next board be built whole)
    let (source, sourceClock) = try Fixtures.ledger(at: "02/01/2026")
    var random = RandomHistory(seed: seed, officeChanges: officeChanges)
    let (accepted, _, last) = try random.play(1500, on: source, clock: sourceClock, dayEvery: 10)
    var lines: [String] = []
    try source.exportEvents { lines.append($0) }
    #expect(lines.count == accepted && accepted > 250)

    // When its events reach a new ledger a few at a time (as writers record them), the day
    // moving on now and then, and the kept board is brought up to date after each batch
    let (ledger, clock) = try Fixtures.ledger(at: last.display)
    var day = last
    var kept: KeptBoard?
    var folds = 0
    var batches = 0
    var dashboardsFolded = 0
    var seen = (heads: 0, dueSoon: 0)
    var start = 0
    while start < lines.count {
      let end = min(start + 1 + random.below(5), lines.count)
      try ledger.importEvents(
        lines: (start..<end).map { (number: $0 + 1, text: lines[$0]) })
      start = end
      batches += 1
      if random.below(40) == 0 {
        day = day.adding(days: 1 + random.below(20))
        clock.set(day: day.display)
      }
      let next = try ledger.currentBoard(updating: kept)
      let whole = try ledger.board()

      // Then it is the board built whole, in every view
      #expect(next.position == Int64(end))
      #expect(next.board.day == whole.day)
      #expect(next.board.tasks == whole.tasks, "after event \(end)")
      #expect(next.board.unitViews() == whole.unitViews(), "after event \(end)")
      #expect(next.board.headViews() == whole.headViews(), "after event \(end)")
      // and its dashboard counts, kept as it was folded, are those counted on the board
      // built whole the way the views give them
      let folded = Dashboard(next.dashboard, language: .vi)
      let counted = Self.dashboard(whole)
      #expect(folded.whole == counted.whole, "after event \(end)")
      #expect(folded.units == counted.units, "after event \(end)")
      #expect(folded.heads == counted.heads, "after event \(end)")
      #expect(folded.dueSoon == counted.dueSoon, "after event \(end)")
      // and a task's views, found by binary search, are those a walk of the board finds
      if batches % 10 == 0 {
        for id in Set(whole.tasks.map(\.task.id)) {
          #expect(
            next.board.views(of: id) == whole.tasks.filter { $0.task.id == id },
            "\(id.rawValue) after event \(end)")
        }
        #expect(next.board.views(of: TaskID("NO-SUCH-TASK")!).isEmpty)
      }
      if next.folded {
        folds += 1
        if let kept, Dashboard(kept.dashboard, language: .vi).units != folded.units {
          dashboardsFolded += 1
        }
      }
      seen.heads = max(seen.heads, folded.heads.count)
      seen.dueSoon = max(seen.dueSoon, folded.dueSoon.count)
      kept = next
    }
    // and many batches were folded, not built again, changing the dashboard's counts
    #expect(folds >= 20 && folds * 5 > batches, "\(folds) folds in \(batches) batches")
    #expect(dashboardsFolded >= 10, "\(dashboardsFolded) folds changed the counts")
    #expect(seen.heads >= 2, "\(seen)")
    // (the histories of seeds 7 and 8 come to tasks due within the week)
    if officeChanges { #expect(seen.dueSoon >= 1, "\(seen)") }
  }

  /// The dashboard as the board's views give it, counted whole: every view by shade, each unit's
  /// led views, each accountable head's views, the orange views soonest first (stable).
  static func dashboard(_ board: AccountabilityBoard) -> Dashboard {
    let day = board.day
    let shaded = { (views: [TaskView]) in
      views.reduce(into: [Dashboard.Shade: Int]()) {
        $0[Dashboard.shade(of: $1, on: day), default: 0] += 1
      }
    }
    var dashboard = Dashboard(board, language: .vi)
    dashboard.whole = Dashboard.Counts(label: dashboard.whole.label, byShade: shaded(board.tasks))
    dashboard.units = board.unitViews().filter { !$0.led.isEmpty }.map {
      Dashboard.Counts(label: "\($0.unit.name) (\($0.unit.code))", byShade: shaded($0.led))
    }
    let accountable = board.headViews().filter {
      $0.capacity == .accountableHead && !$0.tasks.isEmpty
    }
    dashboard.heads = accountable.map {
      Dashboard.Counts(
        label: "\($0.tenure.person) – \($0.tenure.role)"
          + ($0.tenure.acting == true && !$0.tenure.titleSaysActing ? " (quyền)" : ""),
        byShade: shaded($0.tasks))
    }
    // The lines no accountable head answers for, in a row of their own (a head's part of a
    // recurring obligation is the obligation's line).
    let answered = Set(accountable.flatMap(\.tasks).map(\.key))
    let nobody = board.tasks.filter { !answered.contains($0.key) }
    if !nobody.isEmpty {
      dashboard.heads.append(Dashboard.Counts(label: "Chưa rõ người", byShade: shaded(nobody)))
    }
    dashboard.dueSoon = board.tasks.filter { Dashboard.shade(of: $0, on: day) == .orange }
      .sorted {
        (Dashboard.nextDue(of: $0, on: day) ?? day, $0.task.id.sortKey)
          < (Dashboard.nextDue(of: $1, on: day) ?? day, $1.task.id.sortKey)
      }
    return dashboard
  }

  @Test("A board with nothing new is the kept one; a new day or a unit's event builds it whole")
  func whenItBuildsWhole() throws {
    let (ledger, clock) = try Fixtures.ledger(at: "05/01/2026")
    try Fixtures.commune(ledger)
    try ledger.record(Fixtures.assign("A"), actor: "x", effective: Fixtures.day("05/01/2026"))
    let first = try ledger.currentBoard(updating: nil)
    #expect(!first.folded)
    let same = try ledger.currentBoard(updating: first)
    #expect(!same.folded && same.position == first.position)

    try ledger.record(.startTask(TaskID("A")!, by: nil), actor: "x")
    let started = try ledger.currentBoard(updating: same)
    #expect(started.folded)
    #expect(started.board.tasks.map(\.task.status) == [.inProgress])

    try ledger.record(
      .renameUnit(unit: "CAX", name: "Công an xã Hòa Bình", decision: nil), actor: "x")
    let renamed = try ledger.currentBoard(updating: started)
    #expect(!renamed.folded)
    #expect(renamed.board.units.map(\.name).contains("Công an xã Hòa Bình"))

    clock.set(day: "06/01/2026")
    let nextDay = try ledger.currentBoard(updating: renamed)
    #expect(!nextDay.folded && nextDay.board.day == Fixtures.day("06/01/2026"))
  }

  @Test("A ledger opened with concurrent reads records and reads as one opened plainly")
  func pool() throws {
    let (created, clock, folder) = try Fixtures.fileLedger()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Fixtures.commune(created)
    let ledger = try Ledger.open(at: created.path, clock: clock.ledgerClock, concurrentReads: true)
    try ledger.record(Fixtures.assign("A"), actor: "x", effective: Fixtures.day("05/01/2026"))
    let plain = try Ledger.open(at: created.path, clock: clock.ledgerClock)
    #expect(try plain.task(TaskID("A")!) == ledger.task(TaskID("A")!))
    #expect(try ledger.version() == plain.version())
    #expect(try ledger.verify().isIntact)
  }
}
