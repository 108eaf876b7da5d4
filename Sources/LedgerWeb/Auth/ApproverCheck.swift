import LedgerCore
import LedgerStore

/// Refuses a clerk or head naming themselves as the leader who decided an extension or asked
/// for an explanation: they record a leader's decision, never approve their own (trial: a clerk
/// approved her own extensions, by name and by staff code).
enum ApproverCheck {
  /// Throws `approver_is_self` when `command` names the account's own person as its approver
  /// and the account is not a leader's.
  static func check(_ command: LedgerCommand, by account: AccountState, in ledger: Ledger) throws {
    guard account.role != .leader else { return }
    let named: String
    switch command {
    case .extendDeadline(_, _, _, let approvedBy): named = approvedBy
    case .requestExplanation(_, let request): named = request.by
    default: return
    }
    let resolved = (try? ledger.personNames().match(named))??.name ?? named
    guard VietnameseText.searchKey(resolved) == VietnameseText.searchKey(account.person) else {
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
}
