import Hummingbird
import LedgerCore

/// Chooses the page language: `?lang=en` or `?lang=vi` switches and is remembered in a cookie;
/// otherwise the cookie, otherwise Vietnamese.
struct LanguageMiddleware: RouterMiddleware {
  static let cookieName = "clearledger_lang"

  func handle(
    _ request: Request, context: WebContext,
    next: (Request, WebContext) async throws -> Response
  ) async throws -> Response {
    var context = context
    let asked = request.uri.queryParameters["lang"].flatMap { Language(rawValue: String($0)) }
    let remembered = request.cookies[Self.cookieName].flatMap { Language(rawValue: $0.value) }
    context.language = asked ?? remembered ?? .vi
    var response = try await next(request, context)
    if let asked, asked != remembered {
      response.setCookie(
        Cookie(
          name: Self.cookieName, value: asked.rawValue, maxAge: 365 * 24 * 3600, path: "/",
          httpOnly: true, sameSite: .strict))
    }
    return response
  }
}
