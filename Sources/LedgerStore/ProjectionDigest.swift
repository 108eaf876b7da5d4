import Crypto
import GRDB

/// A fingerprint of everything the projection tables hold, to compare inline and rebuilt state.
enum ProjectionDigest {
  /// SHA-256 over every projection row, table by table in key order, each value tagged with
  /// its type and length so that no two different contents give the same bytes.
  static func compute(in db: Database) throws -> String {
    var hasher = SHA256()
    var bytes: [UInt8] = []
    bytes.reserveCapacity(4096)
    for table in ProjectionTables.tables {
      hasher.update(data: Array("table:\(table.name)\n".utf8))
      let rows = try Row.fetchCursor(db, sql: "SELECT * FROM \(table.name) ORDER BY \(table.order)")
      while let row = try rows.next() {
        bytes.removeAll(keepingCapacity: true)
        for (column, value) in row where !(table.name == "task_timeline" && column == "id") {
          append(value, to: &bytes)
        }
        bytes.append(0x0a)
        hasher.update(data: bytes)
      }
    }
    return HashChain.hex(hasher.finalize())
  }

  private static func append(_ value: DatabaseValue, to bytes: inout [UInt8]) {
    switch value.storage {
    case .null: bytes.append(contentsOf: "n;".utf8)
    case .int64(let number): bytes.append(contentsOf: "i\(number);".utf8)
    case .double(let number): bytes.append(contentsOf: "d\(number);".utf8)
    case .string(let text):
      bytes.append(contentsOf: "s\(text.utf8.count):".utf8)
      bytes.append(contentsOf: text.utf8)
    case .blob(let data):
      bytes.append(contentsOf: "b\(data.count):".utf8)
      bytes.append(contentsOf: data)
    }
  }
}
