/// How often a recurring reporting obligation falls due: every month, quarter or half-year
/// ("Hằng tháng", "Định kỳ hằng quý", "6 tháng một lần").
public enum ReportingPeriod: String, Hashable, Sendable, CaseIterable, Codable {
  case monthly
  case quarterly
  case halfYearly = "half_yearly"

  /// The months in one period.
  public var months: Int {
    switch self {
    case .monthly: return 1
    case .quarterly: return 3
    case .halfYearly: return 6
    }
  }

  /// "hằng tháng", "hằng quý", "6 tháng một lần".
  public func label(_ language: Language) -> String {
    switch self {
    case .monthly: return language.pick(vi: "hằng tháng", en: "monthly")
    case .quarterly: return language.pick(vi: "hằng quý", en: "quarterly")
    case .halfYearly: return language.pick(vi: "6 tháng một lần", en: "every six months")
    }
  }

  /// One period of a year: its first and last day, and the day its report is due.
  public struct Period: Hashable, Sendable {
    public var first: LocalDate
    public var last: LocalDate
    /// The reporting day: `day` of the period's last month (the month's last day when the month
    /// is shorter), or the period's last day when no day is named.
    public var due: LocalDate

    /// True when `date` falls in the period.
    public func contains(_ date: LocalDate) -> Bool { first <= date && date <= last }

    /// The day whose role holder answers for the period: the report's when it met the period
    /// in time, else the period's reporting day (a period missed, or reported late, is whoever
    /// held the role on its day), as the evaluation, head views and the yearly report charge it.
    public func answerDay(met: LocalDate?) -> LocalDate {
      met.flatMap { $0 <= due ? $0 : nil } ?? due
    }
  }

  /// The periods of a year in order, each with its reporting day (`day` of its last month, or
  /// its last day when nil).
  public func periods(in year: Int, day: Int?) -> [Period] {
    stride(from: 1, through: 12, by: months).compactMap { firstMonth in
      let lastMonth = firstMonth + months - 1
      guard let first = LocalDate(year: year, month: firstMonth, day: 1),
        let last = LocalDate.endOfMonth(lastMonth, of: year)
      else { return nil }
      let due = day.flatMap { LocalDate(year: year, month: lastMonth, day: min($0, last.day)) }
      return Period(first: first, last: last, due: due ?? last)
    }
  }

  /// The period of `date`.
  public func period(of date: LocalDate, day: Int?) -> Period? {
    periods(in: date.year, day: day).first { $0.contains(date) }
  }
}
