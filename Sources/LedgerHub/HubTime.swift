import Foundation
import LedgerCore

/// When a question to the hub is judged: today and `--known-at`, read in each source's own
/// time zone, as the commune's own ledger reads them.
///
/// Built from the clock's instant and the moment as typed, a commune of UTC and one of
/// Vietnam's zone can be on different days at the same instant, and `--known-at 2026-07-01`
/// ends at a different instant in each. Built from a day and an instant, every source is
/// judged on that day, as known at that instant.
public struct HubTime: Sendable {
  /// Today: the clock's instant, read in each zone, or one day for every source.
  private enum Today: Sendable {
    case clock(Date)
    case fixed(LocalDate)
  }

  private let today: Today
  private let knownAt: TypedMoment?

  /// Today by the clock's `now` and the moment as typed, each read in a source's zone.
  public init(now: Date, knownAt: TypedMoment?) {
    today = .clock(now)
    self.knownAt = knownAt
  }

  /// The same today and instant for every source.
  public init(today: LocalDate, knownAt: Date?) {
    self.today = .fixed(today)
    self.knownAt = knownAt.map(TypedMoment.instant)
  }

  /// Today in a source's zone.
  public func today(in zone: TimeZone) -> LocalDate {
    switch today {
    case .clock(let now): return LocalDate(now, in: zone)
    case .fixed(let day): return day
    }
  }

  /// The moment asked about in a source's zone; nil for now.
  public func moment(in zone: TimeZone) throws -> Date? {
    guard let knownAt else { return nil }
    guard let end = knownAt.end(in: zone) else {
      throw LedgerError.invalidMoment(String(describing: knownAt))
    }
    return end
  }

  /// Whether the question is asked as known now (no `--known-at`).
  var isNow: Bool { knownAt == nil }

  /// Today and the moment for one source.
  func judged(_ source: HubSource) throws -> (today: LocalDate, moment: Date?) {
    (today(in: source.zone), try moment(in: source.zone))
  }
}
