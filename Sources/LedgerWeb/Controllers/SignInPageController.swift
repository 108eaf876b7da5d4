import Hummingbird
import HummingbirdAuth
import LedgerCore

/// The sign-in page (`GET /signin`, `POST /signin`) and signing out (`POST /signout`).
struct SignInPageController {
  let pages: Pages
  let signIn: SignIn
  let lifetime: Duration

  func addRoutes(to router: Router<WebContext>) {
    router.get("/signin") { request, context in
      try pages.html(
        "signin",
        SignInPage(
          language: context.language, next: Self.safeNext(request.uri.queryParameters["next"]),
          failure: nil), context: context)
    }
    router.post("/signin") { request, context in
      var request = request
      let form = FormFields(String(buffer: try await request.collectBody(upTo: 1 << 16)))
      let next = Self.safeNext(form["next"].map { Substring($0) })
      do {
        let account = try await signIn.check(
          username: form["username"] ?? "", password: form["password"] ?? "",
          address: context.peerAddress)
        context.sessions.createSession(
          WebSession(username: account.username.rawValue, csrfToken: CSRFMiddleware.newToken()),
          expiresIn: lifetime)
        return Response.redirect(to: next, type: .normal)
      } catch let failure as WebFailure {
        var response = try pages.html(
          "signin",
          SignInPage(
            language: context.language, next: next, failure: failure.message(context.language),
            username: form["username"] ?? ""),
          context: context)
        response.status = failure.status
        return response
      }
    }
    router.post("/signout") { _, context in
      context.sessions.clearSession()
      return Response.redirect(to: "/signin", type: .normal)
    }
  }

  /// A local path to go to after signing in (never another site).
  static func safeNext(_ text: Substring?) -> String {
    // A path on this server only: browsers read `/\\host` as `//host` (trial: the sign-in sent
    // its user to another site), so a backslash, a second slash at the start or any character
    // outside a URL's path and query is refused.
    let allowed = Set(
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/?=&%+:,@;")
    guard let text, text.hasPrefix("/"), !text.hasPrefix("//"), text.allSatisfy(allowed.contains)
    else { return "/" }
    return String(text)
  }
}

/// The sign-in form.
struct SignInPage: PageModel {
  var title: String
  var next: String
  var failure: String?
  /// The username typed, kept after a failed attempt (trial: it was cleared); never the
  /// password.
  var username: String
  var layout = Layout()

  init(language: Language, next: String, failure: String?, username: String = "") {
    title = language.pick(vi: "Đăng nhập", en: "Sign in")
    self.next = next
    self.failure = failure
    self.username = String(username.prefix(64))
  }
}
