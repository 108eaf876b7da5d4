import GRDB

extension Database {
  /// Runs a read that passes over the log once with a 2 MB page cache.
  ///
  /// The ledger's connections keep 32 MB of pages; a one-pass read never reads a page again,
  /// so a larger cache only holds memory that grows with the ledger (up to its size). The
  /// connection's cache is restored afterwards.
  func readingOnce<T>(_ body: () throws -> T) throws -> T {
    let previous = try Int.fetchOne(self, sql: "PRAGMA cache_size") ?? -2000
    try execute(sql: "PRAGMA cache_size = -2048")
    defer { try? execute(sql: "PRAGMA cache_size = \(previous)") }
    return try body()
  }
}
