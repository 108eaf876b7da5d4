/// Excel's day numbers as calendar dates, without a calendar object or a time zone.
public enum ExcelDate {
  /// "dd/mm/yyyy" for a day number, or nil outside 1900–9999.
  ///
  /// In the 1900 system day 1 is 1 January 1900 and Excel counts a 29 February 1900 that never
  /// was, so days from 61 on are one less; the 1904 system counts from 1 January 1904.
  public static func text(serial: Double, date1904: Bool) -> String? {
    guard serial.isFinite, serial >= 1, serial < 2_958_466 else { return nil }
    let whole = Int(serial)
    // Days since 1970-01-01 for the serial.
    let epochOffset = date1904 ? 24_107 : (whole >= 61 ? 25_569 : 25_568)
    let (year, month, day) = civil(days: whole - epochOffset)
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return "\(two(day))/\(two(month))/\(year)"
  }

  /// The day number (1900 system) of a date, for writing dates into a workbook.
  public static func serial(year: Int, month: Int, day: Int) -> Int {
    daysFromCivil(year: year, month: month, day: day) + 25_569
  }

  /// Howard Hinnant's days-from-civil: days since 1970-01-01.
  static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// The inverse of `daysFromCivil`.
  static func civil(days: Int) -> (year: Int, month: Int, day: Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }
}
