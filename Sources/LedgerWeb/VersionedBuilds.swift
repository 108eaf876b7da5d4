import Synchronization

/// Values built from the ledger, kept per key with the ledger version they include, each key
/// built by one build at a time.
///
/// A request asks for a value at least as new as the version it read when it began (so it sees
/// every write acknowledged before): the kept value when it is that new; else the build under
/// way, when that build began at or after the request's version; else the next build, which
/// begins when the one under way ends and is shared by every request waiting meanwhile. While
/// writers record many events a second, a page is then built as often as it can be built, not
/// once per event and request: the requests that arrive during one build share the next.
final class VersionedBuilds<Key: Hashable & Sendable, Value: Sendable>: Sendable {
  /// A value with the version of the ledger it includes (at least).
  typealias Built = (version: Int64, value: Value)

  private struct Slot {
    var done: Built?
    var building: (id: UInt64, task: Task<Built, any Error>)?
  }

  /// What a request does next: take a value, or wait for a build.
  private enum Next {
    case take(Built)
    case wait(Task<Built, any Error>)
  }

  private struct Slots {
    var byKey: [Key: Slot] = [:]
    var nextID: UInt64 = 0
  }

  private let slots = Mutex(Slots())
  /// How many keys are kept; beyond it, the values kept (not those being built) are forgotten.
  let capacity: Int

  init(capacity: Int) {
    self.capacity = capacity
  }

  /// The value of `key` at `version` or later: kept, being built or built next.
  ///
  /// `build` reads the ledger at its latest version and returns the value with the version it
  /// includes (read before building, or exactly); it is given the value kept before, if any, to
  /// reuse what did not change.
  func value(
    _ key: Key, atLeast version: Int64,
    build: @escaping @Sendable (_ previous: Built?) async throws -> Built
  ) async throws -> Built {
    while true {
      let next = slots.withLock { slots -> Next in
        if let done = slots.byKey[key]?.done, done.version >= version { return .take(done) }
        if let building = slots.byKey[key]?.building { return .wait(building.task) }
        if slots.byKey.count >= capacity {
          slots.byKey = slots.byKey.filter { $0.value.building != nil }
        }
        slots.nextID += 1
        let id = slots.nextID
        let previous = slots.byKey[key]?.done
        let task = Task<Built, any Error>(executorPreference: LedgerExecutor.shared) {
          [self] in
          do {
            let built = try await build(previous)
            finish(key, id: id, built)
            return built
          } catch {
            finish(key, id: id, nil)
            throw error
          }
        }
        slots.byKey[key, default: Slot()].building = (id, task)
        return .wait(task)
      }
      switch next {
      case .take(let done): return done
      case .wait(let task):
        let built = try await task.value
        // A build that began before this request's version: wait for the next one.
        if built.version >= version { return built }
      }
    }
  }

  /// Ends build `id` of `key`, keeping its value when it is the newest.
  private func finish(_ key: Key, id: UInt64, _ built: Built?) {
    slots.withLock { slots in
      guard var slot = slots.byKey[key] else { return }
      if slot.building?.id == id { slot.building = nil }
      if let built, built.version >= (slot.done?.version ?? .min) { slot.done = built }
      slots.byKey[key] = slot
    }
  }
}
