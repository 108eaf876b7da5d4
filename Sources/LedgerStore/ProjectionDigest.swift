import Crypto
import GRDB

/// A fingerprint of everything the projection tables hold, to compare inline and rebuilt state.
enum ProjectionDigest {
  /// SHA-256 over every projection row, table by table in key order, each value tagged with
  /// its type and length so that no two different contents give the same bytes.
  static func compute(in db: Database) throws -> String {
    var hasher = SHA256()
    for table in ProjectionTables.tables {
      hasher.update(data: Array("table:\(table.name)\n".utf8))
      let rows = try Row.fetchCursor(db, sql: "SELECT * FROM \(table.name) ORDER BY \(table.order)")
      while let row = try rows.next() {
        for (column, value) in row where !(table.name == "task_timeline" && column == "id") {
          hasher.update(data: encode(value))
        }
        hasher.update(data: [0x0a])
      }
    }
    return HashChain.hex(hasher.finalize())
  }

  private static func encode(_ value: DatabaseValue) -> [UInt8] {
    switch value.storage {
    case .null: return Array("n;".utf8)
    case .int64(let number): return Array("i\(number);".utf8)
    case .double(let number): return Array("d\(number);".utf8)
    case .string(let text):
      let bytes = Array(text.utf8)
      return Array("s\(bytes.count):".utf8) + bytes
    case .blob(let data): return Array("b\(data.count):".utf8) + Array(data)
    }
  }
}
