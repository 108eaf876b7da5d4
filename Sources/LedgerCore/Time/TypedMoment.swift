import Foundation

/// A moment as typed for `--known-at`, before a time zone reads it: an instant with its
/// offset, or a time or a day that means its end in a ledger's own time zone.
///
/// One text can mean different instants in two ledgers: `2026-07-01` ends at
/// 2026-07-01T23:59:59.999+07:00 in a ledger of Vietnam's zone and at …Z in one of UTC.
public enum TypedMoment: Hashable, Sendable {
  /// An instant: the same in every zone.
  case instant(Date)
  /// A time to the minute (or second): its last millisecond.
  case minute(LocalMinute)
  /// A day: its last millisecond.
  case day(LocalDate)

  /// The instant it means in `timeZone`; nil when the zone has no such time.
  public func end(in timeZone: TimeZone) -> Date? {
    switch self {
    case .instant(let instant): return instant
    case .minute(let minute): return minute.end(in: timeZone)
    case .day(let day):
      var calendar = Calendar(identifier: .gregorian)
      calendar.timeZone = timeZone
      let next = day.adding(days: 1)
      return calendar.date(from: DateComponents(year: next.year, month: next.month, day: next.day))?
        .addingTimeInterval(-0.001)
    }
  }
}
