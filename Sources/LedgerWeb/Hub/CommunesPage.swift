import Foundation
import LedgerCore

/// The first page across communes: each commune's tasks counted by bucket, drawn as bars, with
/// a link to its overdue tasks.
struct CommunesPage: PageModel {
  struct Row {
    var id: String
    var name: String
    /// Its tasks: "6 lines for 5 tasks" when one keeps a line for an earlier charge.
    var total: String
    var overdue: Int
    var late: Int
    var within: Int
    var onTime: Int
    var other: Int
    var overdueLink: String
    var tasksLink: String
    /// The commune's unit and head pages.
    var unitsLink: String
    var headsLink: String
    var evaluationLink: String
  }

  struct Option {
    var value: String
    var label: String
    var selected: Bool
  }

  var title: String
  var day: String
  var asOf: String
  var knownAt: String
  var rows: [Row]
  var chart: String
  var communes: [Option]
  var totalOverdue: Int
  var legend: [DashboardPage.Legend]
  var layout = Layout()

  init(_ boards: [CommuneBoard], filter: CommuneFilter, time: TimeQuery, language: Language) {
    title = language.pick(vi: "Các xã, phường", en: "Communes")
    asOf = time.asOfText
    knownAt = time.knownAtText
    let shown = boards.filter { filter.commune.isEmpty || $0.id == filter.commune }
    day = Self.heading(shown.isEmpty ? boards : shown, time: time, language: language)
    rows = shown.map { commune in
      let counts = commune.board.tasks.countByBucket()
      let link = { (bucket: String) in
        "/tasks?commune=\(TimeQuery.encode(commune.id))\(bucket)" + time.suffix
      }
      let named: [Bucket] = [.overdue, .completedLate, .inProgressWithinDeadline, .completedOnTime]
      return Row(
        id: commune.id, name: commune.name,
        total: LineCount(commune.board.tasks).text(language),
        overdue: counts[.overdue] ?? 0, late: counts[.completedLate] ?? 0,
        within: counts[.inProgressWithinDeadline] ?? 0, onTime: counts[.completedOnTime] ?? 0,
        other: counts.filter { !named.contains($0.key) }.values.reduce(0, +),
        overdueLink: link("&bucket=overdue"), tasksLink: link(""),
        unitsLink: ViewLinks.base(commune: commune.id) + "/units" + time.query,
        headsLink: ViewLinks.base(commune: commune.id) + "/heads" + time.query,
        evaluationLink: ViewLinks.base(commune: commune.id) + "/evaluation" + time.query)
    }
    totalOverdue = rows.map(\.overdue).reduce(0, +)
    chart = BarChart.svg(
      shown.map { Dashboard.Counts(label: $0.name, $0.board.tasks, on: $0.board.day) },
      caption: title, language: language)
    communes = boards.map {
      Option(value: $0.id, label: $0.name, selected: $0.id == filter.commune)
    }
    legend = Dashboard.Shade.allCases.map {
      DashboardPage.Legend(shade: $0.rawValue, label: $0.label(language))
    }
  }
}

extension CommunesPage {
  /// The day the communes shown are judged on, each on its own today when their zones are on
  /// different dates, and the moment asked: "01/12/2026, as known at …" (trial: the heading
  /// gave Vietnam's date for a UTC commune and hid the moment).
  static func heading(_ boards: [CommuneBoard], time: TimeQuery, language: Language) -> String {
    let days = boards.map(\.board.day).reduce(into: [LocalDate]()) { days, day in
      if !days.contains(day) { days.append(day) }
    }.sorted()
    var text = days.map(\.display).joined(separator: ", ")
    if days.count > 1 {
      text += language.pick(
        vi: " (mỗi xã theo ngày của mình)", en: " (each commune on its own today)")
    }
    if !time.knownAtText.isEmpty {
      text += language.pick(
        vi: ", theo những gì sổ biết lúc \(time.knownAtText)",
        en: ", as known at \(time.knownAtText)")
    }
    return text
  }
}

/// The tasks across communes, filtered by commune and bucket, a hundred a page, the commune
/// first on each row.
struct CommuneTasksPage: PageModel {
  struct Row {
    var commune: String
    var task: TaskRow
  }

  var title: String
  /// How many: "6 lines for 5 tasks" when one keeps a line for an earlier charge.
  var count: String
  var rows: [Row]
  var communes: [CommunesPage.Option]
  var buckets: [CommunesPage.Option]
  var asOf: String
  var knownAt: String
  var pageLabel: String?
  var previous: String?
  var next: String?
  var layout = Layout()

  init(_ boards: [CommuneBoard], filter: CommuneFilter, time: TimeQuery, language: Language) throws
  {
    title = language.pick(vi: "Nhiệm vụ các xã, phường", en: "Tasks of the communes")
    let all = filter.rows(boards)
    count = LineCount(all.map(\.1), sources: all.map(\.0.id)).text(language)
    let paging = try ListPage(count: all.count, page: filter.page, language: language) {
      filter.link(page: $0, time: time)
    }
    rows = all[paging.range].map { commune, view in
      Row(
        commune: commune.name,
        task: TaskRow(
          view, day: commune.board.day, language: language, timeSuffix: time.suffix,
          commune: commune.id))
    }
    pageLabel = paging.label
    previous = paging.previous
    next = paging.next
    communes = boards.map {
      CommunesPage.Option(value: $0.id, label: $0.name, selected: $0.id == filter.commune)
    }
    buckets = Bucket.allCases.map {
      CommunesPage.Option(
        value: $0.rawValue, label: $0.label(language), selected: $0.rawValue == filter.bucket)
    }
    asOf = time.asOfText
    knownAt = time.knownAtText
  }
}
