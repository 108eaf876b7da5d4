import Foundation
import LedgerChain
import LedgerCore
import NIOCore
import PostgresNIO

/// Events of one source gathered as rows of `COPY hub_events FROM STDIN` (text format), written
/// with one statement.
///
/// COPY takes the rows as one stream of text instead of a statement's parameters; the rows
/// land exactly as `INSERT` would put them (`CopyText` escapes every value and writes each
/// recorded instant as the microseconds PostgresNIO would send), and the table's constraints
/// and its statement-level chain check hold for them as for any INSERT.
struct EventBatch {
  /// How many events one statement writes.
  static let capacity = 5_000

  /// The table's columns, in the order of each row.
  static let columns = [
    "source", "position", "stream", "version", "type", "schema_version", "effective",
    "recorded", "recorded_at", "actor", "payload", "prev_hash", "hash", "signer", "signature",
    "clock",
  ]

  private var rows = ByteBuffer()
  private(set) var count = 0

  /// Adds an event read from an events file, its payload and recorded time as stored, as a row
  /// of `source`.
  mutating func append(_ parsed: EventLineReader.Parsed, source: String) {
    let event = parsed.event
    CopyText.append(source, to: &rows)
    CopyText.append(event.position, to: &rows)
    CopyText.append(event.stream.description, to: &rows)
    CopyText.append(Int64(event.version), to: &rows)
    CopyText.append(event.event.typeName, to: &rows)
    CopyText.append(Int64(parsed.schemaVersion), to: &rows)
    CopyText.append(event.effective.iso, to: &rows)
    CopyText.append(parsed.recorded, to: &rows)
    CopyText.append(CopyText.timestamp(event.recorded), to: &rows)
    CopyText.append(event.actor, to: &rows)
    CopyText.append(parsed.payload, to: &rows)
    CopyText.append(event.previousHash, to: &rows)
    CopyText.append(event.hash, to: &rows)
    CopyText.append(event.signer, to: &rows)
    CopyText.append(event.signature, to: &rows)
    CopyText.append(event.fixedClock ? "fixed" : nil, to: &rows, last: true)
    count += 1
  }

  /// Writes the rows gathered into `hub_events`, in the hub's current transaction.
  func write(hub: Hub) async throws {
    guard count > 0 else { return }
    let rows = rows
    try await HubErrors.map(place: hub.place) {
      try await hub.connection.copyFrom(
        table: "hub_events", columns: Self.columns, logger: hub.logger
      ) { writer in
        try await writer.write(rows)
      }
    }
  }
}
