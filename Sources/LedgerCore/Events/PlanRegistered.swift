/// A plan document entered the ledger (`plan.registered`, v1).
///
/// Stream `plan:ID`.
///
/// Its tasks follow as `task.assigned` events that name the plan; re-importing the same plan
/// finds this stream and creates nothing.
public struct PlanRegistered: Codable, Hashable, Sendable {
  /// The document number, such as `49/KH-UBND`; nil for a draft whose number is blank.
  public var number: String?
  public var title: String
  /// Who issued it, such as "UBND xã Chí Minh".
  public var issuer: String?
  /// The date on the document, if filled in.
  public var issued: LocalDate?
  /// The day each year by which units report on the plan ("trước ngày 30/11").
  public var reportingDay: DayOfYear?
  /// The number of the plan this one replaces, if it says so.
  public var supersedes: String?
  /// A digest of the plan's normalised text, to recognise the same draft again.
  public var digest: String

  public init(
    number: String?, title: String, issuer: String?, issued: LocalDate?,
    reportingDay: DayOfYear?, supersedes: String?, digest: String
  ) {
    self.number = number
    self.title = title
    self.issuer = issuer
    self.issued = issued
    self.reportingDay = reportingDay
    self.supersedes = supersedes
    self.digest = digest
  }
}

/// A day and month that recurs every year, such as 30/11.
public struct DayOfYear: Codable, Hashable, Sendable, CustomStringConvertible {
  public var day: Int
  public var month: Int

  /// Creates the day, or nil when it does not occur every year (31/02, 29/02).
  public init?(day: Int, month: Int) {
    guard (1...12).contains(month), (1...LocalDate.daysIn(month: month, year: 2001)).contains(day)
    else { return nil }
    self.day = day
    self.month = month
  }

  /// `30/11`.
  public var description: String {
    (day < 10 ? "0" : "") + "\(day)/" + (month < 10 ? "0" : "") + "\(month)"
  }

  /// This day in a given year.
  public func date(in year: Int) -> LocalDate? {
    LocalDate(year: year, month: month, day: day)
  }
}

extension PlanRegistered: EventPayload {
  public static let typeName = "plan.registered"
  public static let schemaVersion = 1
  public var event: LedgerEvent { .planRegistered(self) }

  public func evolve(_ state: TaskState?, by fact: RecordedEvent) -> TaskState? { state }

  public func phrase(_ c: PhraseContext) -> String {
    let shown = number ?? c.pick(vi: "(dự thảo chưa có số)", en: "(unnumbered draft)")
    let short = title.shortened(to: 60)
    return c.pick(
      vi: "nhập kế hoạch \(shown) “\(short)”", en: "imported plan \(shown) “\(short)”")
  }

  public func checkStated() throws {
    try PayloadRules.text(title, .title, limit: TextRules.longLimit)
    try PayloadRules.optional(issuer, .name)
    try PayloadRules.optional(number, .plan)
    try PayloadRules.optional(supersedes, .plan)
  }
}
