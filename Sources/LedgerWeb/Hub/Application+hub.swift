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
  let pages = try await Pages.load(hub: true)
  let ledger = args.ledger
  let base = WebBase(
    args, pages: pages, label: "clearledger.hub-web",
    health: { try await communes.health() })
  let router = base.router
  let cache = CommuneBoardCache(source: communes)
  CommunePagesController(
    pages: pages, cache: cache, timeZone: ledger.timeZone, now: { ledger.clock.now() }
  ).addRoutes(to: router)
  let views = CommuneViewsController(
    pages: pages, cache: cache, timeZone: ledger.timeZone, now: { ledger.clock.now() })
  views.addRoutes(to: router)
  views.addEvaluationRoute(to: router)

  return base.application()
}
