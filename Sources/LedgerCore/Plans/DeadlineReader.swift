import Foundation

/// Reads the deadline cell of a Vietnamese plan: "Tháng 6/2026", "Quý II/2026",
/// "trước ngày 30/11/2026", "Năm 2026", "6 tháng đầu năm 2026", "Thường xuyên", "Hàng năm".
public struct DeadlineReader: Sendable {
  /// The day each year units report on the plan, if the plan sets one ("trước ngày 30/11").
  public var reportingDay: DayOfYear?

  public init(reportingDay: DayOfYear?) {
    self.reportingDay = reportingDay
  }

  /// What a deadline cell says.
  public enum Reading: Hashable, Sendable {
    /// A fixed day (month and quarter deadlines fall on their last day).
    case date(LocalDate)
    /// Ongoing work, reported on each year on the plan's reporting day if it has one.
    case ongoing(reportingDay: DayOfYear?)
    /// A yearly obligation due on this day.
    case yearly(DayOfYear)

    /// The deadline to record, and the reporting day for ongoing work.
    public var deadline: (Deadline, DayOfYear?) {
      switch self {
      case .date(let date): return (.date(date), nil)
      case .ongoing(let reporting): return (.ongoing, reporting)
      case .yearly(let day): return (.yearly(day: day.day, month: day.month), nil)
      }
    }
  }

  /// The reading of a cell, or nil when it cannot be read (a month 13, a 31/02, free text).
  public func read(_ cell: String) -> Reading? {
    let text = VietnameseText.searchKey(cell)
      .trimmingCharacters(in: CharacterSet(charactersIn: " .;,"))
    if text == "thuong xuyen" || text == "thuong xuyen, lien tuc" || text == "lien tuc" {
      return .ongoing(reportingDay: reportingDay)
    }
    if text == "hang nam" || text == "dinh ky hang nam" {
      return .yearly(reportingDay ?? DayOfYear(day: 31, month: 12)!)
    }
    if let m = match(
      #"^(?:truoc ngay|truoc|den ngay|ngay|han|cham nhat ngay)?\s*(\d{1,2})/(\d{1,2})/(\d{4})$"#,
      text)
    {
      return LocalDate(year: m[2], month: m[1], day: m[0]).map(Reading.date)
    }
    if let m = match(#"^(?:trong |truoc |het )?thang (\d{1,2})(?:/| nam )(\d{4})$"#, text) {
      return LocalDate.endOfMonth(m[0], of: m[1]).map(Reading.date)
    }
    if let m = matchQuarter(text) {
      return LocalDate.endOfMonth(m.quarter * 3, of: m.year).map(Reading.date)
    }
    if let m = match(#"^(?:trong |truoc |het )?nam (\d{4})$"#, text) {
      return LocalDate(year: m[0], month: 12, day: 31).map(Reading.date)
    }
    if let m = match(#"^(\d{1,2}) thang dau nam (\d{4})$"#, text), (1...12).contains(m[0]) {
      return LocalDate.endOfMonth(m[0], of: m[1]).map(Reading.date)
    }
    if let m = match(#"^(\d{1,2}) thang cuoi nam (\d{4})$"#, text), (1...12).contains(m[0]) {
      return LocalDate(year: m[1], month: 12, day: 31).map(Reading.date)
    }
    return nil
  }

  /// "quy ii/2026", "quy 2 nam 2026" → quarter and year.
  private func matchQuarter(_ text: String) -> (quarter: Int, year: Int)? {
    let pattern = #"^(?:trong |het )?quy ([ivx]+|\d)(?:/| nam )(\d{4})$"#
    guard let groups = strings(pattern, text), groups.count == 2, let year = Int(groups[1])
    else { return nil }
    let roman = ["i": 1, "ii": 2, "iii": 3, "iv": 4]
    guard let quarter = roman[groups[0]] ?? Int(groups[0]), (1...4).contains(quarter) else {
      return nil
    }
    return (quarter, year)
  }

  /// The pattern's captured groups as numbers, when the whole text matches.
  private func match(_ pattern: String, _ text: String) -> [Int]? {
    guard let groups = strings(pattern, text) else { return nil }
    let numbers = groups.compactMap { Int($0) }
    return numbers.count == groups.count ? numbers : nil
  }

  private func strings(_ pattern: String, _ text: String) -> [String]? {
    guard let regex = try? NSRegularExpression(pattern: pattern),
      let result = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
    else { return nil }
    return (1..<result.numberOfRanges).compactMap { index in
      Range(result.range(at: index), in: text).map { String(text[$0]) }
    }
  }
}
