import LedgerCore
import LedgerStore

/// Refuses a clerk or head naming themselves as the leader who decided an extension or asked
/// for an explanation: they record a leader's decision, never approve their own (trial: a clerk
/// approved her own extensions, by name, by staff code, as the ledger labels her "Lê Thị Hoa
/// (HOA)", and by her username).
enum ApproverCheck {
  /// Throws `approver_is_self` when `command` names the account's own person (or its username)
  /// as its approver and the account is not a leader's; `approver_not_leader` or
  /// `approver_not_in_office` when it names someone who was not a leader in office on `day`.
  static func check(
    _ command: LedgerCommand, by account: AccountState, on day: LocalDate, in ledger: Ledger
  ) throws {
    guard account.role != .leader else { return }
    let named: String
    switch command {
    case .extendDeadline(_, _, _, let approvedBy): named = approvedBy
    case .requestExplanation(_, let request): named = request.by
    default: return
    }
    let own = Self.split(account.person)
    let ownName = VietnameseText.searchKey(own.name)
    let names = try ledger.personNames()
    // The account's person by code when the ledger has one: a namesake (another "Nguyễn Văn
    // An", told apart by code) is somebody else.
    let ownCode = own.code ?? (try? names.match(account.person))??.code
    let typed = VietnameseText.clean(named)
    // The name as typed, without a code in parentheses, and the code alone: each as the ledger
    // resolves it, and as written.
    let parts = Self.split(typed)
    let candidates = [typed, parts.name] + [parts.code].compactMap { $0 }
    let isSelf =
      typed.lowercased() == account.username.rawValue.lowercased()
      || candidates.contains { candidate in
        guard let known = (try? names.match(candidate)) ?? nil else {
          return VietnameseText.searchKey(Self.split(candidate).name) == ownName
        }
        if let ownCode, let code = known.code { return code == ownCode }
        return VietnameseText.searchKey(known.name) == ownName
      }
    guard isSelf else {
      try checkLeader(typed, candidates: candidates, names: names, on: day, in: ledger)
      return
    }
    throw WebFailure(
      status: .forbidden, code: "approver_is_self",
      vi:
        "\(account.person) không tự phê duyệt được: hãy ghi tên lãnh đạo đã quyết định (người phê duyệt). Không ghi gì.",
      en:
        "\(account.person) cannot approve this themselves: name the leader who decided (the approver). Nothing was recorded."
    )
  }

  /// Throws `approver_not_leader` when the ledger has leaders' accounts and the approver named
  /// is none of their persons: a trial had "Bà Lê Thị Hoa" (the clerk with an honorific), "Văn
  /// thư Hoa", a unit head and the inspector accepted as the approving leader.
  static func checkLeader(
    _ typed: String, candidates: [String], names: PersonNames, on day: LocalDate,
    in ledger: Ledger
  ) throws {
    let leaders = try ledger.accounts().map(\.state).filter { $0.role == .leader && !$0.disabled }
    guard !leaders.isEmpty else { return }
    let leaderNames = Set(leaders.map { VietnameseText.searchKey(Self.split($0.person).name) })
    let leader = candidates.lazy.compactMap { candidate -> (String, String?)? in
      let known = (try? names.match(candidate)) ?? nil
      let name = known?.name ?? candidate
      return leaderNames.contains(VietnameseText.searchKey(name)) ? (name, known?.code) : nil
    }.first
    if let (name, code) = leader {
      try checkInOffice(name, code: code, typed: typed, on: day, in: ledger)
      return
    }
    let listed = VietnameseText.sorted(Array(Set(leaders.map(\.person))), by: { $0 })
      .joined(separator: ", ")
    throw WebFailure(
      status: .forbidden, code: "approver_not_leader",
      vi:
        "“\(typed)” không phải lãnh đạo có tài khoản trong sổ: người phê duyệt là lãnh đạo đã quyết định (\(listed)). Không ghi gì.",
      en:
        "“\(typed)” is not a leader with an account in the ledger: the approver is the leader who decided (\(listed)). Nothing was recorded."
    )
  }

  /// Throws `approver_not_in_office` when the leader named headed a unit and headed none on `day`.
  ///
  /// A clerk named the chair who had left as the one who approved (trial; the chair's own
  /// account was refused the same minute). A leader the ledger never records as
  /// heading a unit (a vice-chair) is not judged by tenure, as `HeadTenureCheck` judges accounts.
  static func checkInOffice(
    _ name: String, code: String?, typed: String, on day: LocalDate, in ledger: Ledger
  ) throws {
    let holders = OfficeHolders(
      units: try ledger.units(), names: try ledger.personNames(),
      identity: try ledger.personIdentity())
    guard let absence = holders.absence(code.map { "\(name) (\($0))" } ?? name, on: day) else {
      return
    }
    let left = absence.left?.display
    throw WebFailure(
      status: .forbidden, code: "approver_not_in_office",
      vi:
        "“\(typed)” không giữ chức vụ nào trong sổ vào ngày \(day.display)\(left.map { " (thôi giữ chức từ ngày \($0))" } ?? ""), nên không phải người phê duyệt của ngày đó. Không ghi gì. Hãy ghi tên lãnh đạo đương nhiệm đã quyết định.",
      en:
        "“\(typed)” held no office the ledger records on \(day.display)\(left.map { " (out of office from \($0))" } ?? ""), so cannot be that day's approver. Nothing was recorded. Name the leader in office who decided."
    )
  }

  /// A label split into its name and the code in its trailing parentheses ("Lê Thị Hoa (HOA)"
  /// → "Lê Thị Hoa", "HOA"); a text without them is all name.
  static func split(_ text: String) -> (name: String, code: String?) {
    guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return (text, nil) }
    let code = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
    return (text[..<open].trimmingCharacters(in: .whitespaces), code)
  }
}
