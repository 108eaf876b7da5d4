import GRDB
import LedgerCore

/// What `rebuild` found: the digest of the projections before and after replaying the log.
public struct RebuildReport: Hashable, Sendable, Codable {
  public var events: Int
  public var inlineDigest: String
  public var rebuiltDigest: String
  public var matches: Bool { inlineDigest == rebuiltDigest }
}

extension Ledger {
  /// Drops every projection and replays the whole log into them, in one transaction.
  ///
  /// Events are read in position order through a cursor, so memory holds the current states,
  /// not the log. Task states are folded as the log goes; a correction re-folds its stream up
  /// to that point, as the inline projector does. Unit streams are folded at the end.
  public func rebuild() throws -> RebuildReport {
    try StoreErrors.map(path: path) {
      try database.write { db in
        let before = try ProjectionDigest.compute(in: db)
        for table in ProjectionTables.tables {
          try db.execute(sql: "DELETE FROM \(table.name)")
        }
        try db.execute(sql: "DELETE FROM task_timeline_index")
        var tasks: [TaskID: TaskState?] = [:]
        var unitEvents: [UnitCode: [RecordedEvent]] = [:]
        var planEvents: [PlanID: [RecordedEvent]] = [:]
        var count = 0
        let rows = try Row.fetchCursor(
          db, sql: "SELECT \(EventRows.columns) FROM events ORDER BY position")
        while let row = try rows.next() {
          let event = try EventRows.decode(row)
          count += 1
          switch event.stream {
          case .unit(let code):
            unitEvents[code, default: []].append(event)
          case .plan(let id):
            planEvents[id, default: []].append(event)
          case .evaluation:
            break
          case .task(let id):
            if case .eventCorrected = event.event {
              tasks[id] = TaskState.fold(
                try EventRows.stream(event.stream, in: db, through: event.position))
            } else {
              tasks[id] = TaskState.evolve(tasks[id] ?? nil, with: event)
            }
            try TimelineTable.apply(event, now: tasks[id] ?? nil, in: db)
          }
        }
        for (code, events) in unitEvents {
          try ProjectionTables.save(UnitState.fold(events), code: code, in: db)
        }
        for (id, events) in planEvents {
          try ProjectionTables.save(PlanState.fold(events), id: id, in: db)
        }
        for (id, state) in tasks {
          try ProjectionTables.save(state, id: id, in: db)
        }
        return RebuildReport(
          events: count, inlineDigest: before, rebuiltDigest: try ProjectionDigest.compute(in: db))
      }
    }
  }

  /// The digest of the projections as they stand.
  public func projectionDigest() throws -> String {
    try StoreErrors.map(path: path) {
      try database.read { db in try ProjectionDigest.compute(in: db) }
    }
  }
}
