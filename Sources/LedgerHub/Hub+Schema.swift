import LedgerCore
import PostgresNIO

extension Hub {
  /// Brings the database's schema to the newest version, applying each missing migration in
  /// its own transaction; returns the versions applied (none when already current).
  @discardableResult
  public func migrate() async throws -> [Int] {
    try await migrate(through: HubSchema.latest)
  }

  /// Applies each missing migration up to `last` only (a hub as an older program left it, for
  /// the tests of a later migration); returns the versions applied.
  @discardableResult
  func migrate(through last: Int) async throws -> [Int] {
    try await simple(HubSchema.bookkeeping)
    let current = try await schemaVersion()
    guard current <= HubSchema.latest else { throw LedgerError.newerHub(version: current) }
    var applied: [Int] = []
    for migration in HubSchema.migrations where migration.version > current {
      guard migration.version <= last else { break }
      try await transaction {
        try await simple(migration.sql)
        try await query("INSERT INTO hub_migrations (version) VALUES (\(migration.version))")
      }
      applied.append(migration.version)
    }
    return applied
  }

  /// The newest migration this database has (0 for none).
  public func schemaVersion() async throws -> Int {
    let rows = try await query("SELECT coalesce(max(version), 0)::bigint FROM hub_migrations")
    for try await version in rows.decode(Int64.self) { return Int(version) }
    return 0
  }

  /// Checks the database is a hub this program can read and write; its schema's version.
  @discardableResult
  func requireSchema() async throws -> Int {
    try Self.requireSchema(version: try await schemaVersion())
  }

  /// Checks a schema's version is one this program can read and write; the version.
  @discardableResult
  static func requireSchema(version: Int) throws -> Int {
    guard version > 0 else { throw LedgerError.hubNotInitialized }
    guard version <= HubSchema.latest else { throw LedgerError.newerHub(version: version) }
    return version
  }

  /// Runs SQL that may hold several statements (a migration), one statement at a time.
  private func simple(_ sql: String) async throws {
    for statement in HubSchema.statements(sql) {
      try await query(PostgresQuery(unsafeSQL: statement))
    }
  }
}
