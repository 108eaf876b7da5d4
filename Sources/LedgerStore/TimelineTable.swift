import GRDB
import LedgerCore

/// Keeps `task_timeline` — every task's state over effective days and over what was known
/// when — and answers "the tasks on a day, as known at a position" with an R*Tree point query.
///
/// Rows are never changed but to be closed: when an event changes what is known, the rows it
/// contradicts get `known_to` = its position and the new picture is inserted from there on.
enum TimelineTable {
  /// "Still": the open end of either interval. (Queries write it as a literal, so that
  /// SQLite uses the index of rows still known, `task_timeline_current`.)
  static let open: Int64 = 2_147_483_647

  /// A task's open row with the latest start: the one a new fact on or after that day splits.
  static func lastOpenRow(of id: TaskID, in db: Database) throws -> (id: Int64, validFrom: Int64)? {
    try Row.fetchOne(
      try db.cachedStatement(
        sql: """
          SELECT id, valid_from FROM task_timeline
          WHERE task_id = ? AND known_to = 2147483647 ORDER BY valid_from DESC LIMIT 1
          """), arguments: [id.rawValue]
    ).map { (id: $0["id"], validFrom: $0["valid_from"]) }
  }

  /// Persists the change a newly appended task event makes to what is known of the task's
  /// timeline, as the one model of time (`TaskTimeline.change`) works it out.
  ///
  /// `before` is the task's state before the event.
  static func apply(_ event: RecordedEvent, before: TaskState?, in db: Database) throws {
    guard case .task(let id) = event.stream else { return }
    let last = try lastOpenRow(of: id, in: db)
    let change = try TaskTimeline.change(
      after: event, latestFrom: last.map { LocalDate(dayNumber: Int($0.validFrom)) },
      state: before,
      stream: { try EventRows.stream(event.stream, in: db, through: event.position) })
    let rows = TimelineBuffer(db: db)
    switch change {
    case .continues(let from, let state):
      let day = Int64(from.dayNumber)
      if let last {
        try close(last.id, at: event.position, in: db)
        if day > last.validFrom {
          try copy(last.id, until: day, knownFrom: event.position, in: db)
        }
      }
      try rows.add(
        StateRow(state), from: day, until: open, knownFrom: event.position, knownTo: open)
    case .rewritten(let segments):
      let known = try Int64.fetchAll(
        try db.cachedStatement(
          sql: "SELECT id FROM task_timeline WHERE task_id = ? AND known_to = 2147483647"),
        arguments: [id.rawValue])
      for row in known { try close(row, at: event.position, in: db) }
      for segment in segments {
        try rows.add(
          StateRow(segment.state), from: Int64(segment.from.dayNumber),
          until: segment.until.map { Int64($0.dayNumber) } ?? open, knownFrom: event.position,
          knownTo: open)
      }
    }
    try rows.flush()
  }

  /// Every task's state on a day, as known through a position.
  ///
  /// As known now, each task's row is one seek in the index of rows still known; as known at
  /// an earlier position, the rows come from an R*Tree point query.
  static func tasks(on day: LocalDate, knownThrough position: Int64, in db: Database) throws
    -> [TaskState]
  {
    let latest =
      try Int64.fetchOne(try db.cachedStatement(sql: "SELECT max(position) FROM events")) ?? 0
    let statement = try db.cachedStatement(
      sql: position >= latest
        ? """
        SELECT t.task_id, t.supporting, \(TaskColumns.list(prefix: "t."))
        FROM tasks k JOIN task_timeline t ON t.id = (
          SELECT c.id FROM task_timeline c
          WHERE c.task_id = k.id AND c.known_to = 2147483647 AND c.valid_from <= ?1
          ORDER BY c.valid_from DESC LIMIT 1)
        WHERE t.valid_to > ?1 AND ?2 = ?2
        """
        : """
        SELECT t.task_id, t.supporting, \(TaskColumns.list(prefix: "t."))
        FROM task_timeline_index i JOIN task_timeline t ON t.id = i.id
        WHERE i.valid_from <= ?1 AND i.valid_to > ?1 AND i.known_from <= ?2 AND i.known_to > ?2
        """)
    let places = try TaskColumns.Places(statement)
    let taskID = try ColumnPlaces<TimelineColumn>(statement)[.taskID]
    let supportingPlace = try ColumnPlaces<TimelineColumn>(statement)[.supporting]
    let rows = try Row.fetchCursor(
      statement, arguments: [Int64(day.dayNumber), min(position, open - 1)])
    var tasks: [TaskState] = []
    let deadlines = TaskColumns.Deadlines()
    while let row = try rows.next() {
      guard let id = TaskID(row[taskID]) else { continue }
      let supporting = (row[supportingPlace] as String).split(separator: ",").compactMap {
        UnitCode(String($0))
      }
      if let task = try TaskColumns.decode(
        row, places: places, id: id, supporting: supporting, deadlines: deadlines)
      {
        tasks.append(task)
      }
    }
    return tasks
  }

  /// The timeline's own columns, besides the state's.
  enum TimelineColumn: String, CaseIterable {
    case taskID = "task_id"
    case supporting
  }

  /// A task's state as the values of a timeline row, worked out once and written as often as
  /// needed.
  struct StateRow {
    let taskID: String
    let supporting: String
    let values: [(any DatabaseValueConvertible)?]

    init(_ state: TaskState, roleKey: String? = nil) throws {
      taskID = state.id.rawValue
      supporting = state.supportingUnits.map(\.rawValue).joined(separator: ",")
      values = try TaskColumns.values(state, roleKey: roleKey)
    }
  }

  /// Copies a row's state to a new row for [its start, `until`), known from a position.
  static func copy(_ rowID: Int64, until: Int64, knownFrom: Int64, in db: Database) throws {
    let state = (["task_id", "valid_from", "supporting"] + TaskColumns.names).joined(
      separator: ", ")
    try db.cachedStatement(
      sql: """
        INSERT INTO task_timeline (\(state), valid_to, known_from, known_to)
        SELECT \(state), ?, ?, ? FROM task_timeline WHERE id = ?
        """
    ).execute(arguments: [until, knownFrom, open, rowID])
    try db.cachedStatement(
      sql: """
        INSERT INTO task_timeline_index (id, valid_from, valid_to, known_from, known_to)
        SELECT id, valid_from, valid_to, known_from, known_to FROM task_timeline WHERE id = ?
        """
    ).execute(arguments: [db.lastInsertedRowID])
  }

  /// Closes a row: what it says is no longer known from this position on.
  static func close(_ rowID: Int64, at position: Int64, in db: Database) throws {
    try db.cachedStatement(sql: "UPDATE task_timeline SET known_to = ? WHERE id = ?")
      .execute(arguments: [position, rowID])
    try db.cachedStatement(sql: "UPDATE task_timeline_index SET known_to = ? WHERE id = ?")
      .execute(arguments: [position, rowID])
  }
}
