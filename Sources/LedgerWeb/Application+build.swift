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
  let pages = try await Pages.load()
  let ledger = args.ledger
  let boards = BoardCache(ledger: ledger)
  let base = WebBase(args, pages: pages, label: "clearledger.web")
  let router = base.router
  StatusAPIController(ledger: ledger, boards: boards).addRoutes(to: router.group("api"))
  TaskAPIController(ledger: ledger).addRoutes(to: router.group("api/tasks"))
  DashboardController(pages: pages, ledger: ledger, boards: boards).addRoutes(to: router)
  TaskPagesController(pages: pages, ledger: ledger, boards: boards).addRoutes(
    to: router.group("tasks"))
  AuditController(pages: pages, ledger: ledger).addRoutes(to: router)
  PlanUploadController(pages: pages, ledger: ledger, pending: PendingPlans())
    .addRoutes(to: router)
  EvaluationController(pages: pages, ledger: ledger).addRoutes(to: router)
  YearlyController(pages: pages, ledger: ledger).addRoutes(to: router)
  AccountabilityController(pages: pages, ledger: ledger, boards: boards).addRoutes(to: router)

  return base.application()
}
