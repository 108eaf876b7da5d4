import GRDB
import LedgerCore

/// Keeps `task_timeline` — every task's state over effective days and over what was known
/// when — and answers "the tasks on a day, as known at a position" with an R*Tree point query.
///
/// Rows are never changed but to be closed: when an event changes what is known, the rows it
/// contradicts get `known_to` = its position and the new picture is inserted from there on.
enum TimelineTable {
  /// "Still": the open end of either interval.
  static let open: Int64 = 2_147_483_647

  /// Updates the timeline for a newly applied task event, given the task's state now.
  ///
  /// A fact on or after the task's latest fact day only changes the state from its day on, so
  /// the open tail is split there. A backdated fact or a correction changes the past, so the
  /// task's whole timeline is worked out again from its facts.
  static func apply(_ event: RecordedEvent, now state: TaskState?, in db: Database) throws {
    guard case .task(let id) = event.stream else { return }
    let rows = try Row.fetchAll(
      try db.cachedStatement(
        sql: """
          SELECT id, valid_from FROM task_timeline
          WHERE task_id = ? AND known_to = ? ORDER BY valid_from
          """), arguments: [id.rawValue, open])
    let day = Int64(event.effective.dayNumber)
    var isCorrection = false
    if case .eventCorrected = event.event { isCorrection = true }
    if !isCorrection, let last = rows.last, day >= last["valid_from"] as Int64, let state {
      try close(last["id"], at: event.position, in: db)
      if day > last["valid_from"] as Int64 {
        try copy(last["id"], until: day, knownFrom: event.position, in: db)
      }
      try insert(state, from: day, until: open, knownFrom: event.position, in: db)
    } else if !isCorrection, rows.isEmpty, case .taskAssigned = event.event, let state {
      try insert(state, from: day, until: open, knownFrom: event.position, in: db)
    } else {
      for row in rows { try close(row["id"], at: event.position, in: db) }
      let facts = Retractions.activeFacts(
        in: try EventRows.stream(event.stream, in: db, through: event.position))
      for segment in TaskTimeline.segments(facts: facts) {
        try insert(
          segment.state, from: Int64(segment.from.dayNumber),
          until: segment.until.map { Int64($0.dayNumber) } ?? open, knownFrom: event.position,
          in: db)
      }
    }
  }

  /// Every task's state on a day, as known through a position.
  static func tasks(on day: LocalDate, knownThrough position: Int64, in db: Database) throws
    -> [TaskState]
  {
    let rows = try Row.fetchCursor(
      try db.cachedStatement(
        sql: """
          SELECT t.* FROM task_timeline_index i JOIN task_timeline t ON t.id = i.id
          WHERE i.valid_from <= ?1 AND i.valid_to > ?1 AND i.known_from <= ?2 AND i.known_to > ?2
          """), arguments: [Int64(day.dayNumber), min(position, open - 1)])
    var tasks: [TaskState] = []
    while let row = try rows.next() {
      guard let id = TaskID(row["task_id"]) else { continue }
      let supporting = (row["supporting"] as String).split(separator: ",").compactMap {
        UnitCode(String($0))
      }
      if let task = try TaskColumns.decode(row, id: id, supporting: supporting) {
        tasks.append(task)
      }
    }
    return tasks
  }

  private static func insert(
    _ state: TaskState, from: Int64, until: Int64, knownFrom: Int64, in db: Database
  ) throws {
    let columns =
      (["task_id", "valid_from", "valid_to", "known_from", "known_to", "supporting"]
      + TaskColumns.names).joined(separator: ", ")
    let marks = Array(repeating: "?", count: TaskColumns.names.count + 6).joined(separator: ", ")
    let supporting = state.supportingUnits.map(\.rawValue).joined(separator: ",")
    try db.cachedStatement(sql: "INSERT INTO task_timeline (\(columns)) VALUES (\(marks))")
      .execute(
        arguments: StatementArguments(
          [state.id.rawValue, from, until, knownFrom, open, supporting]
            + (try TaskColumns.values(state))))
    try index(db.lastInsertedRowID, in: db)
  }

  /// Copies a row's state to a new row for [its start, `until`), known from a position.
  private static func copy(_ rowID: Int64, until: Int64, knownFrom: Int64, in db: Database) throws {
    let state = (["task_id", "valid_from", "supporting"] + TaskColumns.names).joined(
      separator: ", ")
    try db.cachedStatement(
      sql: """
        INSERT INTO task_timeline (\(state), valid_to, known_from, known_to)
        SELECT \(state), ?, ?, ? FROM task_timeline WHERE id = ?
        """
    ).execute(arguments: [until, knownFrom, open, rowID])
    try index(db.lastInsertedRowID, in: db)
  }

  private static func close(_ rowID: Int64, at position: Int64, in db: Database) throws {
    try db.cachedStatement(sql: "UPDATE task_timeline SET known_to = ? WHERE id = ?")
      .execute(arguments: [position, rowID])
    try db.cachedStatement(sql: "UPDATE task_timeline_index SET known_to = ? WHERE id = ?")
      .execute(arguments: [position, rowID])
  }

  private static func index(_ rowID: Int64, in db: Database) throws {
    try db.cachedStatement(
      sql: """
        INSERT INTO task_timeline_index (id, valid_from, valid_to, known_from, known_to)
        SELECT id, valid_from, valid_to, known_from, known_to FROM task_timeline WHERE id = ?
        """
    ).execute(arguments: [rowID])
  }
}
