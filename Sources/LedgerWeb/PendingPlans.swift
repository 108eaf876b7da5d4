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

  /// Forgets an upload once imported.
  func forget(_ token: String) {
    uploads.withLock { uploads in uploads.removeAll { $0.0 == token } }
  }
}
