/// When a task is due: a fixed day, never (ongoing work), once a year on a given day, or at the
/// end of every month, quarter or half-year (a recurring reporting obligation).
public enum Deadline: Hashable, Sendable {
  /// Due on this day ("Tháng 6/2026" read as 30/06/2026).
  case date(LocalDate)
  /// Ongoing work with no deadline ("Thường xuyên").
  case ongoing
  /// Due every year on this day and month ("Hàng năm", reported before 30/11).
  case yearly(day: Int, month: Int)
  /// A recurring reporting obligation ("Định kỳ hằng quý", "Hằng tháng"): the work goes on and
  /// each period's report is due on its reporting day, `day` of the period's last month, or the
  /// period's last day when nil.
  case recurring(ReportingPeriod, day: Int?)

  /// Creates a yearly deadline, or nil when the day cannot occur every year (31/02, 29/02).
  public static func yearly(parsing text: String) -> Deadline? {
    let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "/")
    guard parts.count == 2, let day = Int(parts[0]), let month = Int(parts[1]),
      (1...12).contains(month), (1...LocalDate.daysIn(month: month, year: 2001)).contains(day)
    else { return nil }
    return .yearly(day: day, month: month)
  }

  /// The day this deadline falls on for work judged on `date`: the fixed day, this year's
  /// occurrence of a yearly deadline, or nil for ongoing work.
  public func dueDate(forYearOf date: LocalDate) -> LocalDate? {
    switch self {
    case .date(let due): return due
    case .ongoing: return nil
    case .yearly(let day, let month): return LocalDate(year: date.year, month: month, day: day)
    case .recurring(let period, let day): return period.period(of: date, day: day)?.due
    }
  }

  /// Creates a recurring deadline, or nil when the reporting day cannot be in a month (0, 32).
  public static func recurring(_ period: ReportingPeriod, onDay day: Int?) -> Deadline? {
    if let day, !(1...31).contains(day) { return nil }
    return .recurring(period, day: day)
  }

  /// True for a recurring reporting obligation.
  public var isRecurring: Bool {
    if case .recurring = self { return true }
    return false
  }

  /// The fixed due day, if this deadline is one.
  public var fixedDate: LocalDate? {
    if case .date(let due) = self { return due }
    return nil
  }
}

extension Deadline: Codable {
  private enum CodingKeys: String, CodingKey {
    case kind, date, day, month
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    switch try container.decode(String.self, forKey: .kind) {
    case "date": self = .date(try container.decode(LocalDate.self, forKey: .date))
    case "ongoing": self = .ongoing
    case "yearly":
      self = .yearly(
        day: try container.decode(Int.self, forKey: .day),
        month: try container.decode(Int.self, forKey: .month))
    case let kind:
      guard let period = ReportingPeriod(rawValue: kind) else {
        throw DecodingError.dataCorruptedError(
          forKey: .kind, in: container, debugDescription: "unknown deadline kind \(kind)")
      }
      let day = try container.decodeIfPresent(Int.self, forKey: .day)
      guard let deadline = Deadline.recurring(period, onDay: day) else {
        throw DecodingError.dataCorruptedError(
          forKey: .day, in: container, debugDescription: "no reporting day \(day ?? 0) in a month")
      }
      self = deadline
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    switch self {
    case .date(let due):
      try container.encode("date", forKey: .kind)
      try container.encode(due, forKey: .date)
    case .ongoing:
      try container.encode("ongoing", forKey: .kind)
    case .yearly(let day, let month):
      try container.encode("yearly", forKey: .kind)
      try container.encode(day, forKey: .day)
      try container.encode(month, forKey: .month)
    case .recurring(let period, let day):
      try container.encode(period.rawValue, forKey: .kind)
      try container.encodeIfPresent(day, forKey: .day)
    }
  }
}
