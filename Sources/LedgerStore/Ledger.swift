import Foundation
import GRDB
import LedgerCore
import LedgerProof

/// The ledger: one SQLite file holding the append-only event log and its projections.
///
/// Like GRDB's `AppDatabase`, it wraps one database connection and offers methods named for
/// what they do. The same type runs over a file or in memory, so tests are fast.
public struct Ledger: Sendable {
  /// One connection (the CLI), or a pool whose readers run beside the writer (the server).
  let database: any DatabaseWriter
  /// Where the ledger lives, for messages; ":memory:" for an in-memory ledger.
  public let path: String
  /// Where recorded times come from.
  public let clock: LedgerClock
  /// The time zone that says which day "today" is, set when the ledger was created.
  public let timeZone: TimeZone
  /// The key that signs every event this value appends, if any (`with(signer:)`).
  public let signer: SignerKey?
  /// The units and persons kept between reads until their streams move, shared by every value
  /// over the same database.
  let people: PeopleMemo

  /// The time zone new ledgers use unless told otherwise.
  public static let defaultTimeZone = "Asia/Ho_Chi_Minh"

  private init(
    database: any DatabaseWriter, path: String, clock: LedgerClock, timeZone: TimeZone,
    signer: SignerKey? = nil, people: PeopleMemo = PeopleMemo()
  ) {
    self.signer = signer
    self.people = people
    self.database = database
    self.path = path
    self.clock = clock
    self.timeZone = timeZone
  }

  /// Creates a new ledger file; refuses if a file is already there (other than an empty one).
  ///
  /// The ledger is made whole under a temporary name beside `path` and then given its name in
  /// one step, so a kill at any moment leaves either no ledger or a complete one, never an
  /// empty file. An empty file at `path` (from an older, interrupted `init`) is replaced.
  public static func create(
    at path: String, clock: LedgerClock, timeZone: String = defaultTimeZone
  ) throws -> Ledger {
    guard let zone = TimeZone(identifier: timeZone) else {
      throw LedgerError.invalidTimeZone(timeZone)
    }
    let replacesEmpty = isEmptyFile(path)
    guard replacesEmpty || !FileManager.default.fileExists(atPath: path) else {
      throw LedgerError.ledgerExists(path: path)
    }
    let temporary = path + ".init-\(ProcessInfo.processInfo.processIdentifier)"
    func removeTemporary() {
      for suffix in ["", "-wal", "-shm"] {
        try? FileManager.default.removeItem(atPath: temporary + suffix)
      }
    }
    return try StoreErrors.map(path: path) {
      removeTemporary()
      do {
        let queue = try DatabaseQueue(
          path: temporary, configuration: configuration(readOnly: false, path: temporary))
        try queue.writeWithoutTransaction { db in
          try db.execute(sql: "PRAGMA journal_mode = WAL")
        }
        try setUp(queue, timeZone: timeZone)
        // Closing the only connection checkpoints the WAL into the file and removes it.
        try queue.close()
        // rename replaces the empty file; link refuses to replace anything another `init`
        // made meanwhile.
        if replacesEmpty {
          guard rename(temporary, path) == 0 else { throw LedgerError.ledgerExists(path: path) }
        } else {
          if link(temporary, path) != 0 {
            // A file system without hard links: rename, unless a file appeared meanwhile.
            guard errno != EEXIST, !FileManager.default.fileExists(atPath: path),
              rename(temporary, path) == 0
            else { throw LedgerError.ledgerExists(path: path) }
          }
        }
      } catch {
        removeTemporary()
        throw error
      }
      removeTemporary()
      let queue = try DatabaseQueue(
        path: path, configuration: configuration(readOnly: false, path: path))
      return Ledger(database: queue, path: path, clock: clock, timeZone: zone)
    }
  }

  /// Where SQLite opens a ledger to read it.
  ///
  /// A ledger in WAL mode is read through its `-shm` file, which SQLite makes beside it. On a
  /// read-only file system (a mounted archive, a full disk remounted read-only) it cannot:
  /// when no `-wal` file is there, everything is in the file itself and it is opened as
  /// immutable; otherwise the existing WAL files are used as they are.
  static func readLocation(_ path: String, readOnly: Bool) -> String {
    let folder = (path as NSString).deletingLastPathComponent
    // A file marked read-only is read as it stands too: nobody may be writing it, and no
    // side files are left beside it.
    guard readOnly, access(folder.isEmpty ? "." : folder, W_OK) != 0 || !hasWriteBits(path),
      !FileManager.default.fileExists(atPath: path + "-wal"),
      let escaped = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)
    else { return path }
    return "file:\(escaped)?immutable=1"
  }

  /// Whether a file is at `path` and holds nothing.
  static func isEmptyFile(_ path: String) -> Bool {
    (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) == 0
  }

  /// Opens an existing ledger file, checking that it is one this version can use.
  ///
  /// A file with more than one name (hard links) is refused unless opened read-only: SQLite keeps its
  /// write-ahead log beside the name it was opened by, so writers through two names corrupt it.
  /// `onWait` is told, once per wait, which command holds the ledger when a write must wait.
  /// `concurrentReads` (the server) opens a pool of connections: reads run in parallel with
  /// each other and with the one writer (WAL), each on a snapshot of the file.
  public static func open(
    at path: String, clock: LedgerClock, readOnly: Bool = false, concurrentReads: Bool = false,
    onWait: (@Sendable (LedgerHolder) -> Void)? = nil
  ) throws -> Ledger {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      throw LedgerError.noLedger(path: path)
    }
    // A folder is not a ledger (trial: it was said to have "6 names (hard links)").
    if isFolder.boolValue { throw LedgerError.notALedger(path: path) }
    if isEmptyFile(path) { throw LedgerError.emptyLedgerFile(path: path) }
    // A file marked read-only is read-only for everyone, also for root, whom the system lets
    // write it (trial: `chmod 444` did not stop a report run as root).
    let readOnly = readOnly || !hasWriteBits(path)
    if !readOnly, let links = linkCount(path), links > 1 {
      throw LedgerError.ledgerHasLinks(path: path, links: links)
    }
    return try StoreErrors.map(path: path) {
      // Check the file first, reading only, so that a file which is not a ledger (or one from
      // a newer version) is never changed. The connection is read-write when the file is
      // writable, so that closing it tidies away the WAL files reading creates.
      let writable = FileManager.default.isWritableFile(atPath: path)
      let location = readLocation(path, readOnly: readOnly || !writable)
      let probe = try DatabaseQueue(
        path: location, configuration: configuration(readOnly: readOnly || !writable, path: path))
      let (zoneName, current) = try probe.read { db in try checkLedger(db, path: path) }
      try probe.close()
      guard let zone = TimeZone(identifier: zoneName) else {
        throw LedgerError.notALedger(path: path)
      }
      let configuration = configuration(readOnly: readOnly, path: path, onWait: onWait)
      let queue: any DatabaseWriter =
        concurrentReads && !readOnly
        ? try DatabasePool(path: path, configuration: configuration)
        : try DatabaseQueue(path: readOnly ? location : path, configuration: configuration)
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
    Ledger(
      database: database, path: path, clock: clock, timeZone: timeZone, signer: signer,
      people: people)
  }

  /// The same ledger, appending events signed by `signer` (nil: unsigned).
  public func with(signer: SignerKey?) -> Ledger {
    Ledger(
      database: database, path: path, clock: clock, timeZone: timeZone, signer: signer,
      people: people)
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

  /// Whether any write permission bit is set on the file (a file not read: assumed writable).
  static func hasWriteBits(_ path: String) -> Bool {
    var info = stat()
    guard stat(path, &info) == 0 else { return true }
    return info.st_mode & 0o222 != 0
  }

  /// How many names (hard links) the file has; nil when it cannot be read.
  public static func linkCount(_ path: String) -> Int? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return Int(info.st_nlink)
  }

  private static func configuration(
    readOnly: Bool, largeCache: Bool = true, path: String = ":memory:",
    onWait: (@Sendable (LedgerHolder) -> Void)? = nil
  ) -> Configuration {
    var configuration = Configuration()
    configuration.readonly = readOnly
    // A second writer waits for the first instead of failing with "database is locked": up
    // to 30 s, or as long as a running command noted as holding the ledger runs.
    configuration.busyMode = .callback(BusyWait(path: path, notice: onWait).callback)
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
