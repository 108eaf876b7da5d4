import Hummingbird
import LedgerCore
import LedgerJSON
import LedgerStore

/// `GET /api/status?as_of&known_at&unit&bucket`: the `status --json` list; `GET /api/accounts`:
/// the `account list --json` list (admins).
///
/// A parameter it does not take, or a bucket that is none, is refused (400), never ignored: a
/// list that silently left a filter out would read as an answer to it.
struct StatusAPIController {
  let ledger: Ledger
  let boards: BoardCache

  /// The query parameters `/api/status` takes.
  static let parameters: Set<String> = ["as_of", "known_at", "unit", "bucket"]

  func addRoutes(to group: RouterGroup<WebContext>) {
    group.allowing(.read).get("status") { request, _ in
      try QueryCheck.refuseUnknown(request, accepted: Self.parameters)
      let query = request.uri.queryParameters
      let bucketText = query["bucket"].map(String.init) ?? ""
      try QueryCheck.refuseUnknownBucket(bucketText)
      let bucket = Bucket(rawValue: bucketText)
      let time = try TimeQuery(request, timeZone: ledger.timeZone)
      var tasks = try await boards.board(time).tasks
      if let bucket { tasks = tasks.filter { $0.bucket == bucket } }
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
