import Hummingbird
import HummingbirdAuth

/// `POST /api/session` signs in (200 with the CSRF token, and the session cookie; 401 on wrong
/// credentials; 429 when locked out); `DELETE /api/session` signs out.
struct SessionAPIController {
  let signIn: SignIn
  let lifetime: Duration

  func addRoutes(to group: RouterGroup<WebContext>) {
    group.post { request, context in
      let body = try await APIResponse.body(
        Credentials.self, from: request, members: Credentials.members,
        required: Credentials.members)
      let account = try await signIn.check(
        username: body.username, password: body.password, address: context.peerAddress)
      let session = WebSession(
        username: account.username.rawValue, csrfToken: CSRFMiddleware.newToken())
      context.sessions.createSession(session, expiresIn: lifetime)
      return try APIResponse.json(Token(csrfToken: session.csrfToken))
    }
    group.delete { _, context in
      context.sessions.clearSession()
      return Response(status: .noContent)
    }
  }

  struct Credentials: Decodable {
    /// The members a sign-in body takes, all required (`Credentials` in openapi.yaml).
    static let members: Set<String> = ["username", "password"]

    var username: String
    var password: String
  }

  struct Token: Encodable {
    var csrfToken: String
  }
}
