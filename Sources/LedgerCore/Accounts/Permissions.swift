/// Who may do what through the web: the commune's rules of office, in one table.
///
/// - A clerk records anything (approvals name the approving leader in the event).
/// - A head records starts, reports, completions, acknowledgements and explanations on the
///   tasks their unit leads.
/// - A leader records the same on every task, and approves extensions, reassignments,
///   cancellations, corrections and amendments, and asks for explanations.
/// - An inspector reads everything, the audit and the evaluation included, and records nothing.
/// - The evaluation of heads (scores of people) is read by leaders and inspectors only.
/// - An admin manages accounts and reads; records nothing on tasks.
/// A disabled account may do nothing.
public enum Permissions {
  /// Whether `account` may take `action`; `leadUnit` is the lead unit of the task acted on,
  /// when the action concerns one task.
  public static func allows(_ account: AccountState, _ action: WebAction, leadUnit: UnitCode?)
    -> Bool
  {
    guard !account.disabled else { return false }
    switch action {
    case .read: return true
    case .audit: return [.inspector, .leader, .admin].contains(account.role)
    case .evaluate: return [.inspector, .leader].contains(account.role)
    case .manageAccounts: return account.role == .admin
    case .start, .report, .complete, .acknowledge, .explain:
      switch account.role {
      case .clerk, .leader: return true
      case .head: return leadUnit != nil && leadUnit == account.unit
      case .inspector, .admin: return false
      }
    case .pause, .resume, .extend, .reassign, .cancel, .correct, .assign, .requestExplanation,
      .amend:
      return [.clerk, .leader].contains(account.role)
    }
  }
}
