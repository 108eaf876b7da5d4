import Hummingbird
import LedgerCore
import LedgerJSON
import LedgerStore

/// `GET /api/status?as_of&known_at&unit`: the `status --json` list; `GET /api/accounts`: the
/// `account list --json` list (admins).
struct StatusAPIController {
  let ledger: Ledger
  let boards: BoardCache

  func addRoutes(to group: RouterGroup<WebContext>) {
    group.allowing(.read).get("status") { request, _ in
      let time = try TimeQuery(request, timeZone: ledger.timeZone)
      var tasks = try await boards.board(time).tasks
      if let unitText = request.uri.queryParameters["unit"].map(String.init), !unitText.isEmpty {
        guard let unit = try ledger.unit(named: unitText) else {
          throw LedgerError.unknownUnit(unitText)
        }
        tasks = tasks.filter {
          $0.lead == unit.code || ($0.isCurrent && $0.task.supportingUnits.contains(unit.code))
        }
      }
      return try APIResponse.json(tasks.map(TaskJSON.init))
    }
    group.allowing(.manageAccounts).get("accounts") { _, _ in
      try APIResponse.json(try ledger.accounts().map(AccountJSON.init))
    }
  }
}
