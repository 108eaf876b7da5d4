import Foundation
import GRDB
import LedgerCore

/// What `verify` found when it recomputed the hash chain.
public struct VerifyReport: Hashable, Sendable, Codable {
  /// Events checked.
  public var events: Int
  /// The hash of the last event, which an auditor can keep outside the ledger.
  public var lastHash: String
  /// The first problem found, if any.
  public var problem: Problem?
  /// Signed events whose signature was checked.
  public var signed: Int = 0
  /// For a log cut short: how many events the ledger had checked before (`missingEnd`).
  public var keptSize: Int64? = nil

  public var isIntact: Bool { problem == nil }

  /// The first place where the stored log differs from the chain it should be.
  public struct Problem: Hashable, Sendable, Codable {
    public var position: Int64
    public var kind: Kind
  }

  /// How the log differs from its chain.
  public enum Kind: String, Hashable, Sendable, Codable {
    /// The event's content no longer matches its hash: it was edited.
    case alteredEvent = "altered_event"
    /// The event does not follow the one before: an event was removed, inserted or moved.
    case brokenLink = "broken_link"
    /// A position is missing.
    case missingPosition = "missing_position"
    /// The log ends before an event the ledger had checked and kept a mark of: the events from
    /// the problem's position on were removed.
    case missingEnd = "missing_end"
    /// A signed event's signature does not hold for its content: it was altered and re-hashed,
    /// or signed by another key than it names.
    case badSignature = "bad_signature"
    /// A signed event names a key that was not registered before it.
    case unknownSigner = "unknown_signer"
    /// A signed event names a key revoked before it.
    case revokedSigner = "revoked_signer"
    /// A signed event's recorder is not the person its key is registered to.
    case signerMismatch = "signer_mismatch"
    /// An unsigned event after the ledger adopted `require_signatures`.
    case unsignedUnderPolicy = "unsigned_under_policy"
  }
}

extension Ledger {
  /// Recomputes the hash chain from the first event and reports the first break.
  ///
  /// A long log on a file is checked in two halves at once, the second through its own
  /// read-only connection, and the halves' meeting link is checked after; the report is the
  /// same as checking in one run.
  public func verify() throws -> VerifyReport {
    try checkingSignatures(try checkingMarks(try verify(parallelAbove: 100_000)))
  }

  /// The chain's report, held against the points the ledger checked and kept before: a log
  /// that ends before one was cut short, and one whose event there no longer has the kept
  /// hash was rewritten and re-hashed (trial: a log with its last six events deleted was
  /// "intact" under `--chain-only`).
  func checkingMarks(_ chain: VerifyReport) throws -> VerifyReport {
    guard chain.isIntact else { return chain }
    return try StoreErrors.map(path: path) {
      try database.read { db in
        guard try db.tableExists("checkpoints") else { return chain }
        let mark = try ChainMark.last(in: db)
        var report = chain
        if mark.size > Int64(chain.events) {
          report.problem = .init(position: Int64(chain.events) + 1, kind: .missingEnd)
          report.keptSize = mark.size
        } else if mark.size > 0,
          try String.fetchOne(
            db, sql: "SELECT hash FROM events WHERE position = ?", arguments: [mark.size])
            != mark.lastHash
        {
          report.problem = .init(position: mark.size, kind: .alteredEvent)
          report.events = Int(mark.size) - 1
        }
        return report
      }
    }
  }

  /// `verify`, splitting the log in two when it holds at least `threshold` events.
  func verify(parallelAbove threshold: Int64) throws -> VerifyReport {
    try StoreErrors.map(path: path) {
      let last = try database.read { db in
        try Int64.fetchOne(db, sql: "SELECT max(position) FROM events") ?? 0
      }
      guard last >= threshold, path != ":memory:",
        let second = try? DatabaseQueue(path: path, configuration: Ledger.readerConfiguration())
      else {
        return try database.read { db in
          try ChainSegment(
            in: db, from: 1, through: nil, previous: Array(HashChain.genesis.utf8))
        }.report
      }
      let middle = last / 2
      return try Ledger.inHalves(
        earlier: {
          try database.read { db in
            try ChainSegment(
              in: db, from: 1, through: middle, previous: Array(HashChain.genesis.utf8))
          }
        },
        later: {
          try second.read { db in
            try ChainSegment(in: db, from: middle + 1, through: last, previous: nil)
          }
        }, interrupt: { second.interrupt() }
      ) { $0.joined(to: $1).report }
    }
  }

  /// Runs `later` on a thread of its own while `earlier` runs here, then `combine`s them.
  ///
  /// The thread is joined on every path: when `earlier` throws, `later` is interrupted and
  /// joined before the error goes on, so no thread outlives the call.
  static func inHalves<Earlier, Later: Sendable, Joined>(
    earlier: () throws -> Earlier, later: @escaping @Sendable () throws -> Later,
    interrupt: () -> Void, combine: (Earlier, Later) -> Joined
  ) throws -> Joined {
    let thread = JoinedThread(later)
    let first: Earlier
    do {
      first = try earlier()
    } catch {
      interrupt()
      _ = thread.join()
      throw error
    }
    return combine(first, try thread.join().get())
  }

  /// Checks the chain in two runs split after `middle`, on this connection: the joining of
  /// halves that `verify` does on two.
  func verify(splitAfter middle: Int64) throws -> VerifyReport {
    try database.read { db in
      let earlier = try ChainSegment(
        in: db, from: 1, through: middle, previous: Array(HashChain.genesis.utf8))
      let later = try ChainSegment(in: db, from: middle + 1, through: nil, previous: nil)
      return earlier.joined(to: later).report
    }
  }
}

/// A position and hash an auditor kept outside the ledger, `POS:HASH`.
public struct LedgerDigest: Hashable, Sendable, CustomStringConvertible {
  public var position: Int64
  public var hash: String

  public init(position: Int64, hash: String) {
    self.position = position
    self.hash = hash
  }

  /// Reads `POS:HASH`; the position is an event's, so 1 or more (a ledger with no events has
  /// nothing to vouch for).
  public init?(_ text: String) {
    let parts = text.split(separator: ":")
    guard parts.count == 2, let position = Int64(parts[0]), position >= 1,
      parts[1].count == 64, parts[1].allSatisfy(\.isHexDigit)
    else { return nil }
    self.init(position: position, hash: parts[1].lowercased())
  }

  public var description: String { "\(position):\(hash)" }

  /// How the ledger stands against a kept digest.
  public enum Check: Hashable, Sendable {
    /// The ledger holds that event with that hash, and extends it.
    case extends
    /// The ledger is shorter than the digest: events were removed from its end.
    case truncated(events: Int64)
    /// The event at that position has another hash: the log was rewritten at or before it.
    case rewritten(found: String)
  }
}

extension Ledger {
  /// The digest of the ledger as it stands: its last position and hash (`0:000…` when empty).
  public func digest() throws -> LedgerDigest {
    try StoreErrors.map(path: path) {
      try database.read { db in
        let row = try Row.fetchOne(
          db, sql: "SELECT position, hash FROM events ORDER BY position DESC LIMIT 1")
        return LedgerDigest(
          position: row?["position"] ?? 0, hash: row?["hash"] ?? HashChain.genesis)
      }
    }
  }

  /// Checks that the ledger still holds the event a kept digest names, with the same hash.
  ///
  /// Together with an intact chain (`verify`), a match proves nothing before the digest was
  /// changed, since every hash covers all the hashes before it.
  public func check(_ digest: LedgerDigest) throws -> LedgerDigest.Check {
    try StoreErrors.map(path: path) {
      try database.read { db in
        guard
          let hash = try String.fetchOne(
            db, sql: "SELECT hash FROM events WHERE position = ?", arguments: [digest.position])
        else {
          let count = try Int64.fetchOne(db, sql: "SELECT count(*) FROM events") ?? 0
          return .truncated(events: count)
        }
        return hash == digest.hash ? .extends : .rewritten(found: hash)
      }
    }
  }
}
