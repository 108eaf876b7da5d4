import GRDB
import LedgerCore

/// Projects a long run of task events inside one transaction, keeping each task's newest
/// state and the open end of its timeline in memory until they are final.
///
/// Per event, the inline `Projector` reads the task's row, rewrites it, and closes and
/// re-inserts timeline rows. Over a bulk load most of that work is undone by the next event of
/// the same task, so here a task's state is written once at the end, and a timeline row only
/// once it is closed. The tables end up as the inline projector would leave them. Backdated
/// facts and corrections, which rewrite a task's past, go through the inline projector after
/// the task's pending rows are written. At most `capacity` tasks are held: memory stays flat
/// however long the run.
final class BulkProjector {
  /// A task's open timeline row with the latest start: written already, or still to write.
  private enum Tail {
    case stored(rowID: Int64, validFrom: Int64)
    case pending(TimelineTable.StateRow, validFrom: Int64, knownFrom: Int64)

    var validFrom: Int64 {
      switch self {
      case .stored(_, let validFrom), .pending(_, let validFrom, _): return validFrom
      }
    }
  }

  private struct Entry {
    var state: TaskState?
    var tail: Tail?
    var changed: Bool
  }

  private let db: Database
  private let capacity: Int
  private var entries: [TaskID: Entry] = [:]
  private let rows: TimelineBuffer
  /// Head roles' match keys, worked out once each (a log names few roles many times).
  private var roleKeys: [String: String] = [:]

  init(db: Database, capacity: Int = 20_000) {
    self.db = db
    self.capacity = capacity
    rows = TimelineBuffer(db: db)
  }

  /// Applies one newly appended task event.
  func apply(_ event: RecordedEvent) throws {
    guard case .task(let id) = event.stream else { return }
    let entry = try entries[id] ?? load(id)
    let change = try TaskTimeline.change(
      after: event, latestFrom: entry.tail.map { LocalDate(dayNumber: Int($0.validFrom)) },
      state: entry.state,
      stream: { try EventRows.stream(event.stream, in: db, through: event.position) })
    guard case .continues(let from, let next) = change else {
      // The past changed: the inline projector rewrites the task from the log, after this
      // task's pending rows are written.
      try write(id, entry)
      try rows.flush()
      entries[id] = nil
      try Projector.apply(event, in: db)
      return
    }
    let day = Int64(from.dayNumber)
    let position = event.position
    switch entry.tail {
    case .stored(let rowID, let validFrom):
      try TimelineTable.close(rowID, at: position, in: db)
      if day > validFrom {
        try TimelineTable.copy(rowID, until: day, knownFrom: position, in: db)
      }
    case .pending(let row, let validFrom, let knownFrom):
      try rows.add(
        row, from: validFrom, until: TimelineTable.open, knownFrom: knownFrom, knownTo: position)
      if day > validFrom {
        try rows.add(
          row, from: validFrom, until: day, knownFrom: position, knownTo: TimelineTable.open)
      }
    case nil:
      break
    }
    let roleKey = roleKeys[next.headRole] ?? VietnameseText.matchKey(next.headRole)
    if roleKeys.count < capacity { roleKeys[next.headRole] = roleKey }
    entries[id] = Entry(
      state: next,
      tail: .pending(
        try TimelineTable.StateRow(next, roleKey: roleKey), validFrom: day, knownFrom: position),
      changed: true)
    if entries.count > capacity { try finish() }
  }

  /// Writes every held state and open row; the tables are then as the inline projector leaves
  /// them.
  func finish() throws {
    for (id, entry) in entries { try write(id, entry) }
    try rows.flush()
    entries.removeAll(keepingCapacity: true)
  }

  /// A task as the tables hold it.
  private func load(_ id: TaskID) throws -> Entry {
    let tail = try TimelineTable.lastOpenRow(of: id, in: db).map {
      Tail.stored(rowID: $0.id, validFrom: $0.validFrom)
    }
    return Entry(state: try ProjectionTables.task(id, in: db), tail: tail, changed: false)
  }

  private func write(_ id: TaskID, _ entry: Entry) throws {
    if entry.changed { try ProjectionTables.save(entry.state, id: id, in: db) }
    if case .pending(let row, let validFrom, let knownFrom) = entry.tail {
      try rows.add(
        row, from: validFrom, until: TimelineTable.open, knownFrom: knownFrom,
        knownTo: TimelineTable.open)
    }
  }
}
