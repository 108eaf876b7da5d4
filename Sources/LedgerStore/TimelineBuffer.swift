import GRDB

/// Timeline rows waiting to be written, inserted many to a statement: the one way rows are
/// added to the timeline (`copy` aside).
///
/// One `INSERT` of 64 rows costs far less than 64 of one row (each statement has its own
/// set-up in SQLite and in GRDB), and a bulk load writes two rows and two index entries per
/// event. Rows get their ids when written, after the highest id in the table, so rows written
/// one by one in between (by the inline projector) never collide with them.
final class TimelineBuffer {
  private struct Pending {
    var row: TimelineTable.StateRow
    var bounds: [Int64]
  }

  private let db: Database
  private let size: Int
  private var pending: [Pending] = []

  init(db: Database, size: Int = 64) {
    self.db = db
    self.size = size
    pending.reserveCapacity(size)
  }

  /// Adds a row for [from, until) as known from `knownFrom` to `knownTo`.
  func add(
    _ row: TimelineTable.StateRow, from: Int64, until: Int64, knownFrom: Int64, knownTo: Int64
  ) throws {
    pending.append(Pending(row: row, bounds: [from, until, knownFrom, knownTo]))
    if pending.count >= size { try flush() }
  }

  /// Writes every waiting row and its index entry.
  func flush() throws {
    guard !pending.isEmpty else { return }
    var id =
      try Int64.fetchOne(
        try db.cachedStatement(sql: "SELECT coalesce(max(id), 0) FROM task_timeline")) ?? 0
    var rows: [(any DatabaseValueConvertible)?] = []
    var index: [(any DatabaseValueConvertible)?] = []
    rows.reserveCapacity(pending.count * (TaskColumns.names.count + 7))
    index.reserveCapacity(pending.count * 5)
    for item in pending {
      id += 1
      rows.append(id)
      rows.append(item.row.taskID)
      for bound in item.bounds { rows.append(bound) }
      rows.append(item.row.supporting)
      rows.append(contentsOf: item.row.values)
      index.append(id)
      for bound in item.bounds { index.append(bound) }
    }
    let columns =
      (["id", "task_id", "valid_from", "valid_to", "known_from", "known_to", "supporting"]
      + TaskColumns.names).joined(separator: ", ")
    let rowMarks =
      "("
      + Array(repeating: "?", count: TaskColumns.names.count + 7)
      .joined(separator: ", ") + ")"
    try db.cachedStatement(
      sql: "INSERT INTO task_timeline (\(columns)) VALUES "
        + Array(repeating: rowMarks, count: pending.count).joined(separator: ", ")
    ).execute(arguments: StatementArguments(rows))
    try db.cachedStatement(
      sql:
        "INSERT INTO task_timeline_index (id, valid_from, valid_to, known_from, known_to) VALUES "
        + Array(repeating: "(?, ?, ?, ?, ?)", count: pending.count).joined(separator: ", ")
    ).execute(arguments: StatementArguments(index))
    pending.removeAll(keepingCapacity: true)
  }
}
