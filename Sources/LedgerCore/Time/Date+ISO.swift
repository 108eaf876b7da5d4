import Foundation

extension Date {
  /// The instant in ISO 8601, UTC, with milliseconds: `2026-07-05T02:00:00.000Z`.
  ///
  /// Cut to the millisecond (an instant within a microsecond below a millisecond counts as
  /// it), so that a stored instant read back, a binary fraction a hair below its text, is
  /// written as the same text: `--known-at` at an event's own recorded time includes it.
  public var isoUTC: String {
    let millis = Int64((timeIntervalSince1970 * 1000 + 0.001).rounded(.down))
    let (seconds, fraction) = millis.quotientAndRemainder(dividingBy: 1000)
    let (whole, part) = fraction < 0 ? (seconds - 1, fraction + 1000) : (seconds, fraction)
    let text = Date(timeIntervalSince1970: TimeInterval(whole)).formatted(
      Date.ISO8601FormatStyle(timeZone: .gmt))
    return text.dropLast() + "." + String(1000 + part).dropFirst() + "Z"
  }
}

extension Date {
  /// The instant as an office writes it in a time zone: "21/05/2026 08:03:00 (+07:00)".
  ///
  /// For messages: a clock given as +07:00 was answered in UTC (trial).
  public func officeText(in zone: TimeZone) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: self)
    let offset = zone.secondsFromGMT(for: self) / 60
    let sign = offset < 0 ? "-" : "+"
    func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
    return "\(two(parts.day))/\(two(parts.month))/\(parts.year ?? 0) "
      + "\(two(parts.hour)):\(two(parts.minute)):\(two(parts.second)) "
      + "(\(sign)\(two(abs(offset) / 60)):\(two(abs(offset) % 60)))"
  }
}
