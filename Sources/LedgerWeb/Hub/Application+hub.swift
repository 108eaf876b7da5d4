import Foundation
import Hummingbird
import HummingbirdAuth
import LedgerCore
import LedgerStore
import Logging

/// Builds the web app of a body above many communes (`serve --hub`): the pages across
/// communes, read from `communes`, behind the same sign-in as a commune's app.
///
/// The accounts are the body's own, kept in its ledger (`args.ledger`, where `account add`
/// opens them); the hub itself records nothing, so every page is a read (`Permissions`: every
/// open account reads).
public func buildHubApplication<Arguments: WebArguments>(
  _ args: Arguments, communes: any CommuneBoardSource
) async throws -> some ApplicationProtocol {
  let logger = {
    var logger = Logger(label: "clearledger.hub-web")
    logger.logLevel = .info
    return logger
  }()
  let pages = try await Pages.load(hub: true)
  let ledger = args.ledger
  let start = args.sessionClock.now
  let clock = args.sessionClock
  let elapsed: @Sendable () -> Duration = { start.duration(to: clock.now) }
  let signIn = SignIn(
    ledger: ledger, throttle: SignInThrottle(elapsed: elapsed), failedDelay: args.failedSignInDelay)
  let sessions = MemoryPersistDriver(args.sessionClock)

  let router = Router(context: WebContext.self)
  router.addMiddleware {
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
  StaticController(pages: pages).addRoutes(to: router)
  SignInPageController(pages: pages, signIn: signIn, lifetime: args.sessionLifetime)
    .addRoutes(to: router)
  CommunePagesController(
    pages: pages, cache: CommuneBoardCache(source: communes), timeZone: ledger.timeZone,
    today: { ledger.today() }
  ).addRoutes(to: router)

  var app = Application(
    router: router,
    configuration: .init(
      address: .hostname(args.hostname, port: args.port), serverName: "clearledger"),
    logger: logger)
  app.addServices(sessions)
  return app
}
