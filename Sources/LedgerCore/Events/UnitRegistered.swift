/// A unit of the administration joined the ledger (`unit.registered`, schema v1).
public struct UnitRegistered: Codable, Hashable, Sendable {
  public var code: UnitCode
  public var name: String

  public init(code: UnitCode, name: String) {
    self.code = code
    self.name = name
  }
}
