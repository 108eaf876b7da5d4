import Foundation
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
  /// not the log. Task events go through a `BulkProjector` (a backdated fact or a correction
  /// re-folds its stream up to that point, as the inline projector does); unit and plan
  /// streams are folded at the end.
  public func rebuild() throws -> RebuildReport {
    try StoreErrors.map(path: path) {
      try LedgerHolder.holding(path, command: "rebuild", clock: clock) {
        try database.write { db in
          // Views are never rebuilt from a log that does not hold: the whole chain is checked
          // first (reading it costs little beside the replay), then the kept mark.
          let chain = try ChainSegment(
            in: db, from: 1, through: nil, previous: Array(HashChain.genesis.utf8))
          if let problem = chain.problem {
            throw LedgerError.chainBroken(position: problem.position)
          }
          try checkChain(in: db)
          let before = try ProjectionDigest.compute(in: db)
          for table in ProjectionTables.tables {
            try db.execute(sql: "DELETE FROM \(table.name)")
          }
          // Deleting an R*Tree's entries one by one rebalances it each time; dropping it and
          // making it again, as migration v1 does, takes no time.
          try db.execute(
            sql: """
              DROP TABLE task_timeline_index;
              CREATE VIRTUAL TABLE task_timeline_index USING rtree_i32 (
                id, valid_from, valid_to, known_from, known_to
              );
              """)
          let projector = BulkProjector(db: db)
          var unitEvents: [UnitCode: [RecordedEvent]] = [:]
          var planEvents: [PlanID: [RecordedEvent]] = [:]
          var count = 0
          func take(_ event: RecordedEvent) throws {
            count += 1
            switch event.stream {
            case .unit(let code): unitEvents[code, default: []].append(event)
            case .plan(let id): planEvents[id, default: []].append(event)
            case .evaluation, .key, .policy, .account, .person: break
            case .task: try projector.apply(event)
            }
          }
          let sql = "SELECT \(EventRows.all) FROM events ORDER BY position"
          if path != ":memory:",
            let reader = try? DatabaseQueue(path: path, configuration: Ledger.readerConfiguration())
          {
            // A second connection reads and decodes the log (which the rebuild does not change)
            // on another core while this one writes.
            try Overlapped.run(
              produce: { emit in
                try reader.read { db in
                  let rows = try Row.fetchCursor(db, sql: sql)
                  while let row = try rows.next() { try emit(try EventRows.decode(row)) }
                }
              }, write: take)
          } else {
            let rows = try Row.fetchCursor(db, sql: sql)
            while let row = try rows.next() { try take(try EventRows.decode(row)) }
          }
          try projector.finish()
          for (code, events) in unitEvents {
            try ProjectionTables.save(UnitState.fold(events), code: code, in: db)
          }
          for (id, events) in planEvents {
            try ProjectionTables.save(PlanState.fold(events), id: id, in: db)
          }
          return RebuildReport(
            events: count, inlineDigest: before, rebuiltDigest: try ProjectionDigest.compute(in: db)
          )
        }
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

extension Ledger {
  /// Checks that the views equal a fold of the log, without touching the file.
  ///
  /// The ledger is copied into memory and rebuilt there with the same machinery as `rebuild`;
  /// the report's digests are the views as stored and as the log says they should be. An
  /// event whose payload no longer reads is thrown as `corruptEvent` naming its position.
  public func checkViews() throws -> RebuildReport {
    try scratchCopy().rebuild()
  }

  /// Copies the whole ledger (log and views as they stand) to a new file at `path`, to keep
  /// drifted views for inspection before a rebuild replaces them.
  public func keepCopy(at copyPath: String) throws {
    guard !FileManager.default.fileExists(atPath: copyPath) else {
      throw LedgerError.ledgerExists(path: copyPath)
    }
    try StoreErrors.map(path: copyPath) {
      let copy = try DatabaseQueue(path: copyPath)
      try database.backup(to: copy)
      try copy.close()
    }
  }
}
