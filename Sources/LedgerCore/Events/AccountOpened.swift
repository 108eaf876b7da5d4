/// A web account was opened for a person, with a role (`account.opened`, v1).
///
/// The password is never part of the event: its hash is kept outside the log.
public struct AccountOpened: Codable, Hashable, Sendable {
  public var username: AccountName
  /// The person who signs in with it, and who is named as recorder of what they record.
  public var person: String
  public var role: AccountRole
  /// For a head, the unit whose tasks they answer for.
  public var unit: UnitCode?

  public init(username: AccountName, person: String, role: AccountRole, unit: UnitCode? = nil) {
    self.username = username
    self.person = person
    self.role = role
    self.unit = unit
  }
}

extension AccountOpened: EventPayload {
  public static let typeName = "account.opened"
  public static let schemaVersion = 1
  public var event: LedgerEvent { .accountOpened(self) }

  public func evolve(_ state: TaskState?, by fact: RecordedEvent) -> TaskState? { state }

  public func phrase(_ c: PhraseContext) -> String {
    let unitText = unit.map { " (\($0))" } ?? ""
    return c.pick(
      vi: "mở tài khoản \(username) cho \(person), vai trò \(role.label(.vi))\(unitText)",
      en: "opened account \(username) for \(person), role \(role.label(.en))\(unitText)")
  }

  public func checkStated() throws {
    try PayloadRules.text(person, .person)
  }
}
