import Foundation
import GRDB
import LedgerCore

/// A point of the log known to be intact: `size` events, the last with hash `lastHash`.
struct ChainMark {
  var size: Int64
  var lastHash: String

  /// The last mark kept in `checkpoints`, or the start of the log.
  static func last(in db: Database) throws -> ChainMark {
    guard
      let row = try Row.fetchOne(
        try db.cachedStatement(
          sql: "SELECT size, last_hash FROM checkpoints ORDER BY size DESC LIMIT 1"))
    else { return ChainMark(size: 0, lastHash: HashChain.genesis) }
    return ChainMark(size: row["size"], lastHash: row["last_hash"])
  }
}

extension Ledger {
  /// How many events a write checks past the last mark before it keeps a new one.
  static let markEvery: Int64 = 256

  /// Checks, inside a write, that the chain holds from the last checked point to the end, and
  /// keeps a new point when the run was long; throws `chainBroken` at the first bad position.
  ///
  /// Every write, `rebuild` and `events export` goes through here, so a log edited behind the
  /// program's back is not built on, replayed or passed on as if whole.
  func checkChain(in db: Database) throws {
    let (mark, run) = try markedRun(in: db)
    if let problem = run.problem { throw LedgerError.chainBroken(position: problem.position) }
    if Int64(run.events) >= Ledger.markEvery {
      try keepMark(
        ChainMark(
          size: mark.size + Int64(run.events),
          lastHash: String(decoding: run.lastHash, as: UTF8.self)), in: db)
    }
  }

  /// The first altered position past the last checked point, nil when the chain holds: what
  /// reads warn about.
  public func chainProblem() throws -> Int64? {
    try StoreErrors.map(path: path) {
      try database.read { db in
        guard try db.tableExists("checkpoints") else { return nil }
        // One pass from the last checked point: it leaves no pages worth caching.
        return try db.readingOnce { try chainRun(in: db).problem }
      }
    }
  }

  /// Refuses with `chainBroken` when the chain does not hold past the last checked point.
  public func requireIntactChain() throws {
    if let position = try chainProblem() { throw LedgerError.chainBroken(position: position) }
  }

  /// Keeps a checked point (or a checkpoint's) in `checkpoints`.
  func keepMark(_ mark: ChainMark, root: String? = nil, note: String? = nil, in db: Database)
    throws
  {
    try db.execute(
      sql: """
        INSERT INTO checkpoints (size, last_hash, root, note, made) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (size) DO UPDATE SET root = coalesce(excluded.root, root),
          note = coalesce(excluded.note, note)
        """,
      arguments: [mark.size, mark.lastHash, root, note, Timestamps.format(clock.now())])
  }

  /// The first altered position past the last mark, nil when the chain holds there.
  func chainRun(in db: Database) throws -> (mark: ChainMark, run: ChainSegment, problem: Int64?) {
    let (mark, run) = try markedRun(in: db)
    return (mark, run, run.problem?.position)
  }

  /// The last mark and the chain checked from it to the end: the mark's own event must still
  /// have the kept hash, and every later one must link and hash.
  private func markedRun(in db: Database) throws -> (ChainMark, ChainSegment) {
    let mark = try ChainMark.last(in: db)
    if mark.size > 0 {
      let stored = try String.fetchOne(
        try db.cachedStatement(sql: "SELECT hash FROM events WHERE position = ?"),
        arguments: [mark.size])
      if stored != mark.lastHash {
        var run = try ChainSegment(
          in: db, from: mark.size, through: mark.size, previous: nil)
        run.problem = .init(position: mark.size, kind: .alteredEvent)
        return (mark, run)
      }
    }
    let run = try ChainSegment(
      in: db, from: mark.size + 1, through: nil, previous: Array(mark.lastHash.utf8))
    return (mark, run)
  }
}
