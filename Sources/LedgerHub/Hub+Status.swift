import Foundation
import LedgerCore
import LedgerJSON
import PostgresNIO

extension Hub {
  /// The status list as `hub status --json` writes it: each source's rows on `day` (default
  /// today) as known at `moment` (default now), one source or all of them, with `bucket` only
  /// that bucket's, exactly the rows of `boards`; nil when a row needs the encoder's escaping
  /// (the caller then writes the boards' rows with the encoder).
  ///
  /// Today as known now, each source whose kept rows are through its last event answers with
  /// its kept status rows whose span holds today (`hub_status`; of the overdue bucket, through
  /// their partial index), and judges from its kept state only the tasks whose spans do not
  /// hold today (of the overdue bucket, only those whose `overdue_from` has come); any other
  /// source, day or moment folds the log, as `boards` does. All read in one snapshot.
  public func statusJSON(
    source: String?, asOf day: LocalDate?, knownAt moment: Date?, today: LocalDate,
    bucket: Bucket? = nil
  ) async throws -> String? {
    try await statusJSON(
      source: source, asOf: day, time: HubTime(today: today, knownAt: moment), bucket: bucket)
  }

  /// `statusJSON`, each source judged on its own today and moment (`HubTime`, in its zone):
  /// the kept rows when every source is asked about today as known now and their todays are
  /// one day, else the boards' rows.
  public func statusJSON(
    source: String?, asOf day: LocalDate?, time: HubTime, bucket: Bucket? = nil
  ) async throws -> String? {
    // The sources and their zones, read first; a source that grows meanwhile is no longer
    // through its kept rows in the snapshot read next, and is folded from its log there.
    let found = try await sources(source)
    var todays = Set<LocalDate>()
    var now = true
    for found in found {
      let (today, moment) = try time.judged(found)
      todays.insert(today)
      now = now && moment == nil && (day ?? today) == today
    }
    guard now, todays.count <= 1 else {
      var rows: [String] = []
      let boards = try await boards(source: source, asOf: day, time: time, bucket: bucket)
      for answer in boards {
        for view in answer.answer.tasks {
          guard let row = TaskRowsJSON.row(view, source: answer.source.id) else { return nil }
          rows.append(row)
        }
      }
      return TaskRowsJSON.text(rows: rows)
    }
    guard let today = todays.first else { return TaskRowsJSON.text(rows: []) }
    return try await snapshot {
      guard let rows = try await statusRows(found: found, today: today, bucket: bucket) else {
        return nil
      }
      return TaskRowsJSON.text(rows: rows)
    }
  }

  /// Today's status rows as known now, in the boards' order; nil when one needs the encoder.
  private func statusRows(found: [HubSource], today: LocalDate, bucket: Bucket?) async throws
    -> [String]?
  {
    let through = try await keptPositions(of: found.map(\.id))
    let kept = found.filter { through[$0.id] == $0.events }.map(\.id)
    var listed: [String: [ListedRow]] = [:]
    // The bucket is written out, not a parameter: a plan made for any value of a parameter (a
    // prepared statement's generic plan) cannot use the partial index of the overdue spans
    // (`hub_status_overdue`, migration 9), which only `bucket = 'overdue'` itself matches.
    let spans = try await query(
      """
      SELECT source, task, charge, row_json FROM hub_status
      WHERE source = ANY(\(kept)::text[]) AND status_from <= \(today.iso)::date
        AND (status_until IS NULL OR status_until > \(today.iso)::date)
        AND \(unescaped: Self.bucketFilter(bucket))
      """)
    for try await (source, task, charge, row) in spans.decode(
      (String, String, Int32, String).self)
    {
      listed[source, default: []].append(
        ListedRow(key: TaskID(task)?.sortKey ?? task, index: Int(charge), row: row))
    }
    // The tasks whose spans do not hold today (or that have none), and of the overdue bucket
    // only those whose `overdue_from` has come (no other can be overdue): judged from their
    // kept state against the source's units. The kept marks are bounded to the same sources,
    // so the anti-join reads them through their key whatever the planner's statistics say
    // (with stale ones it hashed every source's marks: 7–14 ms for one commune of 300).
    let overdueOn = bucket == .overdue ? today.iso : nil
    let judged = try await query(
      """
      SELECT t.source, t.state FROM hub_tasks t
      WHERE t.source = ANY(\(kept)::text[])
        AND (\(overdueOn)::date IS NULL OR t.overdue_from <= \(overdueOn)::date)
        AND NOT EXISTS (
          SELECT 1 FROM hub_status_kept k
          WHERE k.source = ANY(\(kept)::text[]) AND k.source = t.source AND k.task = t.task
            AND k.kept_from <= \(today.iso)::date
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
        guard let rows = Self.rows(of: board, source: id, bucket: bucket) else { return nil }
        listed[id, default: []] += rows
      }
    }
    var rows: [String] = []
    for found in found {
      if through[found.id] == found.events, !unread.contains(found.id) {
        rows += (listed[found.id] ?? []).sorted { ($0.key, $0.index) < ($1.key, $1.index) }
          .map(\.row)
      } else {
        let log = try await log(of: found, knownAt: nil)
        let board = log.board(asOf: nil, latest: true, today: today)
        guard let own = Self.rows(of: board, source: found.id, bucket: bucket) else { return nil }
        rows += own.map(\.row)
      }
    }
    return rows
  }

  /// The status spans' condition on their bucket as SQL text: `true` for every bucket, else
  /// `bucket = '…'` with the bucket's name (one of `Bucket`'s fixed names) as a literal.
  static func bucketFilter(_ bucket: Bucket?) -> String {
    guard let bucket else { return "true" }
    return "bucket = '\(bucket.rawValue.replacingOccurrences(of: "'", with: "''"))'"
  }

  /// A board's views as rows (with `bucket`, only that bucket's), in its order; nil when one
  /// needs the encoder.
  static func rows(of board: AccountabilityBoard, source: String, bucket: Bucket?)
    -> [ListedRow]?
  {
    var rows: [ListedRow] = []
    var previous: TaskID?
    var index = 0
    for view in board.tasks {
      index = view.task.id == previous ? index + 1 : 0
      previous = view.task.id
      if let bucket, view.bucket != bucket { continue }
      guard let row = TaskRowsJSON.row(view, source: source) else { return nil }
      rows.append(ListedRow(key: view.task.id.sortKey, index: index, row: row))
    }
    return rows
  }

  /// Rewrites the status spans and rows of a source's tasks, inside an ingest's transaction.
  ///
  /// Every task's when `replacing` is nil, else those of the tasks named. `units` are all the
  /// source's (nil when its kept units do not read: the tasks are then left without rows, and
  /// a list judges them from state).
  ///
  /// `lastYear` bounds the spans of yearly, ongoing and recurring work (`StatusSpans`).
  func keepStatus(
    _ source: String, tasks: [TaskState], units: [UnitState]?, replacing ids: [String]?,
    lastYear: Int
  ) async throws {
    if let ids {
      guard !ids.isEmpty else { return }
      try await query(
        "DELETE FROM hub_status WHERE source = \(source) AND task = ANY(\(ids)::text[])")
      try await query(
        "DELETE FROM hub_status_kept WHERE source = \(source) AND task = ANY(\(ids)::text[])")
    } else {
      try await query("DELETE FROM hub_status WHERE source = \(source)")
      try await query("DELETE FROM hub_status_kept WHERE source = \(source)")
    }
    guard let all = units else { return }
    var rows = StatusRows(source: source, units: all, lastYear: lastYear)
    for task in tasks { rows.append(task) }
    if rows.hasSpans { try await query(rows.insertSpans()) }
    if rows.hasKept { try await query(rows.insertKept()) }
  }
}
