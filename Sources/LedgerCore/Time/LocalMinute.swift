import Foundation

/// A moment as people type it without an offset: a day and a time to the minute (or second),
/// read in the ledger's time zone, such as `01/07/2026 10:00` or `2026-07-01T10:00`.
public struct LocalMinute: Hashable, Sendable {
  public var day: LocalDate
  public var hour: Int
  public var minute: Int
  /// Nil when the text gives no seconds: the moment is then the whole minute.
  public var second: Int?

  /// Reads `DD/MM/YYYY HH:MM[:SS]` or `YYYY-MM-DD[T ]HH:MM[:SS]`; nil for anything else (an
  /// instant with an offset is read elsewhere).
  public init?(parsing text: String) {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    let parts = trimmed.split(whereSeparator: { $0 == " " || $0 == "T" }).map(String.init)
    guard parts.count == 2, let day = LocalDate(parsing: parts[0]) else { return nil }
    let clock = parts[1].split(separator: ":", omittingEmptySubsequences: false).map(String.init)
    guard (2...3).contains(clock.count), clock.allSatisfy({ $0.count == 2 }),
      let hour = Int(clock[0]), let minute = Int(clock[1]), (0..<24).contains(hour),
      (0..<60).contains(minute)
    else { return nil }
    var second: Int?
    if clock.count == 3 {
      guard let value = Int(clock[2]), (0..<60).contains(value) else { return nil }
      second = value
    }
    self.day = day
    self.hour = hour
    self.minute = minute
    self.second = second
  }

  /// Its first instant in `timeZone`.
  public func start(in timeZone: TimeZone) -> Date? {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    return calendar.date(
      from: DateComponents(
        year: day.year, month: day.month, day: day.day, hour: hour, minute: minute,
        second: second ?? 0))
  }

  /// Its last millisecond in `timeZone`: "as known at 10:00" includes what was recorded
  /// during that minute, as "as known at a day" includes the whole day.
  public func end(in timeZone: TimeZone) -> Date? {
    start(in: timeZone)?.addingTimeInterval(second == nil ? 59.999 : 0.999)
  }
}
