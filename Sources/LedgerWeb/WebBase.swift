import Hummingbird
import HummingbirdAuth
import LedgerStore
import Logging

/// What every ClearLedger web app shares, whatever it serves: the middleware (request log,
/// language, time links, sessions, errors, the signed-in account, CSRF), `/healthz`, sign-in
/// by page and by API, and the style sheet.
///
/// The commune's app (`buildApplication`) and the hub's (`buildHubApplication`) add their own
/// controllers to `router`, then make the application with `application()`.
struct WebBase<Arguments: WebArguments> {
  let args: Arguments
  let logger: Logger
  let router: Router<WebContext>
  let sessions: MemoryPersistDriver<Arguments.SessionClock>

  /// The parts every app shares; `health` is what else `/healthz` asks (the hub, across
  /// communes).
  init(
    _ args: Arguments, pages: Pages, label: String,
    health: (@Sendable () async throws -> HubHealth)? = nil
  ) {
    self.args = args
    var logger = Logger(label: label)
    logger.logLevel = .info
    self.logger = logger
    let ledger = args.ledger
    let start = args.sessionClock.now
    let clock = args.sessionClock
    let elapsed: @Sendable () -> Duration = { start.duration(to: clock.now) }
    let signIn = SignIn(
      ledger: ledger, throttle: SignInThrottle(elapsed: elapsed),
      failedDelay: args.failedSignInDelay)
    let sessions = MemoryPersistDriver(args.sessionClock)
    self.sessions = sessions

    let router = Router(context: WebContext.self)
    router.addMiddleware {
      LedgerExecutorMiddleware()
      RequestLogMiddleware(logger: logger)
      LanguageMiddleware()
      TimeLinksMiddleware()
      SessionMiddleware(
        storage: sessions,
        configuration: .init(
          sessionCookieParameters: .init(
            name: "clearledger_session", secure: args.secureCookies, sameSite: .strict),
          defaultSessionExpiration: args.sessionLifetime))
      ErrorMiddleware(pages: pages)
      AccountMiddleware(ledger: ledger)
      CSRFMiddleware()
    }
    HealthController(ledger: ledger, check: health).addRoutes(to: router)
    SessionAPIController(signIn: signIn, lifetime: args.sessionLifetime)
      .addRoutes(to: router.group("api/session"))
    StaticController(pages: pages).addRoutes(to: router)
    SignInPageController(pages: pages, signIn: signIn, lifetime: args.sessionLifetime)
      .addRoutes(to: router)
    self.router = router
  }

  /// The application serving `router` where the arguments say, with the session store running.
  func application() -> some ApplicationProtocol {
    var app = Application(
      router: router,
      configuration: .init(
        address: .hostname(args.hostname, port: args.port), serverName: "clearledger"),
      logger: logger)
    app.addServices(sessions)
    return app
  }
}
