import LedgerCore
import LedgerStore

/// Refuses a clerk or head naming themselves as the leader who decided an extension or asked
/// for an explanation: they record a leader's decision, never approve their own (trial: a clerk
/// approved her own extensions, by name, by staff code, as the ledger labels her "Lê Thị Hoa
/// (HOA)", and by her username).
enum ApproverCheck {
  /// Throws `approver_is_self` when `command` names the account's own person (or its username)
  /// as its approver and the account is not a leader's.
  static func check(_ command: LedgerCommand, by account: AccountState, in ledger: Ledger) throws {
    guard account.role != .leader else { return }
    let named: String
    switch command {
    case .extendDeadline(_, _, _, let approvedBy): named = approvedBy
    case .requestExplanation(_, let request): named = request.by
    default: return
    }
    let ownName = VietnameseText.searchKey(Self.withoutCode(account.person))
    let names = try ledger.personNames()
    // The account's person by code when the ledger has one: a namesake (another "Nguyễn Văn
    // An", told apart by code) is somebody else.
    let ownCode = Self.code(in: account.person) ?? (try? names.match(account.person))??.code
    let typed = VietnameseText.clean(named)
    // The name as typed, without a code in parentheses, and the code alone: each as the ledger
    // resolves it, and as written.
    let candidates = [typed, Self.withoutCode(typed)] + [Self.code(in: typed)].compactMap { $0 }
    let isSelf =
      typed.lowercased() == account.username.rawValue.lowercased()
      || candidates.contains { candidate in
        guard let known = (try? names.match(candidate)) ?? nil else {
          return VietnameseText.searchKey(Self.withoutCode(candidate)) == ownName
        }
        if let ownCode, let code = known.code { return code == ownCode }
        return VietnameseText.searchKey(known.name) == ownName
      }
    guard isSelf else { return }
    throw WebFailure(
      status: .forbidden, code: "approver_is_self",
      vi:
        "\(account.person) không tự phê duyệt được: hãy ghi tên lãnh đạo đã quyết định (người phê duyệt). Không ghi gì.",
      en:
        "\(account.person) cannot approve this themselves: name the leader who decided (the approver). Nothing was recorded."
    )
  }

  /// The code in a label's trailing parentheses ("Lê Thị Hoa (HOA)" → "HOA"); nil for none.
  static func code(in text: String) -> String? {
    guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return nil }
    return String(text[text.index(after: open)..<text.index(before: text.endIndex)])
  }

  /// A name without a trailing code in parentheses ("Lê Thị Hoa (HOA)" → "Lê Thị Hoa").
  static func withoutCode(_ text: String) -> String {
    guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return text }
    return text[..<open].trimmingCharacters(in: .whitespaces)
  }
}
