import Foundation
import GRDB
import LedgerCore

/// Maps database failures to `LedgerError` at the store's edge, so no SQLite text reaches a user.
enum StoreErrors {
  /// Runs `body`, turning any `DatabaseError` into the `LedgerError` that explains it.
  static func map<T>(path: String, _ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let error as LedgerError {
      throw error
    } catch let error as DatabaseError {
      throw translate(error, path: path)
    }
  }

  /// The ledger error for a database error.
  static func translate(_ error: DatabaseError, path: String) -> LedgerError {
    switch error.resultCode {
    case .SQLITE_BUSY, .SQLITE_LOCKED:
      if let holder = LedgerHolder.current(for: path) {
        return .ledgerHeld(path: path, holder: holder.description)
      }
      return .ledgerBusy(path: path)
    case .SQLITE_READONLY, .SQLITE_PERM: return .readOnlyLedger(path: path)
    case .SQLITE_CANTOPEN where !FileManager.default.isWritableFile(atPath: path):
      // A write cannot make the WAL files beside a ledger on a read-only file system.
      return .readOnlyLedger(path: path)
    case .SQLITE_FULL: return .diskFull(path: path)
    case .SQLITE_NOTADB: return .notALedger(path: path)
    // A ledger with pages SQLite cannot read is damaged, not some other file (trial).
    case .SQLITE_CORRUPT: return .damagedLedger(path: path)
    default: return .storageFailure(path: path, code: error.extendedResultCode.rawValue)
    }
  }
}
