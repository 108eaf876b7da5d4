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
  }
}

extension Ledger {
  /// Recomputes the hash chain from the first event and reports the first break.
  public func verify() throws -> VerifyReport {
    try StoreErrors.map(path: path) {
      try database.read { db in
        var previous = HashChain.genesis
        var expected: Int64 = 1
        var count = 0
        let rows = try Row.fetchCursor(
          db, sql: "SELECT \(EventRows.columns) FROM events ORDER BY position")
        while let row = try rows.next() {
          let fields = EventRows.fields(row)
          let stored: String = row["hash"]
          let problem: VerifyReport.Kind?
          if fields.position != expected {
            problem = .missingPosition
          } else if fields.previousHash != previous {
            problem = .brokenLink
          } else if HashChain.hash(fields) != stored {
            problem = .alteredEvent
          } else {
            problem = nil
          }
          if let problem {
            let at = problem == .missingPosition ? expected : fields.position
            return VerifyReport(
              events: count, lastHash: previous,
              problem: .init(position: at, kind: problem))
          }
          previous = stored
          expected += 1
          count += 1
        }
        return VerifyReport(events: count, lastHash: previous, problem: nil)
      }
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

  /// Reads `POS:HASH`.
  public init?(_ text: String) {
    let parts = text.split(separator: ":")
    guard parts.count == 2, let position = Int64(parts[0]), position >= 0,
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
        if digest.position == 0 { return .extends }
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
