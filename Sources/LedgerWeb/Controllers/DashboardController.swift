import Hummingbird
import LedgerCore
import LedgerStore

/// `GET /`: counts by bucket for the whole plan, per unit and per head, as server-drawn bars,
/// and the tasks due within a week; `as_of` and `known_at` in the URL.
struct DashboardController {
  let pages: Pages
  let ledger: Ledger
  let boards: BoardCache

  func addRoutes(to router: Router<WebContext>) {
    router.group().allowing(.read).get("/") { request, context in
      let time = try TimeQuery(request, timeZone: ledger.timeZone)
      let language = context.language
      return try await boards.html(
        "dashboard|\(language)", template: "dashboard", time, context: context, pages: pages
      ) { judged in
        DashboardPage(judged.board, dashboard: judged.tally, time: time, language: language)
      }
    }
  }
}

/// The dashboard's model.
struct DashboardPage: PageModel, Equatable {
  struct Legend: Equatable {
    var shade: String
    var label: String
  }

  /// One bucket's count, linked to the task list of that bucket.
  struct BucketLink: Equatable {
    var label: String
    var count: Int
    var link: String
  }

  var title: String
  var day: String
  var asOf: String
  var knownAt: String
  /// The time question as a query string, for links to the other views.
  var query: String
  /// How many tasks: "6 lines for 5 tasks" when one keeps a line for an earlier charge.
  var total: String
  var wholeChart: String
  var unitChart: String
  var headChart: String
  var dueSoon: [TaskRow]
  var hasDueSoon: Bool
  /// The lines overdue now, apart from those completed late that share their colour (trial:
  /// "2 overdue / completed late" read as work overdue when none was).
  var overdue: [TaskRow]
  var hasOverdue: Bool
  /// Every bucket with lines, counted and linked to its list.
  var buckets: [BucketLink]
  var legend: [Legend]
  var layout = Layout()

  init(
    _ board: AccountabilityBoard, dashboard tally: DashboardTally, time: TimeQuery,
    language: Language
  ) {
    let dashboard = Dashboard(tally, language: language)
    title = language.pick(vi: "Tổng quan", en: "Dashboard")
    day = board.day.display
    asOf = time.asOfText
    knownAt = time.knownAtText
    query = time.query
    total = LineCount(board.tasks).text(language)
    wholeChart = BarChart.svg(
      [dashboard.whole], caption: language.pick(vi: "Toàn bộ kế hoạch", en: "Whole plan"),
      language: language)
    unitChart = BarChart.svg(
      dashboard.units, caption: language.pick(vi: "Theo đơn vị", en: "By unit"), language: language)
    headChart = BarChart.svg(
      dashboard.heads, caption: language.pick(vi: "Theo người đứng đầu", en: "By head"),
      language: language)
    dueSoon = dashboard.dueSoon.map {
      TaskRow($0, day: board.day, language: language, timeSuffix: time.suffix)
    }
    hasDueSoon = !dueSoon.isEmpty
    overdue = board.tasks.filter { $0.bucket == .overdue }.map {
      TaskRow($0, day: board.day, language: language, timeSuffix: time.suffix)
    }
    hasOverdue = !overdue.isEmpty
    let counts = board.tasks.countByBucket()
    buckets = Bucket.allCases.compactMap { bucket in
      counts[bucket].map {
        BucketLink(
          label: bucket.label(language), count: $0,
          link: "/tasks?bucket=\(bucket.rawValue)\(time.suffix)")
      }
    }
    legend = Dashboard.Shade.allCases.map { Legend(shade: $0.rawValue, label: $0.label(language)) }
  }
}
