import Foundation
import Hummingbird
import LedgerCore
import LedgerStore

/// `GET /tasks` (filters: bucket, unit, plan, person, words without diacritics), `GET
/// /tasks/{id}` (five clears, timeline, the forms this user may use) and `POST
/// /tasks/{id}/{kind}` (a form, recorded as the API records it, then back to the task).
struct TaskPagesController {
  let pages: Pages
  let ledger: Ledger
  let boards: BoardCache

  func addRoutes(to group: RouterGroup<WebContext>) {
    group.allowing(.read).get { request, context in
      let time = try TimeQuery(request, timeZone: ledger.timeZone)
      let filter = try TaskFilter(request)
      let language = context.language
      return try await boards.html(
        "tasks|\(language)|\(filter.key)", template: "tasks", time, context: context, pages: pages
      ) { judged in
        try TasksPage(
          try filter.apply(
            judged.board.tasks, ledger: ledger, day: judged.board.day, knownAt: time.knownAt),
          board: judged.board,
          filter: filter, time: time, units: try ledger.units(), language: language)
      }
    }
    let task = group.group(":id").add(middleware: TaskResolverMiddleware(ledger: ledger))
    task.allowing(.read).get { request, context in
      guard let identity = context.identity, let state = identity.task else {
        throw WebFailure.notFound
      }
      let time = try TimeQuery(request, timeZone: ledger.timeZone)
      let account = identity.account
      let language = context.language
      // The page shows the forms this account may use: kept per task, language and account.
      let name = "task|\(state.id.rawValue)|\(language)|\(account.username.rawValue)"
      // The model is made from the task's views, the day, the task's own events and the
      // account: a write on another task keeps it.
      return try await boards.html(
        name, template: "task", time, context: context, pages: pages,
        inputs: { judged in
          TaskPageInputs(
            views: judged.board.views(of: state.id), day: judged.board.day,
            events: try ledger.streamVersion(.task(state.id)), account: account)
        }
      ) { judged in
        let history = try ledger.history(of: .task(state.id)).filter {
          time.knownAt == nil || $0.event.recorded <= time.knownAt!
        }
        return TaskPage(
          state.id, board: judged.board, history: history, account: account, time: time,
          timeZone: ledger.timeZone, language: language)
      }
    }
    for kind in TaskActionKind.allCases {
      task.allowing(kind.action).post(RouterPath(stringLiteral: kind.rawValue)) {
        request, context in
        guard let identity = context.identity, let state = identity.task else {
          throw WebFailure.signInRequired
        }
        var request = request
        let form = FormFields(String(buffer: try await request.collectBody(upTo: 1 << 20)))
        // A form's fields as strictly as a JSON body's, with its CSRF token and the version
        // every form of the task page carries.
        try FieldCheck.refuseRepeated(form.repeated)
        try FieldCheck.refuseUnknown(
          form.names, members: kind.fields.union([CSRFMiddleware.field, "expect_version"]))
        let input = ActionInput(form: form)
        try WebRecording(ledger: ledger).record(
          try kind.command(
            state.id, input, account: identity.account, names: try ledger.personNames()),
          on: state.id,
          by: identity.account, input: input)
        return Response.redirect(to: "/tasks/\(state.id.rawValue)", type: .normal)
      }
    }
  }
}

/// What a task's page is made from, besides its name (task, language, account, time question):
/// a page whose inputs are equal is the same page.
struct TaskPageInputs: Equatable, Sendable {
  /// The task's views on the board (its current lead's and earlier leads').
  var views: [TaskView]
  var day: LocalDate
  /// How many events the task's stream holds: its timeline.
  var events: Int
  /// The account as it stands (its role decides the forms).
  var account: AccountState
}

/// The filters of the task list, from the URL.
struct TaskFilter {
  var bucket: String
  var unit: String
  var plan: String
  var person: String
  var words: String
  /// Which page of the list (from 1): a long list is shown `pageSize` tasks at a time.
  var page: Int

  /// How many tasks a page of the list shows.
  static let pageSize = 100

  /// The page number asked for: 1 when none is, else a whole number from 1; anything else
  /// (`page=-1`, `page=abc`) is refused (400), never read as the first page.
  static func page(_ typed: String) throws -> Int {
    guard !typed.isEmpty else { return 1 }
    guard let number = Int(typed), number >= 1 else {
      throw WebFailure.badRequest(
        "“\(typed)” không phải là số trang: hãy ghi một số từ 1 trở lên.",
        "“\(typed)” is not a page number: give a whole number from 1.")
    }
    return number
  }

  /// The parameters the task list takes: any other is refused, as `/api/status` refuses it
  /// (trial: `/tasks?text=…` listed every task, as if none matched the words).
  static let parameters: Set<String> = [
    "q", "bucket", "unit", "plan", "person", "page", "as_of", "known_at", "lang",
  ]

  init(_ request: Request) throws {
    try QueryCheck.refuseUnknown(request, accepted: Self.parameters)
    let query = request.uri.queryParameters
    // A browser's GET form writes a space as "+".
    func value(_ name: String) -> String {
      query[Substring(name)].map {
        String($0).replacingOccurrences(of: "+", with: " ").trimmingCharacters(in: .whitespaces)
      } ?? ""
    }
    bucket = value("bucket")
    // A bucket that is none is refused, as on the hub's list (trial: "Nhiệm vụ (0)").
    try QueryCheck.refuseUnknownBucket(bucket)
    unit = value("unit")
    plan = value("plan")
    person = value("person")
    words = value("q")
    page = try Self.page(value("page"))
  }

  /// The query that shows page `page` of the same list.
  func link(page: Int, time: TimeQuery) -> String {
    let fields = [
      ("q", words), ("bucket", bucket), ("unit", unit), ("plan", plan), ("person", person),
    ]
    .filter { !$0.1.isEmpty }.map { "\($0.0)=\(TimeQuery.encode($0.1))" }
    return "/tasks?" + (fields + ["page=\(page)"]).joined(separator: "&") + time.suffix
  }

  /// The filters as one text, to keep a list built for them.
  var key: String {
    [bucket, unit, plan, person, words, "\(page)"].joined(separator: "\u{1F}")
  }

  /// The tasks that pass every filter given: plan, person and words as `status --plan
  /// --person --text` judge them (`LedgerCore.TaskFilter`), a staff code naming its person.
  ///
  /// Work counts as the board judged it: done by `day`, recorded by `knownAt`.
  func apply(_ tasks: [TaskView], ledger: Ledger, day: LocalDate, knownAt: Date?) throws
    -> [TaskView]
  {
    var unitCode: UnitCode?
    if !unit.isEmpty {
      guard let found = try ledger.unit(named: unit) else { throw LedgerError.unknownUnit(unit) }
      unitCode = found.code
    }
    var typedPerson = person.isEmpty ? nil : person
    // A staff code (TTB) names its person, as `/heads/TTB` does.
    if let typed = typedPerson, let found = try? ledger.personNames().match(typed) {
      typedPerson = found.name
    }
    let shared = LedgerCore.TaskFilter(
      plan: plan.isEmpty ? nil : plan, person: typedPerson,
      performers: typedPerson == nil
        ? [:] : try ledger.performersByTask(asOf: day, knownAt: knownAt),
      text: words.isEmpty ? nil : words)
    return tasks.filter { view in
      if !bucket.isEmpty && view.bucket.rawValue != bucket { return false }
      // As `status --unit`: the unit a row charges, or a unit supporting the current row.
      if let unitCode, view.lead != unitCode,
        !(view.isCurrent && view.task.supportingUnits.contains(unitCode))
      {
        return false
      }
      return shared.includes(view)
    }
  }
}

/// The task list's model.
struct TasksPage: PageModel, Equatable {
  struct Option: Equatable {
    var value: String
    var label: String
    var selected: Bool
  }

  var title: String
  var rows: [TaskRow]
  /// How many: "6 lines for 5 tasks" when one keeps a line for an earlier charge.
  var count: String
  /// "Page 2 of 18" when the list is longer than a page, and the links to its neighbours.
  var pageLabel: String?
  var previous: String?
  var next: String?
  var buckets: [Option]
  var units: [Option]
  var plan: String
  var person: String
  var words: String
  var asOf: String
  var knownAt: String
  var layout = Layout()

  init(
    _ tasks: [TaskView], board: AccountabilityBoard, filter: TaskFilter, time: TimeQuery,
    units: [UnitState], language: Language
  ) throws {
    title = language.pick(vi: "Nhiệm vụ", en: "Tasks")
    let paging = try ListPage(count: tasks.count, page: filter.page, language: language) {
      filter.link(page: $0, time: time)
    }
    rows = tasks[paging.range].map {
      TaskRow($0, day: board.day, language: language, timeSuffix: time.suffix)
    }
    count = LineCount(tasks).text(language)
    pageLabel = paging.label
    previous = paging.previous
    next = paging.next
    buckets = Bucket.allCases.map {
      Option(value: $0.rawValue, label: $0.label(language), selected: $0.rawValue == filter.bucket)
    }
    self.units = units.map {
      Option(
        value: $0.code.rawValue, label: "\($0.name) (\($0.code))",
        selected: $0.code.rawValue == filter.unit.uppercased())
    }
    plan = filter.plan
    person = filter.person
    words = filter.words
    asOf = time.asOfText
    knownAt = time.knownAtText
  }
}
