import Foundation

/// Reads and checks a sequence on a second thread while the calling thread writes what it
/// yields, so that parsing a file and writing the ledger use both cores.
///
/// Results are handed over in batches through a buffer of at most `depth` batches, so memory
/// stays flat whatever the input's length. The first error either side meets stops both: the
/// reader's error is thrown here after the writer has taken everything before it, in order.
enum Overlapped {
  /// Runs `read` over `input` on a second thread and `write` over its results here, in order;
  /// nil results are skipped.
  static func run<Input, Output: Sendable>(
    _ input: some Sequence<Input>, batch: Int = 256, depth: Int = 16,
    read: @escaping (Input) throws -> Output?, write: (Output) throws -> Void
  ) throws {
    try run(
      batch: batch, depth: depth,
      produce: { emit in
        for element in input {
          if let output = try read(element) { try emit(output) }
        }
      }, write: write)
  }

  /// Runs `produce` on a second thread, and `write` here over what it emits, in order.
  static func run<Output: Sendable>(
    batch: Int = 256, depth: Int = 16,
    produce: @escaping (_ emit: (Output) throws -> Void) throws -> Void,
    write: (Output) throws -> Void
  ) throws {
    let channel = Channel<Output>(depth: depth)
    let producer = Producer(produce: produce)
    let thread = Thread { [channel, producer] in producer.run(into: channel, batch: batch) }
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

  /// The producing side, touched only by the producing thread once started.
  private final class Producer<Output: Sendable>: @unchecked Sendable {
    private let produce: (_ emit: (Output) throws -> Void) throws -> Void

    init(produce: @escaping (_ emit: (Output) throws -> Void) throws -> Void) {
      self.produce = produce
    }

    func run(into channel: Channel<Output>, batch: Int) {
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
  }

  /// A bounded queue between one reading and one writing thread.
  final class Channel<Output: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [Item<Output>] = []
    private var cancelled = false
    private var producing = true
    private let depth: Int

    init(depth: Int) { self.depth = depth }

    /// Adds an item, waiting while the buffer is full; false once the writer has stopped.
    func put(_ item: Item<Output>) -> Bool {
      condition.lock()
      defer { condition.unlock() }
      while items.count >= depth && !cancelled { condition.wait() }
      guard !cancelled else { return false }
      items.append(item)
      condition.broadcast()
      return true
    }

    /// Takes the next item, waiting for one.
    func take() -> Item<Output> {
      condition.lock()
      defer { condition.unlock() }
      while items.isEmpty { condition.wait() }
      let item = items.removeFirst()
      condition.broadcast()
      return item
    }

    /// Tells the reader to stop.
    func cancel() {
      condition.lock()
      cancelled = true
      items.removeAll()
      condition.broadcast()
      condition.unlock()
    }

    func producerEnded() {
      condition.lock()
      producing = false
      condition.broadcast()
      condition.unlock()
    }

    func waitUntilProducerEnds() {
      condition.lock()
      while producing { condition.wait() }
      condition.unlock()
    }
  }
}
