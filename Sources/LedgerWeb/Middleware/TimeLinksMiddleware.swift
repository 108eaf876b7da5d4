import Hummingbird

/// Keeps the time question of the page asked (`as_of`, `known_at`) for the navigation's links,
/// so that moving between views while looking at the past stays in the past.
struct TimeLinksMiddleware: RouterMiddleware {
  func handle(
    _ request: Request, context: WebContext,
    next: (Request, WebContext) async throws -> Response
  ) async throws -> Response {
    var context = context
    let query = request.uri.queryParameters
    context.timeSuffix = ["as_of", "known_at"].compactMap { name in
      guard let value = query[Substring(name)], !value.isEmpty else { return nil }
      return "&\(name)=\(TimeQuery.encode(String(value)))"
    }.joined()
    return try await next(request, context)
  }
}
