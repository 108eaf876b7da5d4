import GRDB
import LedgerCore

/// The decider's view of the ledger, read from the projections inside one transaction.
struct StoreReading: LedgerReading {
  let db: Database
  /// The ledger's kept units and persons, when the reading may use them (`PeopleMemo`).
  var people: PeopleMemo? = nil

  func units() throws -> [UnitState] {
    try people?.units(in: db) ?? ProjectionTables.units(in: db)
  }

  func personNames() throws -> PersonNames {
    if let people { return try people.personNames(in: db) }
    return PersonNames.of(units: try units(), persons: try persons())
  }

  func task(_ id: TaskID) throws -> TaskState? { try ProjectionTables.task(id, in: db) }

  func streamVersion(_ stream: StreamID) throws -> Int {
    try Int.fetchOne(
      try db.cachedStatement(sql: "SELECT max(version) FROM events WHERE stream = ?"),
      arguments: [stream.description])
      ?? 0
  }

  func event(at position: Int64) throws -> RecordedEvent? { try EventRows.at(position, in: db) }

  func events(in stream: StreamID) throws -> [RecordedEvent] {
    try EventRows.stream(stream, in: db)
  }

  func taskCount(referencing unit: UnitCode) throws -> Int {
    try Int.fetchOne(
      try db.cachedStatement(sql: "SELECT count(DISTINCT task_id) FROM task_units WHERE unit = ?"),
      arguments: [unit.rawValue]) ?? 0
  }

  func tasks(ofPlan plan: String) throws -> [TaskState] {
    try ProjectionTables.tasks(in: db, where: "WHERE plan = ?", arguments: [plan])
  }

  func tasks(ledBy unit: UnitCode) throws -> [TaskState] {
    try ProjectionTables.tasks(
      in: db,
      where:
        "WHERE id IN (SELECT task_id FROM task_units WHERE unit = ? AND capacity = 'lead')",
      arguments: [unit.rawValue])
  }

  func taskIDs(ignoringCase id: TaskID) throws -> [TaskID] {
    try TaskIDCase.matching(id, in: db)
  }

  func persons() throws -> [PersonRegistered] {
    if let people { return try people.persons(in: db) }
    return try Row.fetchAll(
      try db.cachedStatement(
        sql: "SELECT \(EventRows.all) FROM events WHERE stream GLOB 'person:*' ORDER BY position")
    ).map(EventRows.decode).compactMap {
      if case .personRegistered(let person) = $0.event { person } else { nil }
    }
  }

  func taskStreamCount() throws -> Int {
    try Int.fetchOne(try db.cachedStatement(sql: "SELECT count(*) FROM tasks")) ?? 0
  }
}
