import Crypto
import GRDB

/// A fingerprint of everything the projection tables hold, to compare inline and rebuilt state.
enum ProjectionDigest {
  /// SHA-256 over every projection row, table by table in key order, each value tagged with
  /// its type and length so that no two different contents give the same bytes.
  ///
  /// A table without a key order (the task timeline, whose row ids depend on the order rows
  /// were written in) is read in storage order as a set: each row is hashed without its id,
  /// and the row hashes are added as 256-bit numbers, which no order changes.
  static func compute(in db: Database) throws -> String {
    var hasher = SHA256()
    var bytes: [UInt8] = []
    bytes.reserveCapacity(4096)
    for table in ProjectionTables.tables {
      hasher.update(data: Array("table:\(table.name)\n".utf8))
      let rows = try Row.fetchCursor(
        db, sql: "SELECT * FROM \(table.name)" + (table.order.map { " ORDER BY \($0)" } ?? ""))
      var sum = RowSum()
      while let row = try rows.next() {
        bytes.removeAll(keepingCapacity: true)
        for (column, value) in row where table.order != nil || column != "id" {
          append(value, to: &bytes)
        }
        bytes.append(0x0a)
        if table.order == nil {
          sum.add(SHA256.hash(data: bytes))
        } else {
          hasher.update(data: bytes)
        }
      }
      if table.order == nil { hasher.update(data: sum.bytes) }
    }
    return HashChain.hex(hasher.finalize())
  }

  /// A sum of row hashes, as a 256-bit number that wraps around.
  private struct RowSum {
    private var limbs: [UInt64] = [0, 0, 0, 0]

    mutating func add(_ digest: SHA256.Digest) {
      let bytes = Array(digest)
      var carry: UInt64 = 0
      for limb in (0..<4).reversed() {
        var word: UInt64 = 0
        for byte in bytes[(limb * 8)..<(limb * 8 + 8)] { word = word << 8 | UInt64(byte) }
        let (partial, overflow1) = limbs[limb].addingReportingOverflow(word)
        let (total, overflow2) = partial.addingReportingOverflow(carry)
        limbs[limb] = total
        carry = (overflow1 ? 1 : 0) + (overflow2 ? 1 : 0)
      }
    }

    var bytes: [UInt8] {
      limbs.flatMap { limb in (0..<8).reversed().map { UInt8(truncatingIfNeeded: limb >> ($0 * 8)) }
      }
    }
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
