import Foundation
import Synchronization

/// Reads and checks a sequence on a second thread while the calling thread writes what it
/// yields, so that parsing a file and writing the ledger use both cores.
///
/// Results are handed over in batches through a buffer of at most `depth` batches, so memory
/// stays flat whatever the input's length. The first error either side meets stops both: the
/// reader's error is thrown here after the writer has taken everything before it, in order.
/// The reading thread is joined before `run` returns or throws, on every path. Everything
/// crossing between the threads is `Sendable`, checked by the compiler.
enum Overlapped {
  /// Runs `produce` on a second thread, and `write` here over what it emits, in order.
  static func run<Output: Sendable>(
    batch: Int = 256, depth: Int = 16,
    produce: @escaping @Sendable (_ emit: (Output) throws -> Void) throws -> Void,
    write: (Output) throws -> Void
  ) throws {
    let channel = Channel<Output>(depth: depth)
    let thread = Thread { produceBatches(produce, into: channel, batch: batch) }
    thread.stackSize = 1 << 22
    thread.start()
    defer {
      channel.cancel()
      channel.waitUntilProducerEnds()
    }
    while true {
      switch channel.take() {
      case .batch(let outputs): for output in outputs { try write(output) }
      case .failed(let error): throw error
      case .end: return
      }
    }
  }

  enum Item<Output: Sendable>: Sendable {
    case batch([Output])
    case failed(any Error)
    case end
  }

  /// The writer stopped; the producer unwinds.
  private struct Stopped: Error {}

  /// The producing thread's work: runs `produce`, handing its outputs over in batches.
  private static func produceBatches<Output: Sendable>(
    _ produce: (_ emit: (Output) throws -> Void) throws -> Void, into channel: Channel<Output>,
    batch: Int
  ) {
    defer { channel.producerEnded() }
    var outputs: [Output] = []
    outputs.reserveCapacity(batch)
    do {
      try produce { output in
        outputs.append(output)
        if outputs.count == batch {
          guard channel.put(.batch(outputs)) else { throw Stopped() }
          outputs.removeAll(keepingCapacity: true)
        }
      }
      if !outputs.isEmpty, !channel.put(.batch(outputs)) { return }
      _ = channel.put(.end)
    } catch is Stopped {
      return
    } catch {
      if !outputs.isEmpty, !channel.put(.batch(outputs)) { return }
      _ = channel.put(.failed(error))
    }
  }

  /// A bounded queue between one reading and one writing thread.
  ///
  /// The buffer is behind a `Mutex`; two counting semaphores block the reader while it is
  /// full and the writer while it is empty, and a third tells that the reader has ended.
  final class Channel<Output: Sendable>: Sendable {
    private struct State {
      var items: [Item<Output>] = []
      var cancelled = false
    }

    private let state = Mutex(State())
    /// Counts free places in the buffer.
    private let free = DispatchSemaphore(value: 0)
    /// Counts items in the buffer.
    private let filled = DispatchSemaphore(value: 0)
    private let ended = DispatchSemaphore(value: 0)

    init(depth: Int) {
      // A semaphore made with a count must have it back when freed, so the count is given
      // by signals instead.
      for _ in 0..<depth { free.signal() }
    }

    /// Adds an item, waiting while the buffer is full; false once the writer has stopped.
    func put(_ item: Item<Output>) -> Bool {
      free.wait()
      let added = state.withLock { state in
        guard !state.cancelled else { return false }
        state.items.append(item)
        return true
      }
      if added { filled.signal() } else { free.signal() }
      return added
    }

    /// Takes the next item, waiting for one.
    func take() -> Item<Output> {
      filled.wait()
      let item = state.withLock { $0.items.removeFirst() }
      free.signal()
      return item
    }

    /// Tells the reader to stop, waking it if it waits for room.
    func cancel() {
      state.withLock { state in
        state.cancelled = true
        state.items.removeAll()
      }
      free.signal()
    }

    func producerEnded() { ended.signal() }

    /// Joins the reading thread: returns once it has ended.
    func waitUntilProducerEnds() { ended.wait() }
  }
}
