/// A period during which one person headed one unit: from a day, up to (not including) the
/// day the next head took over, or open-ended.
public struct Tenure: Codable, Hashable, Sendable {
  public var unit: UnitCode
  public var person: String
  public var role: String
  public var from: LocalDate
  /// The first day the person no longer held the role; nil while they still hold it.
  public var until: LocalDate?
  public var appointedAt: Int64
  /// The head's staff code, when the appointment recorded one (`head.appointed` v2).
  public var code: String? = nil
  /// True for an acting head, who answers as the head for that time (`head.appointed` v3).
  public var acting: Bool? = nil

  public init(
    unit: UnitCode, person: String, role: String, from: LocalDate, until: LocalDate?,
    appointedAt: Int64
  ) {
    self.unit = unit
    self.person = person
    self.role = role
    self.from = from
    self.until = until
    self.appointedAt = appointedAt
  }

  /// True when the person held the role on that day.
  public func covers(_ day: LocalDate) -> Bool {
    from <= day && (until.map { day < $0 } ?? true)
  }
}
