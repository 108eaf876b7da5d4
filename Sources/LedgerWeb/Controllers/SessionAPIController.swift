import Hummingbird
import HummingbirdAuth
import LedgerJSON

/// `POST /api/session` signs in (200 with the CSRF token, and the session cookie; 401 on wrong
/// credentials; 429 when locked out); `GET /api/session` says who is signed in, in which role
/// and unit; `DELETE /api/session` signs out.
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
    // Who a client acts as (trial: a client could not learn its role or unit).
    group.get { _, context in
      guard let account = context.identity?.account else { throw WebFailure.signInRequired }
      return try APIResponse.json(
        Signed(
          username: account.username.rawValue, person: account.person,
          role: account.role.rawValue, unit: account.unit?.rawValue))
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

  /// The signed-in account, as `account list --json` names it.
  struct Signed: Encodable {
    var username: String
    var person: String
    var role: String
    @ExplicitNull var unit: String?
  }
}
