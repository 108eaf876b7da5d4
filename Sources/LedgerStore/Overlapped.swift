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
    let channel = Channel<Output>(depth: depth)
    let producer = Producer(input: input, read: read)
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

  /// The reading side, touched only by the reading thread once started.
  private final class Producer<Input, Output: Sendable, InputSequence: Sequence>:
    @unchecked Sendable
  where InputSequence.Element == Input {
    private let input: InputSequence
    private let read: (Input) throws -> Output?

    init(input: InputSequence, read: @escaping (Input) throws -> Output?) {
      self.input = input
      self.read = read
    }

    func run(into channel: Channel<Output>, batch: Int) {
      var outputs: [Output] = []
      outputs.reserveCapacity(batch)
      do {
        for element in input {
          if let output = try read(element) { outputs.append(output) }
          if outputs.count == batch {
            guard channel.put(.batch(outputs)) else { return channel.producerEnded() }
            outputs.removeAll(keepingCapacity: true)
          }
        }
        if !outputs.isEmpty, !channel.put(.batch(outputs)) { return channel.producerEnded() }
        _ = channel.put(.end)
      } catch {
        if !outputs.isEmpty, !channel.put(.batch(outputs)) { return channel.producerEnded() }
        _ = channel.put(.failed(error))
      }
      channel.producerEnded()
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
