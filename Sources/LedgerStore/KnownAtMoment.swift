import Foundation
import GRDB
import LedgerChain
import LedgerCore

/// What the ledger knew at a moment: every event recorded here by then, and every fact
/// imported later (`events import --foreign`) that its source had recorded by then.
///
/// An imported fact is known from its source's recorded time, not from the day of the import:
/// a district asking what was known on 15/05 sees a commune's 10/05 completion that reached
/// the district on 01/06. Facts here are a prefix of the log up to `last`; the imported ones
/// known early lie after it, in `early`.
public struct KnownAtMoment: Sendable {
  /// The last position recorded here by the moment (`Int64.max` for "now").
  public let last: Int64
  /// Positions after `last` of imported facts their source had recorded by the moment.
  let early: [Int64]
  private let earlySet: Set<Int64>

  init(last: Int64, early: [Int64]) {
    self.last = last
    self.early = early
    earlySet = Set(early)
  }

  /// True when the event at this position was known at the moment.
  public func contains(_ position: Int64) -> Bool {
    position <= last || earlySet.contains(position)
  }

  /// True when every fact known is in the prefix up to `last`.
  var isPrefix: Bool { early.isEmpty }

  /// The SQL condition on `position` for the facts known (its argument is `last`).
  var condition: String {
    early.isEmpty
      ? "position <= ?"
      : "(position <= ? OR position IN (\(early.map(String.init).joined(separator: ","))))"
  }

  /// What was known at a moment (everything, when nil).
  static func at(_ moment: Date?, in db: Database) throws -> KnownAtMoment {
    let last = try EventRows.lastPosition(knownAt: moment, in: db)
    guard let moment else { return KnownAtMoment(last: last, early: []) }
    let rows = try Row.fetchCursor(
      try db.cachedStatement(
        sql: """
          SELECT position, json_extract(payload, '$.origin.recorded') AS recorded FROM events
          WHERE position > ? AND instr(payload, '"origin":') > 0 ORDER BY position
          """), arguments: [last])
    var early: [Int64] = []
    while let row = try rows.next() {
      guard let text = row["recorded"] as String?, let instant = FactOrigin.instant(text),
        instant <= moment
      else { continue }
      early.append(row["position"])
    }
    return KnownAtMoment(last: last, early: early)
  }
}
