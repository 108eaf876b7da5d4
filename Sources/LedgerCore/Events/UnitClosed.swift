/// A unit ceased to exist from the event's effective date: dissolved (`unit.dissolved`, v1) or
/// merged into another unit (`unit.merged`, v1).
///
/// It leads no open task by then (a merge hands them to the unit it joins first); its history
/// and its name in views of earlier days stay. Stream `unit:CODE`.
public struct UnitDissolved: Codable, Hashable, Sendable {
  public var unit: UnitCode
  /// The decision that dissolves it.
  public var decision: String?

  public init(unit: UnitCode, decision: String? = nil) {
    self.unit = unit
    self.decision = decision
  }
}

extension UnitDissolved: EventPayload {
  public static let typeName = "unit.dissolved"
  public static let schemaVersion = 1
  public var event: LedgerEvent { .unitDissolved(self) }

  public func evolve(_ state: TaskState?, by fact: RecordedEvent) -> TaskState? { state }

  public func phrase(_ c: PhraseContext) -> String {
    let document = decision.map { " (\($0))" } ?? ""
    return c.pick(vi: "giải thể đơn vị \(unit)\(document)", en: "dissolved unit \(unit)\(document)")
  }

  public func checkStated() throws {
    try PayloadRules.optional(decision, .evidence)
  }
}

/// A unit joined another (`unit.merged`, v1).
///
/// Its open tasks were handed to that unit first, each by a `task.lead_reassigned`. A unit
/// registered by mistake is removed this way.
public struct UnitMerged: Codable, Hashable, Sendable {
  public var unit: UnitCode
  /// The unit it joined.
  public var into: UnitCode
  /// The decision that merges it.
  public var decision: String?

  public init(unit: UnitCode, into: UnitCode, decision: String? = nil) {
    self.unit = unit
    self.into = into
    self.decision = decision
  }
}

extension UnitMerged: EventPayload {
  public static let typeName = "unit.merged"
  public static let schemaVersion = 1
  public var event: LedgerEvent { .unitMerged(self) }

  public func evolve(_ state: TaskState?, by fact: RecordedEvent) -> TaskState? { state }

  public func phrase(_ c: PhraseContext) -> String {
    let document = decision.map { " (\($0))" } ?? ""
    return c.pick(
      vi: "sáp nhập đơn vị \(unit) vào \(into)\(document)",
      en: "merged unit \(unit) into \(into)\(document)")
  }

  public func checkStated() throws {
    if into == unit { throw LedgerError.mergeIntoItself(unit) }
    try PayloadRules.optional(decision, .evidence)
  }
}
