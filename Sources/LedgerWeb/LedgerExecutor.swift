import Dispatch

/// Runs the server's ledger work (SQLite reads and writes, building boards) on threads of its
/// own instead of Swift's cooperative pool.
///
/// The cooperative pool has one thread per core (two on a small office machine); a request that
/// waits on SQLite or builds a board there holds a thread every other request needs. These jobs
/// run on a concurrent dispatch queue, which adds threads while others wait on the disk, so a
/// long read never stalls the requests behind it.
final class LedgerExecutor: TaskExecutor {
  /// The one executor of the process.
  static let shared = LedgerExecutor()

  private let queue = DispatchQueue(
    label: "clearledger.ledger-work", qos: .userInitiated, attributes: .concurrent)

  func enqueue(_ job: consuming ExecutorJob) {
    let job = UnownedJob(job)
    let executor = asUnownedTaskExecutor()
    queue.async { job.runSynchronously(on: executor) }
  }
}
