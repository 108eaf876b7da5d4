/// The rules for accounts: a name is opened once, a head belongs to a unit, a disabled
/// account stays disabled.
struct AccountDecisions<Reading: LedgerReading> {
  let reading: Reading
  let effective: LocalDate

  /// Decides an account command (any other command is a programming error and refused as an
  /// unknown account).
  func decide(_ command: LedgerCommand) throws -> Decision {
    switch command {
    case .openAccount(let username, let person, let role, let unit):
      let name = try accountName(username)
      let stream = StreamID.account(name)
      guard try reading.streamVersion(stream) == 0 else {
        throw LedgerError.accountExists(name.rawValue)
      }
      let code = try unitCode(unit, role: role, username: name)
      let opened = AccountOpened(username: name, person: try holder(person), role: role, unit: code)
      return Decision(
        stream: stream, expectedVersion: 0, event: .accountOpened(opened), effective: effective)
    case .changeAccountRole(let username, let role, let unit):
      let (name, state) = try openAccount(username)
      let change = AccountRoleChanged(
        username: name, role: role, unit: try unitCode(unit, role: role, username: name))
      return Decision(
        stream: .account(name), expectedVersion: state.version,
        event: .accountRoleChanged(change), effective: effective)
    case .disableAccount(let username, let reason):
      let (name, state) = try openAccount(username)
      let disabled = AccountDisabled(
        username: name, reason: try TextRules.optional(reason, .reason, limit: TextRules.longLimit))
      return Decision(
        stream: .account(name), expectedVersion: state.version,
        event: .accountDisabled(disabled), effective: effective)
    default:
      throw LedgerError.unknownAccount("")
    }
  }

  /// The person of the ledger an account is for, as recorded (with their code when another
  /// person shares the name), found by name or staff code; a name nobody holds, or two people
  /// share, is refused (trial: `--person TTB` kept "TTB", and a clerk's account opened under
  /// her code approved her own extension as somebody else).
  private func holder(_ typed: String) throws -> String {
    try reading.knownPerson(typed) { LedgerError.unknownPerson($0, closest: $1) }
  }

  private func accountName(_ text: String) throws -> AccountName {
    guard let name = AccountName(text) else { throw LedgerError.invalidUsername(text) }
    return name
  }

  /// The account, provided it exists and is not disabled.
  private func openAccount(_ text: String) throws -> (AccountName, AccountState) {
    let name = try accountName(text)
    guard let state = AccountState.fold(try reading.events(in: .account(name))) else {
      throw LedgerError.unknownAccount(name.rawValue)
    }
    guard !state.disabled else { throw LedgerError.accountDisabled(name.rawValue) }
    return (name, state)
  }

  /// The unit named for the account: required for a head, checked when given.
  private func unitCode(_ text: String?, role: AccountRole, username: AccountName) throws
    -> UnitCode?
  {
    guard let text, !VietnameseText.clean(text).isEmpty else {
      if role == .head { throw LedgerError.headNeedsUnit(username.rawValue) }
      return nil
    }
    guard let unit = try reading.unit(named: text) else {
      throw LedgerError.unknownUnit(text, among: try reading.units())
    }
    return unit.code
  }
}
