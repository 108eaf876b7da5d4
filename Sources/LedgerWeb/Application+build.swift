import Hummingbird
import HummingbirdAuth
import LedgerStore
import Logging

/// Builds the web app over a ledger: middleware in one block, one controller per resource.
///
/// The app only translates HTTP to the commands the CLI records and renders the views the CLI
/// shows; every rule is the ledger's (`Decider`) or the permission table's (`Permissions`).
public func buildApplication<Arguments: WebArguments>(_ args: Arguments) async throws
  -> some ApplicationProtocol
{
  let logger = {
    var logger = Logger(label: "clearledger.web")
    logger.logLevel = .info
    return logger
  }()
  let pages = try await Pages.load()
  let ledger = args.ledger
  let boards = BoardCache(ledger: ledger)
  let start = args.sessionClock.now
  let clock = args.sessionClock
  let elapsed: @Sendable () -> Duration = { start.duration(to: clock.now) }
  let signIn = SignIn(
    ledger: ledger, throttle: SignInThrottle(elapsed: elapsed), failedDelay: args.failedSignInDelay)
  let sessions = MemoryPersistDriver(args.sessionClock)

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

  HealthController(ledger: ledger).addRoutes(to: router)
  SessionAPIController(signIn: signIn, lifetime: args.sessionLifetime)
    .addRoutes(to: router.group("api/session"))
  StatusAPIController(ledger: ledger, boards: boards).addRoutes(to: router.group("api"))
  TaskAPIController(ledger: ledger).addRoutes(to: router.group("api/tasks"))
  StaticController(pages: pages).addRoutes(to: router)
  SignInPageController(pages: pages, signIn: signIn, lifetime: args.sessionLifetime)
    .addRoutes(to: router)
  DashboardController(pages: pages, ledger: ledger, boards: boards).addRoutes(to: router)
  TaskPagesController(pages: pages, ledger: ledger, boards: boards).addRoutes(
    to: router.group("tasks"))
  AuditController(pages: pages, ledger: ledger).addRoutes(to: router)
  PlanUploadController(pages: pages, ledger: ledger, pending: PendingPlans())
    .addRoutes(to: router)
  EvaluationController(pages: pages, ledger: ledger).addRoutes(to: router)
  YearlyController(pages: pages, ledger: ledger).addRoutes(to: router)
  AccountabilityController(pages: pages, ledger: ledger, boards: boards).addRoutes(to: router)

  var app = Application(
    router: router,
    configuration: .init(
      address: .hostname(args.hostname, port: args.port), serverName: "clearledger"),
    logger: logger)
  app.addServices(sessions)
  return app
}
