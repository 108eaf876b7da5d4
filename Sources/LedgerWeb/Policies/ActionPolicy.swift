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
    Permissions.allows(identity.account, action, leadUnit: identity.task?.leadUnit)
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
