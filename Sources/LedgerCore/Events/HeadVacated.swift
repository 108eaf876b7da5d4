/// A unit's head left and nobody took their place (`head.vacated`, v1).
///
/// The sitting tenure ends on the event's effective date; the unit has no head from then until
/// the next appointment. Stream `unit:CODE`.
public struct HeadVacated: Codable, Hashable, Sendable {
  public var unit: UnitCode
  /// The head whose tenure ends, as the tenure names them.
  public var person: String
  /// The decision that ends the tenure, such as "45/QĐ-UBND".
  public var decision: String?

  public init(unit: UnitCode, person: String, decision: String? = nil) {
    self.unit = unit
    self.person = person
    self.decision = decision
  }
}

extension HeadVacated: EventPayload {
  public static let typeName = "head.vacated"
  public static let schemaVersion = 1
  public var event: LedgerEvent { .headVacated(self) }

  public func evolve(_ state: TaskState?, by fact: RecordedEvent) -> TaskState? { state }

  public func phrase(_ c: PhraseContext) -> String {
    let document = decision.map { " (\($0))" } ?? ""
    return c.pick(
      vi: "\(person) thôi đứng đầu \(unit); chức danh để trống\(document)",
      en: "\(person) left as head of \(unit); the post is vacant\(document)")
  }

  public func checkStated() throws {
    try PayloadRules.text(person, .person)
    try PayloadRules.optional(decision, .evidence)
  }
}
