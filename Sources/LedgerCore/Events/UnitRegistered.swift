/// A unit of the administration joined the ledger (`unit.registered`, schema v1).
public struct UnitRegistered: Codable, Hashable, Sendable {
  public var code: UnitCode
  public var name: String

  public init(code: UnitCode, name: String) {
    self.code = code
    self.name = name
  }
}

extension UnitRegistered: EventPayload {
  public static let typeName = "unit.registered"
  public static let schemaVersion = 1
  public var event: LedgerEvent { .unitRegistered(self) }

  public func evolve(_ state: TaskState?, by fact: RecordedEvent) -> TaskState? { state }

  public func phrase(_ c: PhraseContext) -> String {
    c.pick(vi: "đăng ký đơn vị \(code) “\(name)”", en: "registered unit \(code) “\(name)”")
  }

  public func checkStated() throws {
    try PayloadRules.text(name, .name)
  }
}
