import Foundation

/// A calendar day with no time of day and no time zone, as written on government documents.
///
/// Effective times in the ledger are days ("completed on 28/06/2026"); `LocalDate` keeps them
/// exact, comparable and independent of the machine's time zone.
public struct LocalDate: Hashable, Comparable, Sendable {
  public let year: Int
  public let month: Int
  public let day: Int

  /// Creates a date, or returns nil when the day does not exist (31/02, month 13).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...LocalDate.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// The number of days in a month of the Gregorian calendar.
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  /// The last day of the given month.
  public static func endOfMonth(_ month: Int, of year: Int) -> LocalDate? {
    guard (1...12).contains(month) else { return nil }
    return LocalDate(year: year, month: month, day: daysIn(month: month, year: year))
  }

  /// Days since 1970-01-01 (negative before), for differences between dates.
  public var dayNumber: Int {
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  /// The date a number of days after this one (before it when negative).
  public func adding(days: Int) -> LocalDate {
    LocalDate(dayNumber: dayNumber + days)
  }

  /// Creates the date that is `dayNumber` days after 1970-01-01.
  public init(dayNumber: Int) {
    let z = dayNumber + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    day = doy - (153 * mp + 2) / 5 + 1
    month = mp < 10 ? mp + 3 : mp - 9
    year = yoe + era * 400 + (month <= 2 ? 1 : 0)
  }

  public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }
}

extension LocalDate: CustomStringConvertible {
  /// The ISO 8601 form, `2026-06-30`, used in storage and JSON.
  public var iso: String {
    "\(LocalDate.padded(year, 4))-\(LocalDate.padded(month, 2))-\(LocalDate.padded(day, 2))"
  }

  /// A number with leading zeros to `width` digits (`String(format:)` is slow on Linux, and
  /// dates are written for every stored row).
  private static func padded(_ number: Int, _ width: Int) -> String {
    let digits = String(number)
    return digits.count >= width
      ? digits : String(repeating: "0", count: width - digits.count) + digits
  }

  /// The Vietnamese document form, `30/06/2026`, used in human output.
  public var display: String {
    "\(LocalDate.padded(day, 2))/\(LocalDate.padded(month, 2))/\(LocalDate.padded(year, 4))"
  }

  public var description: String { iso }
}

extension LocalDate {
  /// Reads `2026-06-30`, `30/06/2026` or `30/6/2026`; nil for anything else or an impossible day.
  public init?(parsing text: String) {
    // The stored form, `2026-06-30`, read without Foundation: storage reads it for every row.
    let bytes = Array(text.utf8)
    if bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D {
      func number(_ range: Range<Int>) -> Int? {
        var value = 0
        for byte in bytes[range] {
          guard (0x30...0x39).contains(byte) else { return nil }
          value = value * 10 + Int(byte - 0x30)
        }
        return value
      }
      guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else {
        return nil
      }
      self.init(year: year, month: month, day: day)
      return
    }
    let text = text.trimmingCharacters(in: .whitespaces)
    let isoParts = text.split(separator: "-", omittingEmptySubsequences: false)
    let slashParts = text.split(separator: "/", omittingEmptySubsequences: false)
    let numbers: [Int]
    if isoParts.count == 3, isoParts[0].count == 4, isoParts[1].count == 2, isoParts[2].count == 2 {
      numbers = isoParts.compactMap { Int($0) }
      guard numbers.count == 3 else { return nil }
      self.init(year: numbers[0], month: numbers[1], day: numbers[2])
    } else if slashParts.count == 3, (1...2).contains(slashParts[0].count),
      (1...2).contains(slashParts[1].count), slashParts[2].count == 4
    {
      numbers = slashParts.compactMap { part in
        part.allSatisfy(\.isASCII) ? Int(part) : nil
      }
      guard numbers.count == 3 else { return nil }
      self.init(year: numbers[2], month: numbers[1], day: numbers[0])
    } else {
      return nil
    }
  }

  /// The day an instant falls on in the given time zone.
  public init(_ instant: Date, in timeZone: TimeZone) {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let parts = calendar.dateComponents([.year, .month, .day], from: instant)
    self.init(dayNumber: 0)
    if let y = parts.year, let m = parts.month, let d = parts.day,
      let date = LocalDate(year: y, month: m, day: d)
    {
      self = date
    }
  }
}

extension LocalDate: Codable {
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let date = LocalDate(parsing: text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "not a date in YYYY-MM-DD form: \(text)")
    }
    self = date
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(iso)
  }
}
