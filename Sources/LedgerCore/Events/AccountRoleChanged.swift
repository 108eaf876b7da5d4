/// An account's role (and, for a head, unit) changed (`account.role_changed`, v1).
public struct AccountRoleChanged: Codable, Hashable, Sendable {
  public var username: AccountName
  public var role: AccountRole
  public var unit: UnitCode?

  public init(username: AccountName, role: AccountRole, unit: UnitCode? = nil) {
    self.username = username
    self.role = role
    self.unit = unit
  }
}

extension AccountRoleChanged: EventPayload {
  public static let typeName = "account.role_changed"
  public static let schemaVersion = 1
  public var event: LedgerEvent { .accountRoleChanged(self) }

  public func evolve(_ state: TaskState?, by fact: RecordedEvent) -> TaskState? { state }

  public func phrase(_ c: PhraseContext) -> String {
    let unitText = unit.map { " (\($0))" } ?? ""
    return c.pick(
      vi: "đổi vai trò tài khoản \(username) thành \(role.label(.vi))\(unitText)",
      en: "changed account \(username)'s role to \(role.label(.en))\(unitText)")
  }

  /// A name, a role and a unit code, each checked when decoded.
  public func checkStated() throws {}
}
