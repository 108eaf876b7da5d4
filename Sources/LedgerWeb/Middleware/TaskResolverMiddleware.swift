import Hummingbird
import LedgerCore
import LedgerStore

/// On a task's routes, reads the task named by `:id` once and puts it in the identity, so
/// policies judge it without reading again.
struct TaskResolverMiddleware: RouterMiddleware {
  let ledger: Ledger

  func handle(
    _ request: Request, context: WebContext,
    next: (Request, WebContext) async throws -> Response
  ) async throws -> Response {
    let text = context.parameters.get("id") ?? ""
    guard let id = try ledger.taskID(typed: text), let task = try ledger.task(id) else {
      throw LedgerError.unknownTask(text)
    }
    var context = context
    context.identity?.task = task
    return try await next(request, context)
  }
}
