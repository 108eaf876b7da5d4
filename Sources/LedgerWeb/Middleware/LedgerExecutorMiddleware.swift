import Hummingbird

/// Runs everything after it (the other middleware and the route) on the `LedgerExecutor`, so
/// that ledger reads and writes, which block their thread, never block the cooperative pool.
struct LedgerExecutorMiddleware: RouterMiddleware {
  func handle(
    _ request: Request, context: WebContext,
    next: (Request, WebContext) async throws -> Response
  ) async throws -> Response {
    try await withTaskExecutorPreference(LedgerExecutor.shared) {
      try await next(request, context)
    }
  }
}
