/// A person became head of a unit from the event's effective date (`head.appointed`, v2).
///
/// The appointment ends the tenure of whoever headed the unit before that date.
public struct HeadAppointed: Codable, Hashable, Sendable {
  public var unit: UnitCode
  public var person: String
  /// The title the head holds, such as "Chủ tịch UBND xã" or "Trưởng phòng".
  public var role: String
  /// The person's staff code, when the ledger registers them (schema v2).
  ///
  /// Two people of one name are told apart by it. Nil for a person known only by name, and in
  /// v1 events.
  public var code: String?

  public init(unit: UnitCode, person: String, role: String, code: String? = nil) {
    self.code = code
    self.unit = unit
    self.person = person
    self.role = role
  }
}

extension HeadAppointed: EventPayload {
  public static let typeName = "head.appointed"
  public static let schemaVersion = 2
  public static var readableVersions: Set<Int> { [1, 2] }
  public var event: LedgerEvent { .headAppointed(self) }

  public func evolve(_ state: TaskState?, by fact: RecordedEvent) -> TaskState? { state }

  public func phrase(_ c: PhraseContext) -> String {
    c.pick(
      vi: "bổ nhiệm \(person) làm \(role), người đứng đầu \(unit)",
      en: "appointed \(person) as \(role), head of \(unit)")
  }

  public func checkStated() throws {
    try PayloadRules.text(person, .person)
    try PayloadRules.text(role, .role)
    if let code, PersonRegistered.code(code) != code { throw LedgerError.invalidPersonCode(code) }
  }
}
