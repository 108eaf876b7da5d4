import GRDB
import LedgerCore

/// Keeps the projection tables in step with the log, inside the appending transaction.
enum Projector {
  /// Applies one newly appended event to the projections.
  ///
  /// A task event is folded onto the task's saved state; a correction re-folds its stream from
  /// the log; a unit's stream is short and always re-folded (its tenures depend on all of it).
  static func apply(_ event: RecordedEvent, in db: Database) throws {
    switch event.stream {
    case .unit(let code):
      let events = try EventRows.stream(event.stream, in: db, through: event.position)
      try ProjectionTables.save(UnitState.fold(events), code: code, in: db)
    case .plan(let id):
      let events = try EventRows.stream(event.stream, in: db, through: event.position)
      try ProjectionTables.save(PlanState.fold(events), id: id, in: db)
    case .evaluation, .key, .policy, .account, .person:
      // Read from the log when needed: a few events per person and year, per key, per rule,
      // per account.
      break
    case .task(let id):
      let before = try ProjectionTables.task(id, in: db)
      let state: TaskState?
      if case .eventCorrected = event.event {
        state = TaskState.fold(try EventRows.stream(event.stream, in: db, through: event.position))
      } else {
        state = TaskState.evolve(before, with: event)
      }
      try ProjectionTables.save(state, id: id, in: db)
      try TimelineTable.apply(event, before: before, in: db)
    }
  }
}
