import Foundation
import Hummingbird
import LedgerCore
import LedgerHub
import LedgerJSON

/// The pages across communes (`serve --hub`), read-only: the hub records nothing.
///
/// `/` shows the communes by bucket, `/tasks` their tasks (filtered by commune and bucket),
/// `/api/status` the same list as `hub status --json`; every page takes `as_of` and `known_at`
/// in the URL; a parameter they do not take is refused (400), never ignored.
struct CommunePagesController {
  let pages: Pages
  let cache: CommuneBoardCache
  let timeZone: TimeZone
  /// The clock's now: each commune's today is read from it in its own zone.
  let now: @Sendable () -> Date

  /// The query parameters the pages take (`lang` switches the language), and the API.
  static let pageParameters: Set<String> = [
    "as_of", "known_at", "commune", "bucket", "page", "lang",
  ]
  static let apiParameters: Set<String> = ["as_of", "known_at", "commune", "bucket"]

  func addRoutes(to router: Router<WebContext>) {
    let group = router.group().allowing(.read)
    group.get("/") { request, context in
      try QueryCheck.refuseUnknown(request, accepted: Self.pageParameters)
      let (time, filter, boards) = try await asked(request)
      return try pages.html(
        "communes",
        CommunesPage(boards, filter: filter, time: time, language: context.language),
        context: context)
    }
    group.get("tasks") { request, context in
      try QueryCheck.refuseUnknown(request, accepted: Self.pageParameters)
      let (time, filter, boards) = try await asked(request)
      return try pages.html(
        "communetasks",
        try CommuneTasksPage(boards, filter: filter, time: time, language: context.language),
        context: context)
    }
    group.get("api/status") { request, _ in
      try QueryCheck.refuseUnknown(request, accepted: Self.apiParameters)
      let (_, filter, boards) = try await asked(request)
      let rows = filter.rows(boards).map { SourcedJSON(source: $0.0.id, row: TaskJSON($0.1)) }
      return try APIResponse.json(rows)
    }
  }

  /// The question a page's URL asks (the time and the filters) and every commune's board
  /// answering it; a commune or bucket that is none is refused.
  private func asked(_ request: Request) async throws
    -> (TimeQuery, CommuneFilter, [CommuneBoard])
  {
    let time = try TimeQuery(request, timeZone: timeZone)
    let filter = try CommuneFilter(request)
    let boards = try await cache.boards(time: time, now: now())
    try filter.check(boards)
    return (time, filter, boards)
  }
}

/// The filters of the pages across communes, from the URL: a commune and a bucket.
struct CommuneFilter {
  var commune: String
  var bucket: String
  var page: Int

  init(_ request: Request) throws {
    let query = request.uri.queryParameters
    func value(_ name: String) -> String {
      query[Substring(name)].map { String($0).trimmingCharacters(in: .whitespaces) } ?? ""
    }
    // A source's id is lower-case: read without regard to case, as `hub` commands read it.
    commune = value("commune").lowercased()
    bucket = value("bucket")
    page = try TaskFilter.page(value("page"))
  }

  /// Refuses a commune the hub does not hold (404) and a bucket that is not one (400), as
  /// `hub status` refuses them: an empty list would read as "no tasks".
  func check(_ boards: [CommuneBoard]) throws {
    if !commune.isEmpty, !boards.contains(where: { $0.id == commune }) {
      throw WebFailure.notFound(Hub.unknown(commune, among: boards.map { ($0.id, $0.name) }))
    }
    try QueryCheck.refuseUnknownBucket(bucket)
  }

  /// The tasks that pass, each with its commune, communes in the hub's order.
  func rows(_ boards: [CommuneBoard]) -> [(CommuneBoard, TaskView)] {
    boards.filter { commune.isEmpty || $0.id == commune }.flatMap { board in
      board.board.tasks.filter { bucket.isEmpty || $0.bucket.rawValue == bucket }.map {
        (board, $0)
      }
    }
  }

  /// The task list's link for page `page` of the same filters.
  func link(page: Int, time: TimeQuery) -> String {
    var fields: [String] = []
    if !commune.isEmpty { fields.append("commune=\(TimeQuery.encode(commune))") }
    if !bucket.isEmpty { fields.append("bucket=\(bucket)") }
    return "/tasks?" + (fields + ["page=\(page)"]).joined(separator: "&") + time.suffix
  }
}
