import Foundation
import LedgerCore
import Synchronization

/// Uploaded plans waiting for their confirmation, each under a random token and for the
/// account that uploaded it: the preview shows what the import would do, the confirmation
/// imports exactly the file that was previewed.
final class PendingPlans: Sendable {
  /// One upload, as previewed.
  struct Upload: Sendable {
    var username: String
    var fileName: String
    var parsed: ParsedPlan
    var options: PlanImportOptions
    var effective: LocalDate?
  }

  /// How many uploads wait at most; the oldest is forgotten first.
  static let capacity = 32

  private let uploads = Mutex<[(String, Upload)]>([])
  /// The tokens of uploads imported, with their file's name, the last `capacity` of them: a
  /// confirmation sent again is told so, not that its preview expired (trial).
  private let imported = Mutex<[(String, String)]>([])

  /// Keeps an upload; returns its token.
  func keep(_ upload: Upload) -> String {
    let token = CSRFMiddleware.newToken()
    uploads.withLock { uploads in
      uploads.append((token, upload))
      if uploads.count > Self.capacity { uploads.removeFirst(uploads.count - Self.capacity) }
    }
    return token
  }

  /// The upload a token names, if this account made it.
  func upload(_ token: String, username: String) -> Upload? {
    uploads.withLock { uploads in
      uploads.first { $0.0 == token && $0.1.username == username }?.1
    }
  }

  /// Forgets an upload once imported, remembering that it was.
  func forget(_ token: String) {
    let done = uploads.withLock { uploads in
      defer { uploads.removeAll { $0.0 == token } }
      return uploads.first { $0.0 == token }?.1.fileName
    }
    guard let done else { return }
    imported.withLock { imported in
      imported.append((token, done))
      if imported.count > Self.capacity { imported.removeFirst(imported.count - Self.capacity) }
    }
  }

  /// The file name of the upload a token named, when it was imported already.
  func importedFile(_ token: String) -> String? {
    imported.withLock { imported in imported.first { $0.0 == token }?.1 }
  }
}
