import LedgerCore
import LedgerHub
import Synchronization

/// The hub's one connection as a long-running server uses it: one read at a time, each given
/// a time limit, and a connection that broke or hung made again for the next read.
///
/// A `Hub` is one PostgreSQL connection whose reads run in transactions, so two reads must not
/// interleave on it. A read that outlasts `limit` (a server that went away without closing the
/// connection, a network that stopped answering) closes the connection, which ends the read,
/// and is refused as `hubUnreachable`; so is a read whose connection was closed. Either way the
/// next read connects again, so the pages come back when the database does.
actor HubGate {
  /// Where to connect again; nil when only the hub given may be used (tests).
  let address: HubAddress?
  /// The longest a read may take.
  let limit: Duration
  /// The server's place, for messages.
  let place: String
  private var hub: Hub?
  /// The read running or queued last: each read waits for the one before it.
  private var last: Task<Void, Never>?

  init(hub: Hub?, address: HubAddress?, limit: Duration) {
    self.hub = hub
    self.address = address
    self.limit = limit
    place = hub?.place ?? address?.place ?? ""
  }

  /// Runs `read` with the hub, after every read asked before it.
  func run<T: Sendable>(_ read: @escaping @Sendable (Hub) async throws -> T) async throws -> T {
    let before = last
    let task = Task { () async throws -> T in
      await before?.value
      do {
        return try await self.attempt(read)
      } catch LedgerError.hubUnreachable where self.address != nil {
        // A connection that broke since the last read (the server restarted, an idle
        // connection cut): once more on a new one, so the page does not fail for it.
        return try await self.attempt(read)
      }
    }
    last = Task { _ = try? await task.value }
    return try await task.value
  }

  /// One read, on the connection (made again when needed), within the time limit.
  private func attempt<T: Sendable>(_ read: @escaping @Sendable (Hub) async throws -> T)
    async throws -> T
  {
    let hub = try await connected()
    do {
      return try await Self.within(limit, place: hub.place) {
        try await read(hub)
      } onLate: {
        // Closing the connection ends the read still waiting on it, whenever it can.
        Task { await hub.close() }
      }
    } catch let error as LedgerError {
      if case .hubUnreachable = error { drop(hub) }
      throw error
    } catch {
      // Anything but the ledger's own refusal (a connection closed under the read): the
      // connection is not to be trusted again.
      drop(hub)
      throw LedgerError.hubUnreachable(hub.place)
    }
  }

  /// The answer of `work`, or `hubUnreachable` once `limit` has passed without one (then
  /// `onLate` runs, and `work` is left to end on its own: nothing waits for it).
  static func within<T: Sendable>(
    _ limit: Duration, place: String, _ work: @escaping @Sendable () async throws -> T,
    onLate: @escaping @Sendable () -> Void
  ) async throws -> T {
    let answer = Answer<T>()
    return try await withCheckedThrowingContinuation { continuation in
      answer.wait(continuation)
      Task {
        do {
          answer.give(.success(try await work()))
        } catch {
          answer.give(.failure(error))
        }
      }
      Task {
        try? await Task.sleep(for: limit)
        if answer.give(.failure(LedgerError.hubUnreachable(place))) { onLate() }
      }
    }
  }

  /// The connection, made again when the last one was dropped.
  private func connected() async throws -> Hub {
    if let hub, !hub.isClosed { return hub }
    hub = nil
    guard let address else { throw LedgerError.hubUnreachable(place) }
    let hub = try await Hub.connect(address)
    self.hub = hub
    return hub
  }

  /// Closes the connection it holds, after every read asked before: the server is stopping.
  func close() async {
    await last?.value
    if let hub { await hub.close() }
    hub = nil
  }

  /// Forgets a connection that broke, closing it (without waiting for that).
  private func drop(_ broken: Hub) {
    if hub === broken { hub = nil }
    Task { await broken.close() }
  }
}

/// The one answer of a race between a read and its time limit: the first given wins.
private final class Answer<T: Sendable>: Sendable {
  private let state = Mutex<(CheckedContinuation<T, any Error>?, Bool)>((nil, false))

  /// Keeps the continuation the answer resumes.
  func wait(_ continuation: CheckedContinuation<T, any Error>) {
    state.withLock { $0.0 = continuation }
  }

  /// Resumes with `result` unless an answer was given already; true when this one was first.
  @discardableResult
  func give(_ result: Result<T, any Error>) -> Bool {
    let continuation = state.withLock { state -> CheckedContinuation<T, any Error>? in
      guard !state.1 else { return nil }
      state.1 = true
      return state.0
    }
    continuation?.resume(with: result)
    return continuation != nil
  }
}
