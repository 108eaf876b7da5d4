import Foundation
import Synchronization

/// Work run on a thread of its own, whose result is taken by joining it.
///
/// The result crosses threads behind a `Mutex`; the body and its result are `Sendable`, as
/// the compiler checks. A caller joins on every path (in a `defer`), so no thread outlives
/// the call that started it.
final class JoinedThread<Value: Sendable>: Sendable {
  private let result = Mutex<Result<Value, any Error>?>(nil)
  private let finished = DispatchSemaphore(value: 0)

  /// Starts `body` on a new thread.
  init(_ body: @escaping @Sendable () throws -> Value) {
    let thread = Thread { [self] in
      let outcome = Result { try body() }
      result.withLock { $0 = outcome }
      finished.signal()
    }
    thread.stackSize = 1 << 22
    thread.start()
  }

  /// Waits for the thread to end and returns what its body returned or threw.
  ///
  /// Joining twice returns the same result.
  func join() -> Result<Value, any Error> {
    finished.wait()
    finished.signal()
    return result.withLock { $0! }
  }
}
