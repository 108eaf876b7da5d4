import LedgerCore
import LedgerStore

/// One account in `account list --json` and `GET /api/accounts` (never its password hash).
public struct AccountJSON: Encodable {
  public var username: String
  public var person: String
  public var role: String
  @ExplicitNull public var unit: String?
  public var disabled: Bool
  public var openedOn: String
  public var hasPassword: Bool

  public init(_ summary: AccountSummary) {
    let state = summary.state
    username = state.username.rawValue
    person = state.person
    role = state.role.rawValue
    unit = state.unit?.rawValue
    disabled = state.disabled
    openedOn = state.openedOn.iso
    hasPassword = summary.hasPassword
  }
}
