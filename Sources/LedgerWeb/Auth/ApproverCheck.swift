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
    let own = VietnameseText.searchKey(Self.withoutCode(account.person))
    let names = try ledger.personNames()
    let typed = VietnameseText.clean(named)
    // The name as typed, without a code in parentheses, and the code alone: each as the ledger
    // resolves it, and as written.
    var candidates = [typed, Self.withoutCode(typed)]
    if let open = typed.lastIndex(of: "("), typed.hasSuffix(")") {
      candidates.append(
        String(typed[typed.index(after: open)..<typed.index(before: typed.endIndex)]))
    }
    let isSelf =
      typed.lowercased() == account.username.rawValue.lowercased()
      || candidates.contains { candidate in
        let resolved = (try? names.match(candidate))??.name ?? candidate
        return VietnameseText.searchKey(Self.withoutCode(resolved)) == own
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

  /// A name without a trailing code in parentheses ("Lê Thị Hoa (HOA)" → "Lê Thị Hoa").
  static func withoutCode(_ text: String) -> String {
    guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return text }
    return text[..<open].trimmingCharacters(in: .whitespaces)
  }
}
