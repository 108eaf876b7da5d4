import Foundation

/// Reads the deadline cell of a Vietnamese plan: "Tháng 6/2026", "Quý II/2026",
/// "trước ngày 30/11/2026", "31.12.2026", "Năm 2026", "Cả năm", "6 tháng đầu năm 2026",
/// "Thường xuyên", "Hàng năm", "Định kỳ hằng quý", "Hằng tháng", and as national plans write
/// them: "2025", "12/2025", "2025 - 2026" (a range ends at its last year), "Năm 2025 và những
/// năm tiếp theo" (yearly from then on).
///
/// A month, quarter or day written without a year ("Tháng 12", "Quý IV") takes the plan's year.
public struct DeadlineReader: Sendable {
  /// The day each year units report on the plan, if the plan sets one ("trước ngày 30/11").
  public var reportingDay: DayOfYear?
  /// The plan's year, for deadlines written without one.
  public var year: Int?

  public init(reportingDay: DayOfYear?, year: Int? = nil) {
    self.reportingDay = reportingDay
    self.year = year
  }

  /// How often a recurring reporting obligation falls due.
  public typealias Recurrence = ReportingPeriod

  /// What a deadline cell says.
  public enum Reading: Hashable, Sendable {
    /// A fixed day (month and quarter deadlines fall on their last day).
    case date(LocalDate)
    /// Ongoing work, reported on each year on the plan's reporting day if it has one.
    case ongoing(reportingDay: DayOfYear?)
    /// A yearly obligation due on this day.
    case yearly(DayOfYear)
    /// "Hằng năm" in a plan that names no reporting day: a yearly obligation whose day the
    /// plan leaves open, never guessed.
    case yearlyWithoutDay
    /// A recurring reporting obligation ("Định kỳ hằng quý"): the work goes on, reported at
    /// each period's end, or on the day of the period's last month the cell names ("Hằng
    /// tháng, trước ngày 20").
    case recurring(Recurrence, day: Int?)

    /// The deadline to record, and the reporting day for ongoing work.
    public var deadline: (Deadline, DayOfYear?) {
      switch self {
      case .date(let date): return (.date(date), nil)
      case .ongoing(let reporting): return (.ongoing, reporting)
      case .yearly(let day): return (.yearly(day: day.day, month: day.month), nil)
      case .recurring(let period, let day): return (.recurring(period, day: day), nil)
      case .yearlyWithoutDay: return (.ongoing, nil)
      }
    }
  }

  /// "Hằng tuần", "Hàng tuần", "Định kỳ hằng tuần", without marks.
  static let weekly: Set<String> = [
    "hang tuan", "dinh ky hang tuan", "moi tuan", "hang tuan mot lan",
  ]

  /// The reading of a cell, or nil when it cannot be read (a month 13, a 31/02, free text).
  public func read(_ cell: String) -> Reading? {
    let text = VietnameseText.searchKey(cell)
      .trimmingCharacters(in: CharacterSet(charactersIn: " .;,"))
    if text == "thuong xuyen" || text == "thuong xuyen, lien tuc" || text == "lien tuc" {
      return .ongoing(reportingDay: reportingDay)
    }
    // A weekly cadence is finer than the ledger follows: ongoing work, its reports as made.
    if Self.weekly.contains(text) { return .ongoing(reportingDay: reportingDay) }
    if text == "hang nam" || text == "dinh ky hang nam" {
      return reportingDay.map(Reading.yearly) ?? .yearlyWithoutDay
    }
    if let (recurrence, day) = Self.recurring(text) { return .recurring(recurrence, day: day) }
    // "Hằng năm (trước ngày 30/11)", "Hằng năm, trước ngày 30/11", "Trước ngày 30/11 hằng
    // năm": a yearly obligation due that day (trial: only a bare "Hằng năm" was read).
    let dayMonth = #"(?:(?:truoc|cham nhat|vao) )?(?:ngay )?(\d{1,2})[/.-](\d{1,2})"#
    for pattern in [
      #"^(?:dinh ky )?(?:hang|moi) nam[ ,;:(-]+"# + dayMonth + #"\)?$"#,
      "^" + dayMonth + #",? (?:hang|moi|cac) nam$"#,
    ] {
      if let m = match(pattern, text), let day = DayOfYear(day: m[0], month: m[1]) {
        return .yearly(day)
      }
    }
    let prefix =
      #"^(?:truoc ngay|truoc|den ngay|ngay|han|cham nhat ngay|hoan thanh truoc ngay)?\s*"#
    if let m = match(prefix + #"(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$"#, text, skip: [1]) {
      return LocalDate(year: m[2], month: m[1], day: m[0]).map(Reading.date)
    }
    if let year, let m = match(prefix + #"(\d{1,2})[/.-](\d{1,2})$"#, text) {
      return LocalDate(year: year, month: m[1], day: m[0]).map(Reading.date)
    }
    // "Tháng 12 hằng năm": the month's last day, each year.
    if let m = match(
      #"^(?:trong |truoc |het |cuoi )?thang (\d{1,2}),? (?:hang nam|moi nam|cac nam)$"#, text),
      let end = LocalDate.endOfMonth(m[0], of: 2025)
    {
      return DayOfYear(day: end.day, month: m[0]).map(Reading.yearly)
    }
    if let m = match(
      #"^(?:trong |truoc |het |cuoi )?thang (\d{1,2})(?:/| nam |-|\.)(\d{4})$"#, text)
    {
      return LocalDate.endOfMonth(m[0], of: m[1]).map(Reading.date)
    }
    if let year, let m = match(#"^(?:trong |truoc |het |cuoi )?thang (\d{1,2})$"#, text) {
      return LocalDate.endOfMonth(m[0], of: year).map(Reading.date)
    }
    if let m = matchQuarter(text) {
      return LocalDate.endOfMonth(m.quarter * 3, of: m.year).map(Reading.date)
    }
    if let m = match(#"^(?:trong |truoc |het |ca |cuoi )?(?:nam )?(\d{4})$"#, text),
      (1900...2200).contains(m[0])
    {
      return LocalDate(year: m[0], month: 12, day: 31).map(Reading.date)
    }
    if let m = match(#"^(?:thang )?(\d{1,2})[/.-](\d{4})$"#, text), (1900...2200).contains(m[1]) {
      return LocalDate.endOfMonth(m[0], of: m[1]).map(Reading.date)
    }
    if let m = match(
      #"^(?:trong |giai doan |nam |cac nam |trong giai doan )?(\d{4}) ?[-–—] ?(?:nam )?(\d{4})$"#,
      text), m[0] <= m[1], (1900...2200).contains(m[1])
    {
      return LocalDate(year: m[1], month: 12, day: 31).map(Reading.date)
    }
    if match(
      #"^(?:tu )?(?:nam )?(\d{4}),? (?:va|den|cho den) (?:nhung|cac) nam (?:tiep theo|sau|tiep)$"#,
      text) != nil
    {
      return .yearly(reportingDay ?? DayOfYear(day: 31, month: 12)!)
    }
    if let year, ["ca nam", "trong nam", "het nam", "cuoi nam", "nam nay"].contains(text) {
      return LocalDate(year: year, month: 12, day: 31).map(Reading.date)
    }
    if let m = match(#"^(\d{1,2}) thang dau nam (\d{4})$"#, text), (1...12).contains(m[0]) {
      return LocalDate.endOfMonth(m[0], of: m[1]).map(Reading.date)
    }
    if let m = match(#"^(\d{1,2}) thang cuoi nam (\d{4})$"#, text), (1...12).contains(m[0]) {
      return LocalDate(year: m[1], month: 12, day: 31).map(Reading.date)
    }
    return nil
  }

  /// "Định kỳ hằng quý", "hàng tháng", "6 tháng một lần" → how often it recurs; "hằng tháng,
  /// trước ngày 20", "hằng quý (trước ngày 15 tháng cuối quý)", "ngày 25 hằng tháng" → and
  /// the day of the period's last month.
  static func recurring(_ text: String) -> (Recurrence, Int?)? {
    if let recurrence = recurrence(text) { return (recurrence, nil) }
    let day = #"(?:truoc ngay|cham nhat ngay|ngay|vao ngay|by day|by) (\d{1,2})"#
    let lastMonth = #"(?: (?:cua )?thang cuoi (?:quy|ky|ky bao cao))?"#
    for (pattern, phraseGroup, dayGroup) in [
      (#"^(.+?)[ ,;(]+"# + day + lastMonth + #"\)?$"#, 1, 2),
      (#"^(?:truoc |cham nhat |vao )?ngay (\d{1,2})"# + lastMonth + #",? (?:cua )?(.+)$"#, 2, 1),
    ] {
      guard let regex = try? NSRegularExpression(pattern: pattern),
        let found = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
        let phrase = Range(found.range(at: phraseGroup), in: text),
        let number = Range(found.range(at: dayGroup), in: text),
        let recurrence = recurrence(String(text[phrase])), let day = Int(text[number]),
        (1...31).contains(day)
      else { continue }
      return (recurrence, day)
    }
    return nil
  }

  /// "Định kỳ hằng quý", "hàng tháng", "6 tháng một lần" → how often it recurs.
  static func recurrence(_ text: String) -> Recurrence? {
    var key = text
    for opening in ["dinh ky ", "bao cao "] where key.hasPrefix(opening) {
      key.removeFirst(opening.count)
    }
    switch key {
    case "hang thang", "moi thang", "thang", "monthly": return .monthly
    case "hang quy", "moi quy", "quy", "theo quy", "quarterly": return .quarterly
    case "6 thang", "6 thang mot lan", "sau thang mot lan", "nua nam", "6 thang/lan",
      "half-yearly", "half yearly":
      return .halfYearly
    default: return nil
    }
  }

  /// "quy ii/2026", "quy 2 nam 2026", and "quy iv" in the plan's year → quarter and year.
  private func matchQuarter(_ text: String) -> (quarter: Int, year: Int)? {
    let pattern = #"^(?:trong |het |cuoi )?quy ([ivx]+|\d)(?:(?:/| nam |-)(\d{4}))?$"#
    guard let groups = strings(pattern, text), let year = groups.count == 2 ? Int(groups[1]) : year
    else { return nil }
    let roman = ["i": 1, "ii": 2, "iii": 3, "iv": 4]
    guard let quarter = roman[groups[0]] ?? Int(groups[0]), (1...4).contains(quarter) else {
      return nil
    }
    return (quarter, year)
  }

  /// The pattern's captured groups as numbers, when the whole text matches; groups whose index
  /// is in `skip` (a back-referenced separator) are left out.
  private func match(_ pattern: String, _ text: String, skip: Set<Int> = []) -> [Int]? {
    guard var groups = strings(pattern, text) else { return nil }
    for index in skip.sorted(by: >) where groups.indices.contains(index) {
      groups.remove(at: index)
    }
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
