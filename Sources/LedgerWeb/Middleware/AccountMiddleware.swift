import Hummingbird
import HummingbirdAuth
import LedgerCore
import LedgerStore

/// Turns the session's username into the signed-in identity, read from the ledger on every
/// request, so a disabled account or a changed role takes effect at once.
struct AccountMiddleware: RouterMiddleware {
  let ledger: Ledger

  func handle(
    _ request: Request, context: WebContext,
    next: (Request, WebContext) async throws -> Response
  ) async throws -> Response {
    var context = context
    if let session = context.sessions.session {
      if let name = AccountName(session.username), let account = try ledger.account(name),
        !account.disabled
      {
        context.identity = WebIdentity(account: account, task: nil)
      } else {
        context.sessions.clearSession()
      }
    }
    return try await next(request, context)
  }
}
