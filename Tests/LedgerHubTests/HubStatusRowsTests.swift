import Foundation
import LedgerCore
import LedgerJSON
import LedgerStore
import LedgerTestSupport
import PostgresNIO
import Testing

@testable import LedgerHub

/// The status list written from the rows the hub keeps per task and span of days
/// (`hub_status`, migration 8), against a real PostgreSQL: byte for byte the list written from
/// each source's folded log and from each commune's own board, on days inside and past the
/// spans' reach, one bucket or all, as of other days and known at other moments (where the
/// kept rows do not apply), when rows lag, and after a unit's heads change; and so is the
/// overdue list (`hub overdue`), the rows of one bucket.
@Suite(
  "The status list from kept status rows",
  .enabled(if: TestPostgres.url != nil, TestPostgres.skipReason))
struct HubStatusRowsTests {
  /// The list as written from boards: each source's views (of `bucket`, or all), in order.
  func written(_ boards: [(source: String, board: AccountabilityBoard)], bucket: Bucket? = nil)
    -> String?
  {
    TaskRowsJSON.text(
      boards.flatMap { answer in
        answer.board.tasks.filter { bucket == nil || $0.bucket == bucket }.map {
          (answer.source, $0)
        }
      })
  }

  /// The list written from each source's whole log folded and judged on `day`.
  func folded(_ hub: Hub, _ ids: [String], on day: LocalDate, bucket: Bucket? = nil)
    async throws -> String?
  {
    var boards: [(source: String, board: AccountabilityBoard)] = []
    for id in ids {
      let log = SourceLog(events: try await hub.events(of: id))
      boards.append((id, log.board(asOf: nil, latest: true, today: day)))
    }
    return written(boards, bucket: bucket)
  }

  @Test("Random histories in random pieces: equal to the folded logs' list, on many days")
  func equalsFold() async throws {
    var random = RandomHistory(seed: 505)
    var communes: [(id: String, export: CommuneExport)] = []
    for seed in [21, 22, 23, 24, 25, 26] as [UInt64] {
      communes.append(("xa-\(seed)", try CommuneExport(seed: seed, steps: 450)))
    }
    let ids = communes.map(\.id)
    let today = communes.map(\.export.today).max() ?? LocalDate(year: 2026, month: 12, day: 1)!
    try await TestPostgres.withHub("status_rows") { hub in
      for (id, commune) in communes {
        try await hub.addSource(id, name: id)
        var at = 0
        while at < commune.lines.count {
          let end = min(commune.lines.count, at + 1 + random.below(150))
          _ = try await hub.ingest(
            source: id, lines: CommuneExport.numbered(Array(commune.lines.prefix(end))))
          at = end
          // Part way, the lists are those of the log held so far.
          if random.below(4) == 0 {
            let fast = try await hub.statusJSON(
              source: id, asOf: nil, knownAt: nil, today: commune.today)
            #expect(fast == (try await folded(hub, [id], on: commune.today)), "\(id) at \(end)")
            let overdue = try await hub.overdueJSON(
              source: id, asOf: nil, knownAt: nil, today: commune.today)
            #expect(
              overdue == (try await folded(hub, [id], on: commune.today, bucket: .overdue)),
              "overdue of \(id) at \(end)")
          }
        }
      }
      let kept = try await hub.query("SELECT count(*) FROM hub_status")
      var spans = 0
      for try await count in kept.decode(Int.self) { spans = count }
      #expect(spans > 200)
      // Most tasks are answered from their spans, not judged on each read.
      var counts: [Int] = []
      for table in ["hub_tasks", "hub_status_kept"] {
        let rows = try await hub.query(PostgresQuery(unsafeSQL: "SELECT count(*) FROM \(table)"))
        for try await count in rows.decode(Int.self) { counts.append(count) }
      }
      #expect(counts.count == 2 && counts[1] * 10 >= counts[0] * 8, "\(counts)")
      // Today, days before and after, and days past the reach of yearly work's spans (the
      // tasks judged from their kept state).
      var listed = 0
      var overdueListed = 0
      for offset in [0, -200, -90, -1, 1, 45, 400, 800, 1_200] {
        let day = today.adding(days: offset)
        let fast = try #require(
          try await hub.statusJSON(source: nil, asOf: nil, knownAt: nil, today: day))
        #expect(fast == (try await folded(hub, ids, on: day)), "on \(day.display)")
        listed += fast.components(separatedBy: "\"bucket\" : ").count - 1
        // The overdue list is the rows of that bucket: the board's overdue rows.
        let overdue = try #require(
          try await hub.overdueJSON(source: nil, asOf: nil, knownAt: nil, today: day))
        #expect(
          overdue == (try await folded(hub, ids, on: day, bucket: .overdue)),
          "overdue on \(day.display)")
        overdueListed += overdue.components(separatedBy: "\"bucket\" : \"overdue\"").count - 1
        // One bucket: the same rows as the board's of that bucket.
        for bucket in [Bucket.noDeadline, .inProgressWithinDeadline, .completedLate] {
          let one = try await hub.statusJSON(
            source: nil, asOf: nil, knownAt: nil, today: day, bucket: bucket)
          #expect(
            one == (try await folded(hub, ids, on: day, bucket: bucket)),
            "\(bucket) on \(day.display)")
        }
      }
      #expect(listed > 1_000)
      #expect(overdueListed > 100)
      // Each commune's own `status --json` and `status --bucket overdue --json`, source first.
      for (id, commune) in communes {
        let own = try commune.ledger.board(on: commune.today)
        let fast = try await hub.statusJSON(
          source: id, asOf: nil, knownAt: nil, today: commune.today)
        #expect(fast == written([(id, own)]), "\(id) as its own ledger")
        let overdue = try await hub.overdueJSON(
          source: id, asOf: nil, knownAt: nil, today: commune.today)
        #expect(overdue == written([(id, own)], bucket: .overdue), "\(id)'s own overdue list")
      }
      // As of another day, or known at another moment: the kept rows do not apply; the list is
      // the one folded from the log as known then, and the commune's own.
      for (id, commune) in communes {
        let events = try commune.events
        var pick = RandomHistory(seed: 17)
        for _ in 0..<4 {
          let day = pick.day(upTo: commune.today)
          let moment = events[pick.below(events.count)].recorded.addingTimeInterval(0.0005)
          let own = try commune.ledger.board(asOf: day, knownAt: moment)
          let fast = try await hub.statusJSON(
            source: id, asOf: day, knownAt: moment, today: commune.today)
          #expect(fast == written([(id, own)]), "\(id) on \(day.display) at \(moment)")
          let asOf = try await hub.statusJSON(
            source: id, asOf: day, knownAt: nil, today: commune.today)
          let log = SourceLog(events: try await hub.events(of: id))
          let board = log.board(asOf: day, latest: true, today: commune.today)
          #expect(asOf == written([(id, board)]))
          let overdue = try await hub.overdueJSON(
            source: id, asOf: day, knownAt: nil, today: commune.today)
          #expect(overdue == written([(id, board)], bucket: .overdue))
        }
      }
      // Today's list is the kept rows' text: a mark put into them shows.
      let first = ids[0]
      try await hub.query(
        """
        UPDATE hub_status SET row_json = replace(row_json, '"reports" :', '"reports"  :')
        WHERE source = \(first)
        """)
      let marked = try await hub.statusJSON(source: first, asOf: nil, knownAt: nil, today: today)
      #expect(marked?.contains("\"reports\"  :") == true)
      try await hub.query(
        """
        UPDATE hub_status SET row_json = replace(row_json, '"reports"  :', '"reports" :')
        WHERE source = \(first)
        """)
      // And the overdue list is the kept rows of that bucket: a mark put into them shows.
      try await hub.query(
        """
        UPDATE hub_status SET row_json = replace(row_json, '"bucket" :', '"bucket"  :')
        WHERE bucket = 'overdue'
        """)
      let markedOverdue = try #require(
        try await hub.overdueJSON(source: nil, asOf: nil, knownAt: nil, today: today))
      #expect(markedOverdue.contains("\"bucket\"  : \"overdue\""))
      #expect(!markedOverdue.contains("\"bucket\" : "))
      try await hub.query(
        """
        UPDATE hub_status SET row_json = replace(row_json, '"bucket"  :', '"bucket" :')
        WHERE bucket = 'overdue'
        """)
      // Rows that lag behind the log, or spans that were lost, are not used.
      try await hub.query("UPDATE hub_kept SET position = position - 1 WHERE source = \(first)")
      try await hub.query("DELETE FROM hub_status WHERE source = \(first)")
      #expect(
        try await hub.statusJSON(source: nil, asOf: nil, knownAt: nil, today: today)
          == (try await folded(hub, ids, on: today)))
      #expect(
        try await hub.overdueJSON(source: nil, asOf: nil, knownAt: nil, today: today)
          == (try await folded(hub, ids, on: today, bucket: .overdue)))
      try await hub.query("UPDATE hub_kept SET position = position + 1 WHERE source = \(first)")
      try await hub.query("DELETE FROM hub_status_kept WHERE source = \(first)")
      #expect(
        try await hub.statusJSON(source: nil, asOf: nil, knownAt: nil, today: today)
          == (try await folded(hub, ids, on: today)))
      #expect(
        try await hub.overdueJSON(source: nil, asOf: nil, knownAt: nil, today: today)
          == (try await folded(hub, ids, on: today, bucket: .overdue)))
    }
  }

  @Test("A unit's new head, ingested later, shows on the rows of tasks ingested before")
  func unitChangeRewritesRows() async throws {
    let commune = try CommuneExport(seed: 82, steps: 500)
    let today = commune.today
    try await TestPostgres.withHub("status_heads") { hub in
      try await hub.addSource("xa-a", name: "Xã A")
      _ = try await hub.ingest(source: "xa-a", lines: CommuneExport.numbered(commune.lines))
      // A new head of every unit, dated back to the first deadline a listed task let pass: the
      // rows of tasks due since then name them (a unit's events make the next ingest refold
      // every task's rows).
      let day = today.adding(days: 1)
      let before = try await hub.statusJSON(source: nil, asOf: nil, knownAt: nil, today: day)
      let overdueBefore = try await hub.overdueJSON(
        source: nil, asOf: nil, knownAt: nil, today: day)
      let listed = try commune.ledger.board(on: day).tasks
      let since = try #require(listed.compactMap(\.charge.due).min())
      commune.clock.set(day: day.display)
      for unit in try commune.ledger.board(on: day).units {
        let person = "Người Mới \(unit.code.rawValue)"
        do {
          try commune.ledger.record(
            .appointHead(unit: unit.code.rawValue, person: person, role: "Trưởng"),
            actor: "someone", effective: since)
        } catch LedgerError.endsTenure(let sitting, _, _, _) {
          try commune.ledger.record(
            .appointHead(
              unit: unit.code.rawValue, person: person, role: "Trưởng", replaces: sitting),
            actor: "someone", effective: since)
        }
      }
      let grown = try CommuneExport.export(commune.ledger)
      _ = try await hub.ingest(source: "xa-a", lines: CommuneExport.numbered(grown))
      let fast = try await hub.statusJSON(source: nil, asOf: nil, knownAt: nil, today: day)
      #expect(fast == (try await folded(hub, ["xa-a"], on: day)))
      #expect(fast == written([("xa-a", try commune.ledger.board(on: day))]))
      #expect(fast != before)
      #expect(fast?.contains("Người Mới") == true)
      let overdue = try await hub.overdueJSON(source: nil, asOf: nil, knownAt: nil, today: day)
      #expect(overdue == (try await folded(hub, ["xa-a"], on: day, bucket: .overdue)))
      #expect(overdue != overdueBefore)
      #expect(overdue?.contains("Người Mới") == true)
    }
  }
}
