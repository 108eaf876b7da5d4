import LedgerCore
import LedgerStore

extension Recorder {
  /// For a head's account whose person does not head its unit on the day recorded: say so now.
  ///
  /// The account is recorded (an appointment may be recorded after it), but the web refuses
  /// its writes for the unit on any day its person does not head it (`not_unit_head_now`);
  /// a trial found such an account opened without a word.
  static func headAccountNotice(_ event: RecordedEvent, _ ledger: Ledger, _ language: Language)
    throws -> String?
  {
    let username: AccountName
    let role: AccountRole
    let code: UnitCode?
    switch event.event {
    case .accountOpened(let opened):
      (username, role, code) = (opened.username, opened.role, opened.unit)
    case .accountRoleChanged(let changed):
      (username, role, code) = (changed.username, changed.role, changed.unit)
    default: return nil
    }
    guard role == .head, let code,
      let account = try ledger.accounts().first(where: { $0.state.username == username })?.state,
      let unit = try ledger.units().first(where: { $0.code == code })
    else { return nil }
    let identity = try ledger.personIdentity()
    let person = identity.key(code: nil, name: account.person)
    let day = event.effective
    guard !unit.tenures.contains(where: { identity.key($0) == person && $0.covers(day) }) else {
      return nil
    }
    let sitting = unit.head(on: day)?.person
    return language.pick(
      vi:
        "Lưu ý: ngày \(day.display) \(account.person) không đứng đầu \(code.rawValue) (\(sitting.map { "người đứng đầu: \($0)" } ?? "đơn vị chưa có người đứng đầu")). Tài khoản này chỉ ghi được cho \(code.rawValue) vào những ngày \(account.person) đứng đầu đơn vị; nếu thiếu việc bổ nhiệm, hãy ghi bằng `clearledger head appoint`.",
      en:
        "Note: on \(day.display) \(account.person) does not head \(code.rawValue) (\(sitting.map { "its head: \($0)" } ?? "it has no head")). This account can record for \(code.rawValue) only on days \(account.person) heads it; if the appointment is missing, record it with `clearledger head appoint`."
    )
  }
}
