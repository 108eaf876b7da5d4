import Foundation
import LedgerCore
import LedgerJSON
import PostgresNIO

/// One row of an overdue list, with what orders it within its source: its task's sort key and
/// its place among the task's views.
struct OverdueRow {
  var key: String
  var index: Int
  var row: String
}

extension Hub {
  /// The overdue list as `hub overdue --json` writes it: each source's overdue rows on `day`
  /// (default today) as known at `moment` (default now), one source or all of them, exactly
  /// the rows of `boards(…, bucket: .overdue)`; nil when a row needs the encoder's escaping
  /// (the caller then writes the boards' rows with the encoder).
  ///
  /// Today as known now, each source whose kept rows are through its last event answers with
  /// its kept overdue rows whose span holds today (`hub_overdue`), and judges from its kept
  /// state only the tasks that could be overdue today and whose spans do not reach it; any
  /// other source, day or moment folds the log, as `boards` does. All read in one snapshot.
  public func overdueJSON(
    source: String?, asOf day: LocalDate?, knownAt moment: Date?, today: LocalDate
  ) async throws -> String? {
    guard moment == nil, (day ?? today) == today else {
      var rows: [String] = []
      let boards = try await boards(
        source: source, asOf: day, knownAt: moment, today: today, bucket: .overdue)
      for answer in boards {
        for view in answer.answer.tasks {
          guard let row = TaskRowsJSON.row(view, source: answer.source.id) else { return nil }
          rows.append(row)
        }
      }
      return TaskRowsJSON.text(rows: rows)
    }
    return try await snapshot {
      guard let rows = try await overdueRows(source: source, today: today) else { return nil }
      return TaskRowsJSON.text(rows: rows)
    }
  }

  /// Today's overdue rows as known now, in the boards' order; nil when one needs the encoder.
  private func overdueRows(source: String?, today: LocalDate) async throws -> [String]? {
    let found = try await sources(source)
    let through = try await keptPositions(of: found.map(\.id))
    let kept = found.filter { through[$0.id] == $0.events }.map(\.id)
    var listed: [String: [OverdueRow]] = [:]
    let spans = try await query(
      """
      SELECT source, task, charge, row_json FROM hub_overdue
      WHERE source = ANY(\(kept)::text[]) AND overdue_from <= \(today.iso)::date
        AND (overdue_until IS NULL OR overdue_until > \(today.iso)::date)
      """)
    for try await (source, task, charge, row) in spans.decode(
      (String, String, Int32, String).self)
    {
      listed[source, default: []].append(
        OverdueRow(key: TaskID(task)?.sortKey ?? task, index: Int(charge), row: row))
    }
    // The tasks that could be overdue today and whose spans do not reach it (or that have
    // none): judged from their kept state against the source's units.
    let judged = try await query(
      """
      SELECT t.source, t.state FROM hub_tasks t
      WHERE t.source = ANY(\(kept)::text[]) AND t.overdue_from <= \(today.iso)::date
        AND NOT EXISTS (
          SELECT 1 FROM hub_overdue_kept k
          WHERE k.source = ANY(\(kept)::text[]) AND k.source = t.source AND k.task = t.task
            AND k.through >= \(today.iso)::date)
      """)
    var states: [String: [TaskState]] = [:]
    var unread = Set<String>()
    let decoder = JSONDecoder()
    for try await (source, text) in judged.decode((String, String).self) {
      guard let task = try? decoder.decode(TaskState.self, from: Data(text.utf8)) else {
        unread.insert(source)
        continue
      }
      states[source, default: []].append(task)
    }
    if !states.isEmpty {
      let units = try await keptUnits(of: Array(states.keys))
      for (id, tasks) in states {
        guard let units = units[id] else {
          unread.insert(id)
          continue
        }
        let board = AccountabilityBoard(tasks: tasks, units: units, on: today)
        guard let rows = Self.rows(of: board, source: id, bucket: .overdue) else { return nil }
        listed[id, default: []] += rows
      }
    }
    var rows: [String] = []
    for found in found {
      if through[found.id] == found.events, !unread.contains(found.id) {
        rows += (listed[found.id] ?? []).sorted { ($0.key, $0.index) < ($1.key, $1.index) }
          .map(\.row)
      } else {
        let log = try await log(of: found.id, knownAt: nil)
        let board = log.board(asOf: nil, latest: true, today: today)
        guard let own = Self.rows(of: board, source: found.id, bucket: .overdue) else { return nil }
        rows += own.map(\.row)
      }
    }
    return rows
  }

  /// Rewrites the overdue spans and rows of a source's tasks, inside an ingest's transaction.
  ///
  /// Every task's when `replacing` is nil, else those of the tasks named. `units` are all the
  /// source's (nil when its kept units do not read: the tasks are then left without rows, and
  /// a list judges them from state).
  ///
  /// `lastYear` bounds the spans of yearly, ongoing and recurring work (`OverdueSpans`).
  func keepOverdue(
    _ source: String, tasks: [TaskState], units: [UnitState]?, replacing ids: [String]?,
    lastYear: Int
  ) async throws {
    if let ids {
      guard !ids.isEmpty else { return }
      try await query(
        "DELETE FROM hub_overdue WHERE source = \(source) AND task = ANY(\(ids)::text[])")
      try await query(
        "DELETE FROM hub_overdue_kept WHERE source = \(source) AND task = ANY(\(ids)::text[])")
    } else {
      try await query("DELETE FROM hub_overdue WHERE source = \(source)")
      try await query("DELETE FROM hub_overdue_kept WHERE source = \(source)")
    }
    guard let all = units else { return }
    var rows = OverdueRows(source: source, units: all, lastYear: lastYear)
    for task in tasks { rows.append(task) }
    if rows.hasSpans { try await query(rows.insertSpans()) }
    if rows.hasKept { try await query(rows.insertKept()) }
  }

  /// The kept units of some sources, by source (none: empty); a source with a row that does
  /// not read is absent.
  func keptUnits(of sources: [String]) async throws -> [String: [UnitState]] {
    var units = Dictionary(uniqueKeysWithValues: sources.map { ($0, [UnitState]()) })
    var unread = Set<String>()
    let decoder = JSONDecoder()
    let rows = try await query(
      "SELECT source, state FROM hub_units WHERE source = ANY(\(sources)::text[])")
    for try await (source, text) in rows.decode((String, String).self) {
      guard let unit = try? decoder.decode(UnitState.self, from: Data(text.utf8)) else {
        unread.insert(source)
        continue
      }
      units[source]?.append(unit)
    }
    for id in unread { units[id] = nil }
    return units
  }

  /// Whether a stream is a unit's.
  static func isUnit(_ stream: StreamID) -> Bool {
    if case .unit = stream { return true }
    return false
  }

  /// The last year the overdue spans of yearly, ongoing and recurring work are worked out for:
  /// the year after the latest effective day of the events folded.
  static func lastYear(of streams: [StreamID: [RecordedEvent]]) -> Int {
    var latest = TaskState.anyDay
    for events in streams.values {
      for event in events where event.effective > latest { latest = event.effective }
    }
    return latest.year + 1
  }
}
