import Foundation
import HTTPTypes
import Hummingbird

/// Refuses every write (POST, PUT, PATCH, DELETE) that does not carry the session's CSRF
/// token, in the `X-CSRF-Token` header, the `csrf_token` form field or query item.
///
/// Signing in is the one write made before a session exists; it is exempt.
struct CSRFMiddleware: RouterMiddleware {
  static let header = HTTPField.Name("X-CSRF-Token")!
  static let field = "csrf_token"
  static let exempt: Set<String> = ["/api/session", "/signin"]

  func handle(
    _ request: Request, context: WebContext,
    next: (Request, WebContext) async throws -> Response
  ) async throws -> Response {
    guard ![.get, .head, .options].contains(request.method) else {
      return try await next(request, context)
    }
    if request.method == .post && Self.exempt.contains(request.uri.path) {
      return try await next(request, context)
    }
    guard let session = context.sessions.session, context.identity != nil else {
      throw WebFailure.signInRequired
    }
    var request = request
    // In a header or the body, never the address: a token in a URL is kept in logs, history
    // and the Referer of the next page (trial: accepted in the query string).
    var offered = request.headers[Self.header]
    if offered == nil,
      request.headers[.contentType]?.hasPrefix("application/x-www-form-urlencoded") == true
    {
      let body = try await request.collectBody(upTo: 1 << 20)
      offered = FormFields(String(buffer: body))[Self.field]
    }
    if offered == nil, let type = request.headers[.contentType],
      type.lowercased().hasPrefix("multipart/form-data")
    {
      let body = try await request.collectBody(upTo: MultipartForm.limit)
      offered = MultipartForm(contentType: type, body: Data(buffer: body))?.text(Self.field)
    }
    guard let offered, Self.equal(offered, session.csrfToken) else {
      throw WebFailure.badCSRFToken
    }
    return try await next(request, context)
  }

  /// Compares in time independent of where the texts differ.
  static func equal(_ a: String, _ b: String) -> Bool {
    let x = Array(a.utf8)
    let y = Array(b.utf8)
    guard x.count == y.count else { return false }
    return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
  }

  /// A new random token: 32 bytes, URL-safe Base64.
  static func newToken() -> String {
    var generator = SystemRandomNumberGenerator()
    let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
    return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
      .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
  }
}
