import Foundation
import LedgerCore
import LedgerJSON
import LedgerTestSupport
import PostgresNIO
import Testing

@testable import LedgerHub

/// Migration 9 on a hub an older program left at version 8, against a real PostgreSQL:
/// migration 7's overdue rows (`hub_overdue`, `hub_overdue_kept`) are dropped, the partial
/// index of the overdue status spans is made, nothing needs refolding, and `hub overdue`
/// answers the same rows, read from the status rows of that bucket.
@Suite(
  "A hub at version 8 migrates to 9 and lists the same overdue tasks",
  .enabled(if: TestPostgres.url != nil, TestPostgres.skipReason))
struct HubMigrationV9Tests {
  /// The overdue list written from each source's whole log folded and judged on `day`.
  func folded(_ hub: Hub, _ ids: [String], on day: LocalDate) async throws -> String? {
    var rows: [(String, TaskView)] = []
    for id in ids {
      let log = SourceLog(events: try await hub.events(of: id))
      rows += log.board(asOf: nil, latest: true, today: day).tasks
        .filter { $0.bucket == .overdue }.map { (id, $0) }
    }
    return TaskRowsJSON.text(rows)
  }

  /// Whether a table or index of that name exists.
  func exists(_ hub: Hub, _ name: String) async throws -> Bool {
    let rows = try await hub.query("SELECT to_regclass(\(name)) IS NOT NULL")
    for try await found in rows.decode(Bool.self) { return found }
    return false
  }

  @Test("v8 with overdue rows kept → v9: tables dropped, index made, the same list")
  func fromVersion8() async throws {
    let communes = [
      ("xa-41", try CommuneExport(seed: 41, steps: 450)),
      ("xa-42", try CommuneExport(seed: 42, steps: 450)),
    ]
    let ids = communes.map(\.0)
    let today = communes.map(\.1.today).max() ?? LocalDate(year: 2026, month: 12, day: 1)!
    let days = [today, today.adding(days: -90), today.adding(days: 45), today.adding(days: 400)]
    try await TestPostgres.withHub("migrate_v9", migrate: false) { hub in
      #expect(try await hub.migrate(through: 8) == Array(1...8))
      #expect(try await hub.schemaVersion() == 8)
      // Most of each commune's log ingested at version 8, with the overdue rows version 8 kept
      // beside the status rows: its overdue spans are the status spans of that bucket.
      for (id, commune) in communes {
        try await hub.addSource(id, name: id)
        let most = Array(commune.lines.prefix(commune.lines.count * 3 / 4))
        _ = try await hub.ingest(source: id, lines: CommuneExport.numbered(most))
      }
      try await hub.query(
        """
        INSERT INTO hub_overdue (source, task, charge, overdue_from, overdue_until, row_json)
        SELECT source, task, charge, status_from, status_until, row_json FROM hub_status
        WHERE bucket = 'overdue'
        """)
      try await hub.query(
        "INSERT INTO hub_overdue_kept (source, task, through) SELECT source, task, through FROM hub_status_kept"
      )
      let kept = try await hub.query("SELECT count(*) FROM hub_overdue")
      var spans = 0
      for try await count in kept.decode(Int.self) { spans = count }
      #expect(spans > 10)
      var before: [String?] = []
      for day in days {
        before.append(try await hub.overdueJSON(source: nil, asOf: nil, knownAt: nil, today: day))
      }
      #expect(before[0] == (try await folded(hub, ids, on: today)))

      #expect(try await hub.migrate(through: 9) == [9])
      #expect(try await hub.schemaVersion() == 9)
      #expect(try await exists(hub, "hub_overdue") == false)
      #expect(try await exists(hub, "hub_overdue_kept") == false)
      let index = try await hub.query(
        "SELECT indexdef FROM pg_indexes WHERE indexname = 'hub_status_overdue'")
      var definition = ""
      for try await text in index.decode(String.self) { definition = text }
      #expect(definition.contains("(source, status_from) WHERE (bucket = 'overdue'::text)"))
      // The kept rows are still through each log: nothing to refold, the same list.
      #expect(try await hub.rebuildKeptRows() == [])
      for (day, earlier) in zip(days, before) {
        let after = try await hub.overdueJSON(source: nil, asOf: nil, knownAt: nil, today: day)
        #expect(after == earlier, "on \(day.display)")
        #expect(after == (try await folded(hub, ids, on: day)), "on \(day.display)")
      }
      // The rest of each log, ingested at version 9, keeps the status rows the list reads.
      for (id, commune) in communes {
        _ = try await hub.ingest(source: id, lines: CommuneExport.numbered(commune.lines))
      }
      for day in days {
        let after = try await hub.overdueJSON(source: nil, asOf: nil, knownAt: nil, today: day)
        #expect(after == (try await folded(hub, ids, on: day)), "on \(day.display)")
      }
    }
  }
}
