/// A unit took a new name from the event's effective date (`unit.renamed`, v1).
///
/// Its code, tasks and heads stay; views of a day before the rename show the old name.
/// Stream `unit:CODE`.
public struct UnitRenamed: Codable, Hashable, Sendable {
  public var unit: UnitCode
  /// The name before the rename.
  public var previousName: String
  public var name: String
  /// The decision that renames it, such as "30/QĐ-UBND".
  public var decision: String?

  public init(unit: UnitCode, previousName: String, name: String, decision: String? = nil) {
    self.unit = unit
    self.previousName = previousName
    self.name = name
    self.decision = decision
  }
}

extension UnitRenamed: EventPayload {
  public static let typeName = "unit.renamed"
  public static let schemaVersion = 1
  public var event: LedgerEvent { .unitRenamed(self) }

  public func evolve(_ state: TaskState?, by fact: RecordedEvent) -> TaskState? { state }

  public func phrase(_ c: PhraseContext) -> String {
    let document = decision.map { " (\($0))" } ?? ""
    return c.pick(
      vi: "đổi tên đơn vị \(unit) từ “\(previousName)” thành “\(name)”\(document)",
      en: "renamed unit \(unit) from “\(previousName)” to “\(name)”\(document)")
  }

  public func checkStated() throws {
    try PayloadRules.text(previousName, .name)
    try PayloadRules.text(name, .name)
    try PayloadRules.optional(decision, .evidence)
  }
}
