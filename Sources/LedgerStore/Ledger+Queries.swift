import Foundation
import GRDB
import LedgerCore

/// An event as history and replay show it: the event and the correction that retracted it.
public struct HistoryEntry: Hashable, Sendable {
  public var event: RecordedEvent
  /// The position of the correction that retracted this event, if one counts.
  public var retractedBy: Int64?
  /// True when the stored row does not hash to its stored hash, or does not chain onto the row
  /// before it: it was changed behind the ledger's back (`replay` checks each row it reads).
  public var altered = false
}

extension Ledger {
  /// The accountability board (tasks with buckets and heads, units, tenures) judged on a day.
  public func board(on day: LocalDate? = nil, policy: EvaluationPolicy = .shipped) throws
    -> AccountabilityBoard
  {
    let day = day ?? today()
    return try StoreErrors.map(path: path) {
      try database.read { db in try currentBoard(on: day, policy: policy, in: db) }
    }
  }

  /// Every registered unit, with its tenures.
  public func units() throws -> [UnitState] {
    try StoreErrors.map(path: path) {
      try database.read { db in try people.units(in: db) }
    }
  }

  /// The people commands can name: every registered person and every head ever appointed.
  public func personNames() throws -> PersonNames {
    try StoreErrors.map(path: path) {
      try database.read { db in try people.personNames(in: db) }
    }
  }

  /// Who each named person is: staff codes, and names that only one registered person has.
  public func personIdentity() throws -> PersonIdentity {
    try StoreErrors.map(path: path) {
      try database.read { db in PersonIdentity(persons: try people.persons(in: db)) }
    }
  }

  /// Finds a unit by code or name, as commands do.
  public func unit(named text: String) throws -> UnitState? {
    try StoreErrors.map(path: path) {
      try database.read { db in try StoreReading(db: db).unit(named: text) }
    }
  }

  /// One task's current state.
  public func task(_ id: TaskID) throws -> TaskState? {
    try StoreErrors.map(path: path) {
      try database.read { db in try ProjectionTables.task(id, in: db) }
    }
  }

  /// The event recorded at a position, nil when the ledger holds none there.
  public func event(at position: Int64) throws -> RecordedEvent? {
    try StoreErrors.map(path: path) {
      try database.read { db in try EventRows.at(position, in: db) }
    }
  }

  /// The current title of every task, for readable history lines.
  public func taskTitles() throws -> [TaskID: String] {
    try StoreErrors.map(path: path) {
      try database.read { db in
        var titles: [TaskID: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, title FROM tasks") {
          if let id = TaskID(row["id"]) { titles[id] = row["title"] }
        }
        return titles
      }
    }
  }

  /// Every event of one stream, with what retracted what.
  public func history(of stream: StreamID) throws -> [HistoryEntry] {
    try StoreErrors.map(path: path) {
      try database.read { db in
        let events = try EventRows.stream(stream, in: db)
        let retractors = Retractions.retractors(of: Retractions.corrections(in: events))
        return events.map { HistoryEntry(event: $0, retractedBy: retractors[$0.position]) }
      }
    }
  }

  /// Calls `body` with each event recorded up to `until` (all when nil), in log order,
  /// without holding the whole log in memory.
  public func replay(until: Date? = nil, _ body: (HistoryEntry) throws -> Void) throws {
    try StoreErrors.map(path: path) {
      try database.read { db in
        try db.readingOnce {
          let last = try EventRows.lastPosition(knownAt: until, in: db)
          let corrections = try Row.fetchAll(
            db,
            sql: """
              SELECT position, json_extract(payload, '$.retracts') AS retracts FROM events
              WHERE type = 'event.corrected' AND position <= ?
              """,
            arguments: [last]
          ).map { (position: $0["position"] as Int64, retracts: $0["retracts"] as Int64) }
          let retractors = Retractions.retractors(of: corrections)
          let rows = try Row.fetchCursor(
            db,
            sql: "SELECT \(EventRows.all) FROM events WHERE position <= ? ORDER BY position",
            arguments: [last])
          var previous: String?
          while let row = try rows.next() {
            let event = try EventRows.decode(row)
            // Checked as each row is read: an audit must not show an edited fact as a fact
            // (trial: a completion day changed with the trigger dropped read as recorded).
            let altered =
              HashChain.hash(EventRows.fields(row)) != event.hash
              || previous.map { $0 != event.previousHash } ?? false
            previous = event.hash
            try body(
              HistoryEntry(
                event: event, retractedBy: retractors[event.position], altered: altered))
          }
        }
      }
    }
  }

  /// The number of events in the log.
  public func eventCount() throws -> Int {
    try StoreErrors.map(path: path) {
      try database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM events") ?? 0 }
    }
  }
}

extension Ledger {
  /// Works out what importing a parsed plan would record, on the current state.
  public func prepareImport(_ parsed: ParsedPlan, options: PlanImportOptions) throws -> PlanImport {
    try StoreErrors.map(path: path) {
      try database.read { db in
        try PlanImporter(reading: StoreReading(db: db)).prepare(parsed, options: options)
      }
    }
  }

  /// Works out what importing a corrected review records (`import --from-review`).
  public func prepareImport(
    review registration: PlanRegistered, rows: [PlanReview.Row], options: PlanImportOptions
  ) throws -> PlanImport {
    try StoreErrors.map(path: path) {
      try database.read { db in
        try PlanImporter(reading: StoreReading(db: db)).prepare(
          review: registration, rows: rows, options: options)
      }
    }
  }

  /// Every plan in the ledger.
  public func plans() throws -> [PlanState] {
    try StoreErrors.map(path: path) {
      try database.read { db in try ProjectionTables.plans(in: db) }
    }
  }
}

extension Ledger {
  /// The board as it stood on a day, as known at a moment: today and now when not given.
  ///
  /// Now and today read the inline projections. Any other question reads the task timeline
  /// (an R*Tree point query: one row per task) and folds the units' short streams up to the
  /// moment. A past day is judged at its close: a task due that day and not completed by then
  /// is overdue.
  public func board(
    asOf day: LocalDate?, knownAt moment: Date?, policy: EvaluationPolicy = .shipped
  ) throws -> AccountabilityBoard {
    let today = today()
    let day = day ?? today
    if moment == nil && day == today { return try board(on: day, policy: policy) }
    return try StoreErrors.map(path: path) {
      try database.read { db in
        let known = try KnownAtMoment.at(moment, in: db)
        // Imported facts known from their source's time break the prefix: replay what was known.
        guard known.isPrefix else {
          return try Self.fold(
            sql: "SELECT \(EventRows.all) FROM events WHERE \(known.condition) ORDER BY position",
            last: known.last, day: day, timeZone: timeZone, in: db
          ).board(dayIsOver: day < today, policy: policy)
        }
        let last = known.last
        // `+position` keeps SQLite on the stream index (the units' few events) instead of
        // walking the whole log by position.
        let units = try Self.fold(
          sql: """
            SELECT \(EventRows.all) FROM events
            WHERE stream >= 'unit:' AND stream < 'unit;' AND +position <= ? ORDER BY position
            """, last: last, day: day, timeZone: timeZone, in: db
        ).units()
        return AccountabilityBoard(
          tasks: try TimelineTable.tasks(on: day, knownThrough: last, in: db), units: units,
          on: day, dayIsOver: day < today, policy: policy)
      }
    }
  }

  /// The same question answered by replaying the whole log: the reference the timeline is
  /// tested against.
  func boardByReplay(asOf day: LocalDate, knownAt moment: Date?) throws -> AccountabilityBoard {
    try database.read { db in
      let last = try EventRows.lastPosition(knownAt: moment, in: db)
      return try Self.fold(
        sql: "SELECT \(EventRows.all) FROM events WHERE position <= ? ORDER BY position",
        last: last, day: day, timeZone: timeZone, in: db
      ).board(dayIsOver: day < today())
    }
  }

  /// Folds the events a query selects (up to a position) as they stood on a day.
  private static func fold(
    sql: String, last: Int64, day: LocalDate, timeZone: TimeZone, in db: Database
  ) throws -> TemporalFold {
    let events = try Row.fetchCursor(db, sql: sql, arguments: [last])
    var all: [RecordedEvent] = []
    while let row = try events.next() { all.append(try EventRows.decode(row)) }
    let corrections = all.filter {
      if case .eventCorrected = $0.event { return true }
      return false
    }
    var fold = TemporalFold(day: day, corrections: corrections)
    fold.timeZone = timeZone
    for event in all { fold.add(event) }
    return fold
  }
}

extension Ledger {
  /// The task ids a unit leads or supports now.
  public func taskIDs(involving unit: UnitCode) throws -> Set<TaskID> {
    try StoreErrors.map(path: path) {
      try database.read { db in
        Set(
          try String.fetchAll(
            db, sql: "SELECT task_id FROM task_units WHERE unit = ?", arguments: [unit.rawValue]
          ).compactMap(TaskID.init))
      }
    }
  }

  /// What was known at a moment: the events recorded here by then, and the imported facts
  /// their source had recorded by then.
  public func known(at moment: Date) throws -> KnownAtMoment {
    try StoreErrors.map(path: path) {
      try database.read { db in try KnownAtMoment.at(moment, in: db) }
    }
  }

  /// The last position recorded at or before a moment: 0 for an empty prefix.
  public func lastPosition(knownAt moment: Date) throws -> Int64 {
    try StoreErrors.map(path: path) {
      try database.read { db in try EventRows.lastPosition(knownAt: moment, in: db) }
    }
  }
}
