import GRDB
import LedgerCore

/// Task ids read without their case: the streams a typed id names in another case.
enum TaskIDCase {
  /// The ids of the task streams whose id is `id` ignoring ASCII case (a task's stream exists
  /// from its first event, so a retracted assignment's id is found too).
  static func matching(_ id: TaskID, in db: Database) throws -> [TaskID] {
    try String.fetchAll(
      db,
      sql: "SELECT DISTINCT stream FROM events WHERE stream GLOB 'task:*' AND lower(stream) = ?",
      arguments: ["task:" + id.rawValue.lowercased()]
    ).compactMap { text in
      if case .task(let found) = StreamID(text) { found } else { nil }
    }
  }
}

extension Ledger {
  /// The task a typed id names: the id itself when the ledger has that task's stream, else
  /// the one task whose id differs from it only in case; nil for text that is no task id.
  public func taskID(typed text: String) throws -> TaskID? {
    guard let id = TaskID(text) else { return nil }
    return try StoreErrors.map(path: path) {
      try database.read { db in
        let found = try TaskIDCase.matching(id, in: db)
        if found.contains(id) || found.count != 1 { return id }
        return found[0]
      }
    }
  }
}
