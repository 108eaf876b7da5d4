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
