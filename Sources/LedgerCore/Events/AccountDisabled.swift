/// An account can no longer sign in (`account.disabled`, v1); its past records stay.
public struct AccountDisabled: Codable, Hashable, Sendable {
  public var username: AccountName
  public var reason: String?

  public init(username: AccountName, reason: String? = nil) {
    self.username = username
    self.reason = reason
  }
}

extension AccountDisabled: EventPayload {
  public static let typeName = "account.disabled"
  public static let schemaVersion = 1
  public var event: LedgerEvent { .accountDisabled(self) }

  public func evolve(_ state: TaskState?, by fact: RecordedEvent) -> TaskState? { state }

  public func phrase(_ c: PhraseContext) -> String {
    let why = reason.map { " (\($0))" } ?? ""
    return c.pick(
      vi: "khóa tài khoản \(username)\(why)", en: "disabled account \(username)\(why)")
  }

  public func checkStated() throws {
    try PayloadRules.optional(reason, .reason, limit: TextRules.longLimit)
  }
}
