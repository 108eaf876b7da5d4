import LedgerCore

/// `/heads`, `/heads/{person}`: per head of unit and capacity, the tasks each person answers
/// for (what `head view [PERSON]` shows).
struct HeadsPage: PageModel {
  /// One tenure in one capacity.
  struct Section {
    var person: String
    var link: String
    var role: String
    var unit: String
    var unitLink: String
    /// Its days: "01/01/2026–nay", or "từ 01/09/2026, chưa nhậm chức" before it begins.
    var span: String
    var capacity: String
    var summary: BucketSummary
    var rows: [TaskRow]
  }

  var title: String
  var day: String
  var sections: [Section]
  var empty: Bool
  var emptyMessage: String
  /// True on one person's page (the tasks are listed), false on the list of every head.
  var detailed: Bool
  var asOf: String
  var knownAt: String
  /// The commune's name across communes (`serve --hub`); nil in a commune's own app.
  var communeName: String?
  var layout = Layout()

  /// The page of `views`, of one person's when `person` is given; `commune` (id and name)
  /// across communes.
  init(
    _ views: [HeadView], person: KnownPerson?, board: AccountabilityBoard, time: TimeQuery,
    language: Language, commune: CommuneName? = nil
  ) {
    title = person?.label ?? language.pick(vi: "Người đứng đầu", en: "Heads of units")
    day = board.day.display
    detailed = person != nil
    communeName = commune?.name
    let base = ViewLinks.base(commune: commune?.id)
    sections = views.map { view in
      let tenure = view.tenure
      return Section(
        person: tenure.code.map { "\(tenure.person) (\($0))" } ?? tenure.person,
        link: ViewLinks.head(
          code: tenure.code, name: tenure.person, query: time.query, base: base),
        role: tenure.roleShown(language), unit: tenure.unit.rawValue,
        unitLink: ViewLinks.unit(tenure.unit, query: time.query, base: base),
        span: tenure.span(on: board.day, language: language),
        capacity: view.capacity.label(language),
        summary: BucketSummary(view.tasks, language: language),
        rows: person == nil
          ? []
          : view.tasks.map {
            TaskRow(
              $0, day: board.day, language: language, timeSuffix: time.suffix,
              commune: commune?.id)
          })
    }
    empty = sections.isEmpty
    emptyMessage =
      person.map { person in
        language.pick(
          vi: "\(person.name) không đứng đầu đơn vị nào vào ngày \(board.day.display).",
          en: "\(person.name) was not a head on \(board.day.display).")
      } ?? language.pick(vi: "Chưa có người đứng đầu nào.", en: "No heads yet.")
    asOf = time.asOfText
    knownAt = time.knownAtText
  }
}
