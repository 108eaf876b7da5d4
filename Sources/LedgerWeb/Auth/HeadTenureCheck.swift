import LedgerCore
import LedgerStore

/// Refuses a write by a unit head's account whose person does not head that unit on the day
/// the write is for, or today: an account follows the tenure, not the other way round.
///
/// A trial found a head replaced on 01/08 still filing reports for the unit on 20/08, recorded
/// as by the former head. The account stays (its history is the ledger's); an admin gives it
/// another role or disables it. A second trial found the replaced head completing the unit's
/// overdue task "on" a day of his tenure, weeks after he left: the head writes only while in
/// office, and only for days of the tenure.
enum HeadTenureCheck {
  /// Throws a 403 when `account` is a head's and its person does not head its unit today, or
  /// did not on `effective` (the day the write is for, when it is another).
  static func check(
    _ account: AccountState, on effective: LocalDate?, today: LocalDate, in ledger: Ledger
  ) throws {
    guard account.role == .head || account.role == .leader else { return }
    // Who the account's person is, and every unit's tenures: read once for both days.
    let identity = try ledger.personIdentity()
    let units = try ledger.units()
    for day in [today] + (effective.map { $0 == today ? [] : [$0] } ?? []) {
      try check(account, on: day, identity: identity, units: units)
    }
  }

  /// Throws a 403 when `account` is a leader's whose person headed a unit and heads none on `day`.
  ///
  /// A replaced chair's account approved extensions and withdrew his own requests weeks after
  /// he left (trial). A leader the ledger never records as heading a unit (a vice-chair) is not
  /// judged by tenure.
  static func checkLeader(
    _ account: AccountState, on day: LocalDate, identity: PersonIdentity, units: [UnitState]
  ) throws {
    let person = identity.key(code: nil, name: account.person)
    let held = units.flatMap(\.tenures).filter { identity.key($0) == person }
    guard !held.isEmpty, !held.contains(where: { $0.covers(day) }) else { return }
    throw WebFailure(
      status: .forbidden, code: "leader_not_in_office",
      vi:
        "Tài khoản \(account.username.rawValue) là tài khoản lãnh đạo của \(account.person), nhưng ngày \(day.display) người này không còn giữ chức vụ nào trong sổ. Không ghi gì. Hãy báo quản trị đổi vai trò hoặc khóa tài khoản này.",
      en:
        "Account \(account.username.rawValue) is a leader's account for \(account.person), who on \(day.display) held no office the ledger records. Nothing was recorded. Ask the administrator to change this account's role or disable it."
    )
  }

  /// Throws a 403 when `account` is a head's and its unit did not lead task `id` on
  /// `effective`, the day the write is for.
  ///
  /// A trial had a head whose unit took an overdue task on 05/06 complete it "on" 29/04, while
  /// another unit led it: that unit's overdue record vanished. A head records only for days
  /// their unit led the task.
  static func checkLead(
    _ account: AccountState, of id: TaskID, on effective: LocalDate?, in ledger: Ledger
  ) throws {
    guard account.role == .head, let code = account.unit, let effective,
      let task = try ledger.task(id)
    else { return }
    let spell = task.leadSpells.last { $0.from <= effective }
    guard let spell, spell.unit != code else { return }
    throw WebFailure(
      status: .forbidden, code: "not_lead_on_day",
      vi:
        "Ngày \(effective.display) nhiệm vụ \(id.rawValue) do \(spell.unit.rawValue) chủ trì, không phải \(code.rawValue): trưởng đơn vị chỉ ghi cho những ngày đơn vị mình chủ trì nhiệm vụ. Không ghi gì. Nếu việc đã làm ngày đó, văn thư hoặc lãnh đạo ghi kèm người làm.",
      en:
        "On \(effective.display) task \(id.rawValue) was led by \(spell.unit.rawValue), not \(code.rawValue): a head records only for days their unit led the task. Nothing was recorded. If the work was done that day, a clerk or a leader records it, naming who did it."
    )
  }

  /// Throws a 403 when `account` is a head's and its person held no tenure of its unit on
  /// `day`.
  static func check(
    _ account: AccountState, on day: LocalDate, identity: PersonIdentity, units: [UnitState]
  ) throws {
    if account.role == .leader {
      try checkLeader(account, on: day, identity: identity, units: units)
    }
    guard account.role == .head, let code = account.unit else { return }
    let person = identity.key(code: nil, name: account.person)
    let tenures = units.first { $0.code == code }?.tenures ?? []
    guard
      !tenures.contains(where: { identity.key($0) == person && $0.covers(day) })
    else { return }
    // An incoming head, appointed from a later day: nothing is wrong with the account (trial:
    // told to have it disabled).
    if let next = tenures.filter({ identity.key($0) == person && $0.from > day }).map(\.from).min()
    {
      throw WebFailure(
        status: .forbidden, code: "not_unit_head_now",
        vi:
          "\(account.person) đứng đầu \(code.rawValue) từ ngày \(next.display); tài khoản \(account.username.rawValue) ghi được từ ngày đó, không phải ngày \(day.display). Không ghi gì.",
        en:
          "\(account.person) heads \(code.rawValue) from \(next.display); account \(account.username.rawValue) records from that day, not on \(day.display). Nothing was recorded."
      )
    }
    throw WebFailure(
      status: .forbidden, code: "not_unit_head_now",
      vi:
        "Tài khoản \(account.username.rawValue) là tài khoản trưởng \(code.rawValue), nhưng ngày \(day.display) \(account.person) không đứng đầu \(code.rawValue). Không ghi gì. Hãy báo quản trị đổi vai trò hoặc khóa tài khoản này.",
      en:
        "Account \(account.username.rawValue) is a head's account for \(code.rawValue), but on \(day.display) \(account.person) did not head \(code.rawValue). Nothing was recorded. Ask the administrator to change this account's role or disable it."
    )
  }
}
