import Foundation

/// A clock tests move by hand, for session expiry and sign-in lockouts.
final class ManualClock: Clock, @unchecked Sendable {
  struct Instant: InstantProtocol {
    var offset: Duration
    func advanced(by duration: Duration) -> Instant { Instant(offset: offset + duration) }
    func duration(to other: Instant) -> Duration { other.offset - offset }
    static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.offset < rhs.offset }
  }

  private let lock = NSLock()
  private var current = Instant(offset: .zero)

  var now: Instant { lock.withLock { current } }
  var minimumResolution: Duration { .zero }

  /// Moves time forward.
  func advance(by duration: Duration) {
    lock.withLock { current = current.advanced(by: duration) }
  }

  /// Never wakes by itself: waits until cancelled (the session store's tidy loop).
  func sleep(until deadline: Instant, tolerance: Duration?) async throws {
    while true { try await Task.sleep(for: .seconds(3600)) }
  }
}
