/// An account as its events leave it: who it is for, its role, whether it may sign in.
public struct AccountState: Hashable, Sendable {
  public var username: AccountName
  public var person: String
  public var role: AccountRole
  public var unit: UnitCode?
  public var disabled: Bool
  /// The day it was opened (the opening event's effective day).
  public var openedOn: LocalDate
  /// The number of events in its stream.
  public var version: Int

  public init(
    username: AccountName, person: String, role: AccountRole, unit: UnitCode?, disabled: Bool,
    openedOn: LocalDate, version: Int
  ) {
    self.username = username
    self.person = person
    self.role = role
    self.unit = unit
    self.disabled = disabled
    self.openedOn = openedOn
    self.version = version
  }

  /// Folds an account's stream; nil when it holds no opening.
  public static func fold(_ events: [RecordedEvent]) -> AccountState? {
    var state: AccountState?
    for fact in events {
      switch fact.event {
      case .accountOpened(let opened):
        state = AccountState(
          username: opened.username, person: opened.person, role: opened.role, unit: opened.unit,
          disabled: false, openedOn: fact.effective, version: fact.version)
      case .accountRoleChanged(let change):
        state?.role = change.role
        state?.unit = change.unit
        state?.version = fact.version
      case .accountDisabled:
        state?.disabled = true
        state?.version = fact.version
      default:
        break
      }
    }
    return state
  }
}
