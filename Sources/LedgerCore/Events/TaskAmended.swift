/// The plan's wording of a task was amended (`task.amended`, v1): its title, accountable role,
/// the role's unit, expected result or coordinating units.
///
/// Only the fields that change are present, each with the wording it replaces, so the old
/// wording stays in the history. The five-clear check judges the amended task.
public struct TaskAmended: Codable, Hashable, Sendable {
  /// One field's change: the wording before and after.
  public struct Change<Value: Codable & Hashable & Sendable>: Codable, Hashable, Sendable {
    public var from: Value
    public var to: Value

    public init(from: Value, to: Value) {
      self.from = from
      self.to = to
    }
  }

  public var title: Change<String>?
  public var headRole: Change<String>?
  /// The unit in which the role is held; `to` nil clears it.
  public var roleUnit: Change<UnitCode?>?
  public var expectedResult: Change<String>?
  public var supportingUnits: Change<[UnitCode]>?
  public var reason: String
  /// The decision that amends the plan, such as "55/QĐ-UBND".
  public var decision: String?

  public init(
    title: Change<String>? = nil, headRole: Change<String>? = nil,
    roleUnit: Change<UnitCode?>? = nil, expectedResult: Change<String>? = nil,
    supportingUnits: Change<[UnitCode]>? = nil, reason: String, decision: String? = nil
  ) {
    self.title = title
    self.headRole = headRole
    self.roleUnit = roleUnit
    self.expectedResult = expectedResult
    self.supportingUnits = supportingUnits
    self.reason = reason
    self.decision = decision
  }

  /// True when no field changes.
  public var isEmpty: Bool {
    title == nil && headRole == nil && roleUnit == nil && expectedResult == nil
      && supportingUnits == nil
  }
}

extension TaskAmended: EventPayload {
  public static let typeName = "task.amended"
  public static let schemaVersion = 1
  public var event: LedgerEvent { .taskAmended(self) }

  public func evolve(_ state: TaskState?, by fact: RecordedEvent) -> TaskState? {
    state?.updated(by: fact) { task in
      if headRole != nil || roleUnit != nil {
        // Blame fixed at a deadline before the amendment stays with the role named then.
        task.record.roleSpells.append(
          RoleSpell(until: fact.effective, headRole: task.headRole, roleUnit: task.roleUnit))
      }
      if let title { task.title = title.to }
      if let headRole { task.headRole = headRole.to }
      if let roleUnit { task.roleUnit = roleUnit.to }
      if let expectedResult { task.expectedResult = expectedResult.to }
      if let supportingUnits { task.supportingUnits = supportingUnits.to }
    }
  }

  public func phrase(_ c: PhraseContext) -> String {
    var parts: [String] = []
    func quoted(_ field: (vi: String, en: String), _ from: String, _ to: String) {
      parts.append(
        c.pick(vi: "\(field.vi) “\(from)” → “\(to)”", en: "\(field.en) “\(from)” → “\(to)”"))
    }
    let none = c.pick(vi: "(không)", en: "(none)")
    if let title { quoted(("nội dung", "title"), title.from, title.to) }
    if let headRole { quoted(("chức danh", "role"), headRole.from, headRole.to) }
    if let roleUnit {
      quoted(
        ("đơn vị của chức danh", "role's unit"), roleUnit.from?.rawValue ?? none,
        roleUnit.to?.rawValue ?? none)
    }
    if let expectedResult { quoted(("kết quả", "result"), expectedResult.from, expectedResult.to) }
    if let supportingUnits {
      func list(_ units: [UnitCode]) -> String {
        units.isEmpty ? none : units.map(\.rawValue).joined(separator: ", ")
      }
      quoted(
        ("đơn vị phối hợp", "coordinating units"), list(supportingUnits.from),
        list(supportingUnits.to))
    }
    let document = decision.map { " (\($0))" } ?? ""
    return c.pick(
      vi:
        "sửa kế hoạch của nhiệm vụ \(c.subject): \(parts.joined(separator: "; ")); lý do: \(reason)\(document)",
      en:
        "amended task \(c.subject): \(parts.joined(separator: "; ")); reason: \(reason)\(document)")
  }

  public func checkStated() throws {
    guard !isEmpty else { throw LedgerError.amendmentChangesNothing(nil) }
    try PayloadRules.text(reason, .reason, limit: TextRules.longLimit)
    try PayloadRules.optional(decision, .evidence)
    if let title { try PayloadRules.text(title.to, .title, limit: TextRules.longLimit) }
    if let headRole { try PayloadRules.text(headRole.to, .role) }
    if let expectedResult {
      try PayloadRules.text(expectedResult.to, .result, limit: TextRules.longLimit)
    }
    if let units = supportingUnits?.to, let repeated = PayloadRules.firstRepeated(units) {
      throw LedgerError.duplicateSupportingUnit(repeated)
    }
  }
}
