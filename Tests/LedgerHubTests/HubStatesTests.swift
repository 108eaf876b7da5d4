import Foundation
import LedgerCore
import LedgerStore
import LedgerTestSupport
import PostgresNIO
import Testing

@testable import LedgerHub

/// The states kept per task and unit (`hub_tasks`, `hub_units`, `hub_kept`), against a real
/// PostgreSQL: refreshed by each ingest that adds events, equal to folding the whole log, read
/// by `hub status` and `hub overdue` for today only when they are through the source's last
/// event, and the overdue list read from them equal to the log's fold and each commune's own.
@Suite(
  "Each source's tasks and units kept beside its log",
  .enabled(if: TestPostgres.url != nil, TestPostgres.skipReason))
struct HubStatesTests {
  /// The kept states of one source, as a read for today finds them.
  func kept(_ hub: Hub, _ id: String) async throws -> SourceStates? {
    let found = try await hub.sources(id)
    return try await hub.keptStates(of: found)[id]
  }

  @Test("Ingests in pieces keep rows equal to the whole log's fold and to the ledger's board")
  func keptStatesFollowIngests() async throws {
    let commune = try CommuneExport(seed: 81, steps: 600)
    let lines = commune.lines
    let today = commune.today
    try await TestPostgres.withHub("states") { hub in
      try await hub.addSource("xa-a", name: "Xã A")
      // A first piece, the same piece again (adds nothing), a grown export, then a tail that
      // overlaps it (never empty: an export with no event is refused; the history is ~150
      // events, so fixed sizes of 150 and 400 left the tail empty).
      #expect(lines.count > 60)
      let first = lines.count / 3
      let grownTo = lines.count * 2 / 3
      for piece in [
        lines.prefix(first), lines.prefix(first), lines.prefix(grownTo),
        lines.dropFirst(grownTo - 10),
      ] {
        _ = try await hub.ingest(source: "xa-a", lines: CommuneExport.numbered(Array(piece)))
        let held = try await hub.lastPosition(of: "xa-a", knownAt: nil)
        #expect(try await hub.keptPositions(of: ["xa-a"])["xa-a"] == held)
        let states = try #require(try await kept(hub, "xa-a"))
        #expect(states == SourceStates(events: try await hub.events(of: "xa-a")))
      }
      let own = try commune.ledger.board()
      let read = try await hub.boards(source: "xa-a", asOf: nil, knownAt: nil, today: today)
      #expect(read.first?.answer.tasks == own.tasks)
      #expect(read.first?.answer.units == own.units)
      #expect(own.tasks.count > 20)
      // Rows that lag behind the log are not used: the answer is folded from the log.
      try await hub.query(
        "UPDATE hub_kept SET position = position - 1 WHERE source = 'xa-a'")
      try await hub.query("UPDATE hub_tasks SET state = '{}' WHERE source = 'xa-a'")
      let folded = try await hub.boards(source: "xa-a", asOf: nil, knownAt: nil, today: today)
      #expect(folded.first?.answer.tasks == own.tasks)
      #expect(folded.first?.answer.units == own.units)
      // Rows that do not read are not used either.
      try await hub.query("UPDATE hub_kept SET position = position + 1 WHERE source = 'xa-a'")
      #expect(try await kept(hub, "xa-a") == nil)
      let unread = try await hub.boards(source: "xa-a", asOf: nil, knownAt: nil, today: today)
      #expect(unread.first?.answer.tasks == own.tasks)
      // `hub init`'s rebuild refolds what is not through the log; then nothing more.
      try await hub.query("UPDATE hub_kept SET position = 1 WHERE source = 'xa-a'")
      #expect(try await hub.rebuildKeptRows() == ["xa-a"])
      #expect(try await hub.rebuildKeptRows() == [])
      #expect(
        try await kept(hub, "xa-a") == SourceStates(events: try await hub.events(of: "xa-a")))
      // The next ingest that adds events after rows lag folds the whole log again.
      try await hub.query("UPDATE hub_kept SET position = 1 WHERE source = 'xa-a'")
      commune.clock.set(day: today.adding(days: 1).display)
      try commune.ledger.record(
        .registerUnit(name: "Ban Chỉ huy Quân sự xã", code: "QS"), actor: "someone")
      let grown = try CommuneExport.export(commune.ledger)
      _ = try await hub.ingest(source: "xa-a", lines: CommuneExport.numbered(grown))
      #expect(try await hub.keptPositions(of: ["xa-a"])["xa-a"] == Int64(grown.count))
      #expect(
        try await kept(hub, "xa-a") == SourceStates(events: try await hub.events(of: "xa-a")))
    }
  }

  @Test("The overdue list from kept rows equals the fold and each commune's own, on many days")
  func overdueFromRowsEqualsFold() async throws {
    // Communes of random histories, each ingested in random pieces.
    var random = RandomHistory(seed: 404)
    var communes: [(id: String, export: CommuneExport)] = []
    for seed in [11, 12, 13, 14, 15] as [UInt64] {
      communes.append(("xa-\(seed)", try CommuneExport(seed: seed, steps: 450)))
    }
    let today = communes.map(\.export.today).max() ?? LocalDate(year: 2026, month: 12, day: 1)!
    try await TestPostgres.withHub("overdue") { hub in
      for (id, commune) in communes {
        try await hub.addSource(id, name: id)
        var at = 0
        while at < commune.lines.count {
          let end = min(commune.lines.count, at + 1 + random.below(200))
          _ = try await hub.ingest(
            source: id, lines: CommuneExport.numbered(Array(commune.lines.prefix(end))))
          at = end
        }
      }
      // And a commune of the bench's workload: hand-overs dated after an earlier lead's
      // deadline, or before it, whose earlier charges are overdue on any day.
      let path = FileManager.default.temporaryDirectory
        .appendingPathComponent("hub-overdue-\(UUID().uuidString).jsonl").path
      defer { try? FileManager.default.removeItem(atPath: path) }
      try SyntheticEventsFile.write(
        events: 1_200, seed: 9, to: path, sql: nil, units: 20, tasks: 100, commune: "xã 9")
      let bench = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        .map(String.init)
      try await hub.addSource("xa-bench", name: "Xã 9")
      _ = try await hub.ingest(source: "xa-bench", lines: CommuneExport.numbered(bench))
      var overdueSeen = 0
      let days = [today, today.adding(days: -90), today.adding(days: 45), today.adding(days: 400)]
      for day in days {
        let rows = try await hub.boards(
          source: nil, asOf: nil, knownAt: nil, today: day, bucket: .overdue)
        #expect(rows.map(\.source.id) == (communes.map(\.id) + ["xa-bench"]).sorted())
        let benchRows = try #require(rows.first { $0.source.id == "xa-bench" }).answer
        let benchFold = SourceStates(events: try await hub.events(of: "xa-bench")).board(on: day)
          .filtered { $0.bucket == .overdue }
        #expect(benchRows.tasks == benchFold.tasks, "the bench commune on \(day.display)")
        #expect(benchRows.tasks.count > 10)
        for (id, commune) in communes {
          let answer = try #require(rows.first { $0.source.id == id }).answer
          // The fold of the source's whole log, judged on the day, its overdue tasks.
          let log = SourceLog(events: try await hub.events(of: id))
          let folded = SourceStates(events: log.events).board(on: day)
            .filtered { $0.bucket == .overdue }
          #expect(answer.tasks == folded.tasks, "\(id) on \(day.display)")
          #expect(answer.units == folded.units)
          // The commune's own `status --bucket overdue` on that day.
          let own = try commune.ledger.board(on: day).filtered { $0.bucket == .overdue }
          #expect(answer.tasks == own.tasks, "\(id) on \(day.display)")
          overdueSeen += answer.tasks.count
        }
      }
      #expect(overdueSeen > 20)
      // Some tasks are not candidates at all on the commune's today: the rows narrow the read.
      let candidates = try await hub.keptStates(of: try await hub.sources(), overdueOn: today)
      let all = try await hub.keptStates(of: try await hub.sources())
      #expect(
        candidates.values.reduce(0) { $0 + $1.tasks.count }
          < all.values.reduce(0) { $0 + $1.tasks.count })
    }
  }
}
