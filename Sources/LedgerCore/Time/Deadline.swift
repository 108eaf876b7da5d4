/// When a task is due: a fixed day, never (ongoing work), or once a year on a given day.
public enum Deadline: Hashable, Sendable {
  /// Due on this day ("Tháng 6/2026" read as 30/06/2026).
  case date(LocalDate)
  /// Ongoing work with no deadline ("Thường xuyên").
  case ongoing
  /// Due every year on this day and month ("Hàng năm", reported before 30/11).
  case yearly(day: Int, month: Int)

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
    }
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
    case let other:
      throw DecodingError.dataCorruptedError(
        forKey: .kind, in: container, debugDescription: "unknown deadline kind \(other)")
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
    }
  }
}
