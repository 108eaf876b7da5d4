import Hummingbird
import HummingbirdAuth
import LedgerCore

/// Allows a request when the signed-in account may take one action, as `Permissions` rules;
/// on a task's routes the task's lead unit is taken into account.
struct ActionPolicy: AuthorizationPolicy {
  let action: WebAction

  init(_ action: WebAction) {
    self.action = action
  }

  func isAuthorized(identity: WebIdentity, request: Request) async throws -> Bool {
    let account = identity.account
    let unit = Self.unit(for: action, identity.task)
    if Permissions.allows(account, action, leadUnit: unit) { return true }
    // A head whose role may take the action, on another unit's task: said as such, not as
    // the role's lack of the right.
    if account.role == .head, let own = account.unit, let unit, let task = identity.task,
      Permissions.allows(account, action, leadUnit: own)
    {
      throw WebFailure.otherUnitsTask(action, task: task.id, unit: unit, own: own)
    }
    return false
  }

  /// The unit whose head may act on a task: for an explanation, the unit the waiting request
  /// asked (an earlier lead after a hand-over); otherwise the lead unit.
  static func unit(for action: WebAction, _ task: TaskState?) -> UnitCode? {
    if action == .explain,
      let asked = task?.record.explanations.last(where: { $0.answeredOn == nil })
    {
      return asked.unit
    }
    return task?.leadUnit
  }
}

extension RouterGroup where Context == WebContext {
  /// This group, allowed only to accounts that may take `action` (a 403 otherwise, 401 when
  /// nobody is signed in).
  func allowing(_ action: WebAction) -> RouterGroup<Context> {
    group().add(
      middleware: AuthorizationPolicyMiddleware(
        ActionPolicy(action), deniedError: WebFailure.forbidden(action)))
  }
}
