/// Limits failed sign-ins per account and per address: after `limit` failures within
/// `window`, further attempts are refused until the oldest failure leaves the window.
///
/// Time is read from an injected elapsed-time function, so tests step it by hand.
actor SignInThrottle {
  let limit: Int
  let window: Duration
  private let elapsed: @Sendable () -> Duration
  private var failures: [String: [Duration]] = [:]

  init(
    limit: Int = 5, window: Duration = .seconds(15 * 60),
    elapsed: @escaping @Sendable () -> Duration
  ) {
    self.limit = limit
    self.window = window
    self.elapsed = elapsed
  }

  /// Whether any of the keys has used up its attempts.
  func isLocked(_ keys: [String]) -> Bool {
    keys.contains { recent($0).count >= limit }
  }

  /// Notes a failure against each key; returns the most failures any key now has.
  @discardableResult
  func failed(_ keys: [String]) -> Int {
    let now = elapsed()
    return keys.map { key in
      var list = recent(key)
      list.append(now)
      failures[key] = list
      return list.count
    }.max() ?? 0
  }

  /// Forgets the failures of a key after a successful sign-in.
  func succeeded(_ key: String) {
    failures[key] = nil
  }

  private func recent(_ key: String) -> [Duration] {
    let now = elapsed()
    return (failures[key] ?? []).filter { now - $0 < window }
  }
}
