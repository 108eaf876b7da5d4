import Foundation
import GRDB
import LedgerCore
import LedgerProof

/// The ledger: one SQLite file holding the append-only event log and its projections.
///
/// Like GRDB's `AppDatabase`, it wraps one database connection and offers methods named for
/// what they do. The same type runs over a file or in memory, so tests are fast.
public struct Ledger: Sendable {
  let database: DatabaseQueue
  /// Where the ledger lives, for messages; ":memory:" for an in-memory ledger.
  public let path: String
  /// Where recorded times come from.
  public let clock: LedgerClock
  /// The time zone that says which day "today" is, set when the ledger was created.
  public let timeZone: TimeZone
  /// The key that signs every event this value appends, if any (`with(signer:)`).
  public let signer: SignerKey?

  /// The time zone new ledgers use unless told otherwise.
  public static let defaultTimeZone = "Asia/Ho_Chi_Minh"

  private init(
    database: DatabaseQueue, path: String, clock: LedgerClock, timeZone: TimeZone,
    signer: SignerKey? = nil
  ) {
    self.signer = signer
    self.database = database
    self.path = path
    self.clock = clock
    self.timeZone = timeZone
  }

  /// Creates a new ledger file; refuses if a file is already there.
  public static func create(
    at path: String, clock: LedgerClock, timeZone: String = defaultTimeZone
  ) throws -> Ledger {
    guard let zone = TimeZone(identifier: timeZone) else {
      throw LedgerError.invalidTimeZone(timeZone)
    }
    guard !FileManager.default.fileExists(atPath: path) else {
      throw LedgerError.ledgerExists(path: path)
    }
    return try StoreErrors.map(path: path) {
      let queue = try DatabaseQueue(path: path, configuration: configuration(readOnly: false))
      do {
        try queue.writeWithoutTransaction { db in
          try db.execute(sql: "PRAGMA journal_mode = WAL")
        }
        try setUp(queue, timeZone: timeZone)
      } catch {
        try? queue.close()
        for suffix in ["", "-wal", "-shm"] {
          try? FileManager.default.removeItem(atPath: path + suffix)
        }
        throw error
      }
      return Ledger(database: queue, path: path, clock: clock, timeZone: zone)
    }
  }

  /// Opens an existing ledger file, checking that it is one this version can use.
  public static func open(at path: String, clock: LedgerClock, readOnly: Bool = false) throws
    -> Ledger
  {
    guard FileManager.default.fileExists(atPath: path) else {
      throw LedgerError.noLedger(path: path)
    }
    return try StoreErrors.map(path: path) {
      // Check the file first, reading only, so that a file which is not a ledger (or one from
      // a newer version) is never changed. The connection is read-write when the file is
      // writable, so that closing it tidies away the WAL files reading creates.
      let writable = FileManager.default.isWritableFile(atPath: path)
      let probe = try DatabaseQueue(
        path: path, configuration: configuration(readOnly: readOnly || !writable))
      let (zoneName, current) = try probe.read { db in try checkLedger(db, path: path) }
      try probe.close()
      guard let zone = TimeZone(identifier: zoneName) else {
        throw LedgerError.notALedger(path: path)
      }
      let queue = try DatabaseQueue(path: path, configuration: configuration(readOnly: readOnly))
      // A ledger made by an earlier version gains the later migrations (indexes only) the
      // first time it is opened for writing; read-only, it is read as it is.
      if !current && !readOnly { try LedgerSchema.migrator.migrate(queue) }
      return Ledger(database: queue, path: path, clock: clock, timeZone: zone)
    }
  }

  /// A new ledger in memory, for tests and dry runs.
  public static func inMemory(clock: LedgerClock, timeZone: String = defaultTimeZone) throws
    -> Ledger
  {
    try inMemory(clock: clock, timeZone: timeZone, migrate: true)
  }

  /// An in-memory ledger, empty (to receive a backup) or set up.
  static func inMemory(clock: LedgerClock, timeZone: String, migrate: Bool) throws -> Ledger {
    guard let zone = TimeZone(identifier: timeZone) else {
      throw LedgerError.invalidTimeZone(timeZone)
    }
    return try StoreErrors.map(path: ":memory:") {
      let queue = try DatabaseQueue(configuration: configuration(readOnly: false))
      if migrate { try setUp(queue, timeZone: timeZone) }
      return Ledger(database: queue, path: ":memory:", clock: clock, timeZone: zone)
    }
  }

  /// The same ledger read and written with another clock (the demo steps through a year).
  public func with(clock: LedgerClock) -> Ledger {
    Ledger(database: database, path: path, clock: clock, timeZone: timeZone, signer: signer)
  }

  /// The same ledger, appending events signed by `signer` (nil: unsigned).
  public func with(signer: SignerKey?) -> Ledger {
    Ledger(database: database, path: path, clock: clock, timeZone: timeZone, signer: signer)
  }

  /// Today in the ledger's time zone, by its clock.
  public func today() -> LocalDate {
    LocalDate(clock.now(), in: timeZone)
  }

  /// A second connection that only reads, for work split across threads.
  ///
  /// It reads the log once from end to end, so it keeps SQLite's default 2 MB page cache.
  static func readerConfiguration() -> Configuration {
    configuration(readOnly: true, largeCache: false)
  }

  private static func configuration(readOnly: Bool, largeCache: Bool = true) -> Configuration {
    var configuration = Configuration()
    configuration.readonly = readOnly
    // A second writer waits for the first instead of failing with "database is locked".
    configuration.busyMode = .timeout(30)
    configuration.label = "clearledger"
    configuration.prepareDatabase { db in
      // An accepted event survives a power cut: sync the WAL on every commit.
      try db.execute(sql: "PRAGMA synchronous = FULL")
      // Up to 32 MB of pages in memory (the default is 2 MB), so that a long import or rebuild
      // changes pages in memory instead of spilling them to the WAL over and over. Memory is
      // taken only as pages are read.
      if largeCache { try db.execute(sql: "PRAGMA cache_size = -32768") }
    }
    return configuration
  }

  private static func setUp(_ queue: DatabaseQueue, timeZone: String) throws {
    try LedgerSchema.migrator.migrate(queue)
    try queue.write { db in
      try db.execute(
        sql:
          "INSERT INTO ledger_meta (key, value) VALUES ('format', 'clearledger'), ('timezone', ?)",
        arguments: [timeZone])
    }
  }

  /// Checks that the database is a ledger this code can read; returns its time zone and
  /// whether it has every migration.
  private static func checkLedger(_ db: Database, path: String) throws -> (String, Bool) {
    guard try db.tableExists("ledger_meta"),
      try String.fetchOne(db, sql: "SELECT value FROM ledger_meta WHERE key = 'format'")
        == "clearledger"
    else { throw LedgerError.notALedger(path: path) }
    if try LedgerSchema.migrator.hasBeenSuperseded(db) {
      throw LedgerError.newerLedger(path: path)
    }
    guard try LedgerSchema.migrator.appliedIdentifiers(db).contains("v1") else {
      throw LedgerError.notALedger(path: path)
    }
    let zone =
      try String.fetchOne(db, sql: "SELECT value FROM ledger_meta WHERE key = 'timezone'")
      ?? defaultTimeZone
    return (zone, try LedgerSchema.migrator.hasCompletedMigrations(db))
  }
}
