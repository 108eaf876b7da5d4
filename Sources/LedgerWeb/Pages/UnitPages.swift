import LedgerCore

/// `/units`: every unit with the tasks it leads and supports, counted by bucket (what
/// `unit view` shows for every unit).
struct UnitsPage: PageModel {
  struct Row {
    var code: String
    var name: String
    var link: String
    var led: BucketSummary
    var supported: BucketSummary
  }

  var title: String
  var day: String
  var rows: [Row]
  var asOf: String
  var knownAt: String
  /// The commune's name across communes (`serve --hub`); nil in a commune's own app.
  var communeName: String?
  var layout = Layout()

  /// The page of `views`; `commune` (id and name) across communes.
  init(
    _ views: [UnitView], board: AccountabilityBoard, time: TimeQuery, language: Language,
    commune: CommuneName? = nil
  ) {
    title = language.pick(vi: "Đơn vị", en: "Units")
    day = board.day.display
    communeName = commune?.name
    let base = ViewLinks.base(commune: commune?.id)
    rows = views.map { view in
      Row(
        code: view.unit.code.rawValue, name: view.unit.name,
        link: ViewLinks.unit(view.unit.code, query: time.query, base: base),
        led: BucketSummary(view.led, language: language),
        supported: BucketSummary(view.supported, language: language))
    }
    asOf = time.asOfText
    knownAt = time.knownAtText
  }
}

/// `/units/{code}`: one unit's view (what `unit view UNIT` shows): the tasks it leads,
/// including those whose blame stayed with it, and the tasks it supports.
struct UnitPage: PageModel {
  var title: String
  var day: String
  var code: String
  var name: String
  var head: String
  var headLink: String?
  var led: BucketSummary
  var supported: BucketSummary
  var ledRows: [TaskRow]
  var supportedRows: [TaskRow]
  var asOf: String
  var knownAt: String
  /// The commune's name across communes (`serve --hub`); nil in a commune's own app.
  var communeName: String?
  var layout = Layout()

  /// The page of one unit's view; `commune` (id and name) across communes.
  init(
    _ view: UnitView, board: AccountabilityBoard, time: TimeQuery, language: Language,
    commune: CommuneName? = nil
  ) {
    title = "\(view.unit.name) (\(view.unit.code))" + (commune.map { " · \($0.name)" } ?? "")
    day = board.day.display
    code = view.unit.code.rawValue
    name = view.unit.name
    communeName = commune?.name
    let base = ViewLinks.base(commune: commune?.id)
    let sitting = view.unit.head(on: board.day)
    head = sitting.map { "\($0.person) – \($0.roleShown(language))" } ?? ""
    headLink = sitting.map {
      ViewLinks.head(code: $0.code, name: $0.person, query: time.query, base: base)
    }
    led = BucketSummary(view.led, language: language)
    supported = BucketSummary(view.supported, language: language)
    let row = { (task: TaskView) in
      TaskRow(
        task, day: board.day, language: language, timeSuffix: time.suffix, commune: commune?.id)
    }
    ledRows = view.led.map(row)
    supportedRows = view.supported.map(row)
    asOf = time.asOfText
    knownAt = time.knownAtText
  }
}
