import Foundation
import GRDB
import LedgerCore

/// Reads and writes rows of the `events` table.
enum EventRows {
  /// The envelope's hashed columns.
  static let columns = EventColumns.list
  /// Every column, signing ones included, for `SELECT` and `INSERT`.
  static let all = EventColumns.all
  /// One placeholder per column of `all`.
  static let placeholders = Array(repeating: "?", count: 14).joined(separator: ", ")

  /// The envelope fields of one row, as stored, read by column name (for single rows; a long
  /// read finds the places once with `EventColumns`).
  static func fields(_ row: Row) -> HashChain.Fields {
    HashChain.Fields(
      position: row["position"], stream: row["stream"], version: row["version"],
      type: row["type"], schemaVersion: row["schema_version"], effective: row["effective"],
      recorded: row["recorded"], actor: row["actor"], payload: row["payload"],
      previousHash: row["prev_hash"], signer: row["signer"], signature: row["signature"],
      clock: row["clock"])
  }

  /// The event a row holds.
  static func decode(_ row: Row) throws -> RecordedEvent {
    let position: Int64 = row["position"]
    let payloadText: String = row["payload"]
    let payload = Data(payloadText.utf8)
    let type: String = row["type"]
    let schemaVersion: Int = row["schema_version"]
    let event: LedgerEvent
    do {
      event = try LedgerEvent(typeName: type, schemaVersion: schemaVersion, payload: payload)
    } catch let error as LedgerError {
      throw error
    } catch {
      throw LedgerError.corruptEvent(position: position)
    }
    guard let stream = StreamID(row["stream"]),
      let effective = LocalDate(parsing: row["effective"]),
      let recorded = Timestamps.parse(row["recorded"])
    else { throw LedgerError.corruptEvent(position: position) }
    return RecordedEvent(
      position: position, stream: stream, version: row["version"], event: event,
      effective: effective, recorded: recorded, actor: row["actor"], payload: payload,
      previousHash: row["prev_hash"], hash: row["hash"], signer: row["signer"],
      signature: row["signature"], fixedClock: (row["clock"] as String?) == "fixed")
  }

  /// Every event of one stream, in order.
  static func stream(_ stream: StreamID, in db: Database, through position: Int64 = .max) throws
    -> [RecordedEvent]
  {
    try Row.fetchAll(
      try db.cachedStatement(
        sql: "SELECT \(all) FROM events WHERE stream = ? AND position <= ? ORDER BY version"),
      arguments: [stream.description, position]
    ).map(decode)
  }

  /// The last position recorded at or before a moment (every position when nil).
  ///
  /// Recorded times never go back along the log (a trigger sees to it), so "recorded by then"
  /// is a prefix of the log, and reads scan it by position.
  static func lastPosition(knownAt moment: Date?, in db: Database) throws -> Int64 {
    guard let moment else { return .max }
    return try Int64.fetchOne(
      try db.cachedStatement(sql: "SELECT max(position) FROM events WHERE recorded <= ?"),
      arguments: [Timestamps.format(moment)]) ?? 0
  }

  /// The event at one position.
  static func at(_ position: Int64, in db: Database) throws -> RecordedEvent? {
    try Row.fetchOne(
      try db.cachedStatement(sql: "SELECT \(all) FROM events WHERE position = ?"),
      arguments: [position]
    ).map(decode)
  }
}
