import GRDB
import LedgerCore

extension Ledger {
  /// The position of the last event recorded (0 for an empty ledger): it grows with every
  /// event, whichever process records it, so a view computed at one version stays right until
  /// the version changes.
  public func version() throws -> Int64 {
    try StoreErrors.map(path: path) {
      try database.read { db in
        try Int64.fetchOne(db, sql: "SELECT MAX(position) FROM events") ?? 0
      }
    }
  }
}

extension Ledger {
  /// The number of events in a stream (0 when it has none): one index lookup, to tell whether a
  /// stream moved without reading its events.
  public func streamVersion(_ stream: StreamID) throws -> Int {
    try StoreErrors.map(path: path) {
      try database.read { db in try StoreReading(db: db).streamVersion(stream) }
    }
  }
}
