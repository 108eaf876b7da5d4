/// A person became head of a unit from the event's effective date (`head.appointed`, v3).
///
/// The appointment ends the tenure of whoever headed the unit before that date. Its day may be
/// after the day it is recorded: appointment decisions are issued days before they take effect.
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
  /// True for an acting head (schema v3).
  ///
  /// "Quyền Trưởng phòng", "Phó Chủ tịch phụ trách": they answer as the head for that time.
  /// Nil for a substantive appointment.
  public var acting: Bool?
  /// The appointment decision, such as "120/QĐ-UBND" (schema v3).
  public var decision: String?

  public init(
    unit: UnitCode, person: String, role: String, code: String? = nil, acting: Bool? = nil,
    decision: String? = nil
  ) {
    self.code = code
    self.acting = acting
    self.decision = decision
    self.unit = unit
    self.person = person
    self.role = role
  }
}

extension HeadAppointed: EventPayload {
  public static let typeName = "head.appointed"
  public static let schemaVersion = 3
  public static var readableVersions: Set<Int> { [1, 2, 3] }
  public var event: LedgerEvent { .headAppointed(self) }

  public func evolve(_ state: TaskState?, by fact: RecordedEvent) -> TaskState? { state }

  public func phrase(_ c: PhraseContext) -> String {
    let document = decision.map { " (\($0))" } ?? ""
    // The staff code, when recorded, tells namesakes apart (trial: two "Nguyễn Văn An").
    let person = self.person + (code.map { " (\($0))" } ?? "")
    // A role that says it is acting already ("Quyền Trưởng phòng") is not made acting twice.
    let saysActing = role.lowercased().hasPrefix("quyền ")
    return acting == true
      ? c.pick(
        vi: "giao \(person) làm \(saysActing ? "" : "quyền ")\(role), phụ trách \(unit)\(document)",
        en: "made \(person) acting \(role), in charge of \(unit)\(document)")
      : c.pick(
        vi: "bổ nhiệm \(person) làm \(role), người đứng đầu \(unit)\(document)",
        en: "appointed \(person) as \(role), head of \(unit)\(document)")
  }

  public func checkStated() throws {
    try PayloadRules.text(person, .person)
    try PayloadRules.text(role, .role)
    if let code, PersonRegistered.code(code) != code { throw LedgerError.invalidPersonCode(code) }
    try PayloadRules.optional(decision, .evidence)
  }
}
