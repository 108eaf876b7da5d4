import Foundation
import LedgerCore

/// Keeps every commune's boards per question (day, as known at) and per version of the hub's
/// facts, so that many readers of one page cause one fold.
///
/// Concurrent requests for the same answer wait for the one read; a new ingest (a new version)
/// makes every kept answer stale.
actor CommuneBoardCache {
  let source: any CommuneBoardSource
  /// How many answers are kept at once (the most recently asked).
  let capacity = 16
  private var kept: [String: Task<[CommuneBoard], any Error>] = [:]
  private var order: [String] = []

  init(source: any CommuneBoardSource) {
    self.source = source
  }

  /// Every commune's boards answering `time`, by the clock's `now`.
  ///
  /// Each commune's today is read in its own zone, and zones change day on a quarter hour of
  /// UTC: an answer is kept for the quarter hour it was asked in (judged at its start).
  func boards(time: TimeQuery, now: Date) async throws -> [CommuneBoard] {
    let version = try await source.version()
    let quarter = (now.timeIntervalSince1970 / 900).rounded(.down)
    let key = [version, time.asOf?.iso ?? "", time.knownAtText, "\(Int64(quarter))"]
      .joined(separator: "|")
    if let task = kept[key] { return try await task.value }
    let source = source
    let judged = Date(timeIntervalSince1970: quarter * 900)
    let task = Task {
      try await source.boards(
        commune: nil, asOf: time.asOf, knownAt: time.knownAtMoment, now: judged)
    }
    kept[key] = task
    order.append(key)
    if order.count > capacity { kept[order.removeFirst()] = nil }
    do {
      return try await task.value
    } catch {
      kept[key] = nil
      throw error
    }
  }
}
