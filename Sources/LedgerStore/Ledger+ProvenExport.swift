import Foundation
import GRDB
import LedgerChain
import LedgerCore
import LedgerProof

extension Ledger {
  /// Writes the log (or a range) as a proven events file
  /// (`Schemas/proven-export.v1.schema.json`): a new checkpoint signed by `key` first, then
  /// each event's line with its inclusion proof in that checkpoint's tree as `proof`.
  ///
  /// The event lines are exactly those of `exportEvents`, with `"proof":[…]` as their first
  /// member, so the file also restores with `events import`. Every level of the tree is kept in
  /// memory while writing (about 64 bytes an event), so each proof costs O(log n). Returns the
  /// checkpoint.
  @discardableResult
  public func exportProvenEvents(
    key: SignerKey, since first: Int64 = 1, until last: Int64 = .max,
    _ write: (String) throws -> Void
  ) throws -> SignedNote {
    let note = try makeCheckpoint(key: key)
    let checkpoint = try Checkpoint(text: note.text)
    try StoreErrors.map(path: path) {
      try database.read { db in
        let levels = try provenLevels(checkpoint, in: db)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        try write(
          String(
            decoding: try encoder.encode(ProvenLines.CheckpointLine(checkpoint: note.rendered)),
            as: UTF8.self))
        let statement = try db.makeStatement(
          sql:
            "SELECT \(EventRows.all) FROM events WHERE position BETWEEN ? AND ? ORDER BY position"
        )
        let columns = try EventColumns(statement)
        let rows = try Row.fetchCursor(
          statement, arguments: [first, min(last, Int64(checkpoint.size))])
        while let row = try rows.next() {
          let fields = columns.fields(row)
          let line = try EventEnvelope.line(fields, hash: row[columns.hash])
          let proof = levels.inclusionProof(index: Int(fields.position - 1))
            .map { "\"\(Hex.encode($0))\"" }.joined(separator: ",")
          try write("{\"proof\":[\(proof)]," + line.dropFirst())
        }
      }
    }
    return note
  }
}
