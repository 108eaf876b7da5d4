import Foundation
import LedgerCore
import LedgerStore
import Synchronization

/// The boards pages were judged on, kept per ledger version: a board is built again only when
/// an event was recorded since (through the web or by the CLI in another process), or for a
/// new day or time question.
///
/// Every page reads the ledger's last position first (one index lookup); a board for the same
/// position, day and question is the same board, so it is reused.
final class BoardCache: Sendable {
  private struct Key: Hashable {
    var asOf: LocalDate?
    var knownAt: Date?
    var today: LocalDate
  }

  private struct Entries {
    var version: Int64 = -1
    var boards: [Key: AccountabilityBoard] = [:]
  }

  /// How many different questions are kept for one version.
  static let capacity = 16

  let ledger: Ledger
  private let entries = Mutex(Entries())

  init(ledger: Ledger) {
    self.ledger = ledger
  }

  /// The board a time question asks for, as of the ledger's current version.
  func board(_ time: TimeQuery) throws -> AccountabilityBoard {
    let version = try ledger.version()
    let key = Key(asOf: time.asOf, knownAt: time.knownAt, today: ledger.today())
    let cached = entries.withLock { entries -> AccountabilityBoard? in
      guard entries.version == version else { return nil }
      return entries.boards[key]
    }
    if let cached { return cached }
    let board = try ledger.board(asOf: time.asOf, knownAt: time.knownAt)
    entries.withLock { entries in
      // A board built from an older version than one already kept is not kept.
      guard version >= entries.version else { return }
      if version > entries.version || entries.boards.count >= Self.capacity {
        entries = Entries(version: version)
      }
      entries.boards[key] = board
    }
    return board
  }
}
