import Hummingbird
import LedgerCore
import LedgerJSON
import LedgerStore

/// `GET /api/status?as_of&known_at&unit&bucket&person&text`: the `status --json` list;
/// `GET /api/accounts`:
/// the `account list --json` list (admins).
///
/// A parameter it does not take, or a bucket that is none, is refused (400), never ignored: a
/// list that silently left a filter out would read as an answer to it.
struct StatusAPIController {
  let ledger: Ledger
  let boards: BoardCache

  /// The query parameters `/api/status` takes.
  static let parameters: Set<String> = ["as_of", "known_at", "unit", "bucket", "person", "text"]

  func addRoutes(to group: RouterGroup<WebContext>) {
    group.allowing(.read).get("status") { request, _ in
      try QueryCheck.refuseUnknown(request, accepted: Self.parameters)
      let query = request.uri.queryParameters
      let bucketText = query["bucket"].map(String.init) ?? ""
      try QueryCheck.refuseUnknownBucket(bucketText)
      let bucket = Bucket(rawValue: bucketText)
      let time = try TimeQuery(request, timeZone: ledger.timeZone)
      let board = try await boards.board(time)
      var tasks = board.tasks
      if let bucket { tasks = tasks.filter { $0.bucket == bucket } }
      // A person's tasks and words, as `status --person --text` and `/tasks` read them (trial:
      // a client could not ask for "my tasks").
      func value(_ name: String) -> String? {
        query[Substring(name)].map { String($0).trimmingCharacters(in: .whitespaces) }
          .flatMap { $0.isEmpty ? nil : $0 }
      }
      var person = value("person")
      if let typed = person, let found = try? ledger.personNames().match(typed) {
        person = found.name
      }
      let text = value("text")
      if person != nil || text != nil {
        let filter = LedgerCore.TaskFilter(
          person: person,
          performers: person == nil
            ? [:] : try ledger.performersByTask(asOf: board.day, knownAt: time.knownAt),
          text: text)
        tasks = tasks.filter(filter.includes)
      }
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
