import Foundation
import LedgerCore
import Testing

@testable import LedgerHub

/// One commune's board today as known now, read with one statement (`keptBoardNow`), against
/// a real PostgreSQL: the same board as the general read and the commune's own, and no answer
/// (the general read answers) whenever the one statement cannot.
@Suite(
  "One commune's board today in one statement",
  .enabled(if: TestPostgres.url != nil, TestPostgres.skipReason))
struct KeptBoardTests {
  @Test("Answers as the commune's own board, and leaves the other cases to the general read")
  func sameBoardOrNone() async throws {
    let commune = try CommuneExport(seed: 83, steps: 500)
    let today = commune.today
    let own = try commune.ledger.board()
    #expect(own.tasks.count > 20)
    try await TestPostgres.withHub("kept_board") { hub in
      try await hub.addSource("xa-a", name: "Xã A")
      try await hub.addSource("xa-b", name: "Xã B")
      _ = try await hub.ingest(source: "xa-a", lines: CommuneExport.numbered(commune.lines))
      // Another commune beside it (a history is one source's only).
      let other = try CommuneExport(seed: 85, steps: 200)
      _ = try await hub.ingest(source: "xa-b", lines: CommuneExport.numbered(other.lines))
      let now = HubTime(today: today, knownAt: nil)
      let one = try #require(try await hub.keptBoardNow(of: "xa-a", asOf: nil, time: now))
      #expect(one.source.id == "xa-a" && one.source.name == "Xã A")
      #expect(one.source.events == Int64(commune.lines.count))
      #expect(one.answer.tasks == own.tasks)
      #expect(one.answer.units == own.units)
      // Asked of every source, the general read finds the same board for this one.
      let all = try await hub.boards(source: nil, asOf: nil, time: now)
      #expect(all.first { $0.source.id == "xa-a" }?.answer.tasks == one.answer.tasks)
      // Today asked as a day is still today; any other day, or a moment, is not this read's.
      #expect(try await hub.keptBoardNow(of: "xa-a", asOf: today, time: now) != nil)
      #expect(
        try await hub.keptBoardNow(of: "xa-a", asOf: today.adding(days: -30), time: now) == nil)
      let moment = HubTime(today: today, knownAt: Date())
      #expect(try await hub.keptBoardNow(of: "xa-a", asOf: nil, time: moment) == nil)
      // A source not held is the general read's (it names the sources there are).
      #expect(try await hub.keptBoardNow(of: "xa-z", asOf: nil, time: now) == nil)
      await #expect(throws: LedgerError.unknownSource("xa-z")) {
        try await hub.boards(source: "xa-z", asOf: nil, time: now)
      }
      // Rows behind the log, or a row that does not read: the log is folded instead.
      try await hub.query("UPDATE hub_kept SET position = position - 1 WHERE source = 'xa-a'")
      #expect(try await hub.keptBoardNow(of: "xa-a", asOf: nil, time: now) == nil)
      #expect(
        try await hub.boards(source: "xa-a", asOf: nil, time: now).first?.answer.tasks
          == own.tasks)
      try await hub.query("UPDATE hub_kept SET position = position + 1 WHERE source = 'xa-a'")
      try await hub.query(
        """
        UPDATE hub_tasks SET state = '{}' WHERE source = 'xa-a'
          AND task = (SELECT min(task) FROM hub_tasks WHERE source = 'xa-a')
        """)
      #expect(try await hub.keptBoardNow(of: "xa-a", asOf: nil, time: now) == nil)
      #expect(
        try await hub.boards(source: "xa-a", asOf: nil, time: now).first?.answer.tasks
          == own.tasks)
      #expect(try await hub.keptBoardNow(of: "xa-b", asOf: nil, time: now) != nil)
    }
  }

  @Test("A hub whose schema is older than the statement is read as it stands")
  func olderSchema() async throws {
    let commune = try CommuneExport(seed: 84, steps: 300)
    let own = try commune.ledger.board()
    try await TestPostgres.withHub("kept_board_v9", migrate: false) { hub in
      // Migration 10 adds each source's time zone, which the one statement reads.
      try await hub.migrate(through: 9)
      try await hub.addSource("xa-a", name: "Xã A")
      _ = try await hub.ingest(source: "xa-a", lines: CommuneExport.numbered(commune.lines))
      let now = HubTime(today: commune.today, knownAt: nil)
      #expect(try await hub.keptBoardNow(of: "xa-a", asOf: nil, time: now) == nil)
      let read = try await hub.boards(source: "xa-a", asOf: nil, time: now)
      #expect(read.first?.answer.tasks == own.tasks)
    }
  }
}
