/// A person became head of a unit from the event's effective date (`head.appointed`, v1).
///
/// The appointment ends the tenure of whoever headed the unit before that date.
public struct HeadAppointed: Codable, Hashable, Sendable {
  public var unit: UnitCode
  public var person: String
  /// The title the head holds, such as "Chủ tịch UBND xã" or "Trưởng phòng".
  public var role: String

  public init(unit: UnitCode, person: String, role: String) {
    self.unit = unit
    self.person = person
    self.role = role
  }
}
