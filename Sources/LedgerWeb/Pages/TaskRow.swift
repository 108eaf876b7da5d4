import LedgerCore
import LedgerReports

/// One task as a row of a list: the words a person reads, and the colour of its bucket.
struct TaskRow: Equatable {
  var id: String
  var title: String
  var lead: String
  var head: String
  var due: String
  var status: String
  var bucket: String
  var shade: String
  /// The task's page (empty across communes, where no task page is served).
  var link: String
  /// Whether the row links to the task's page: false across communes. (A flag the template
  /// always finds: an absent link would be looked up in the enclosing section.)
  var taskPage: Bool
  /// The lead unit's page, and the accountable head's (empty when nobody is named).
  var leadLink: String
  var headLink: String?
  /// Explanations asked of the row's unit and given, as `unit view` and `head view` write them.
  var explanations: [String]

  /// A row of `view` judged on `day`; `commune` names the commune across communes
  /// (`serve --hub`), whose unit and head pages the row links to.
  init(
    _ view: TaskView, day: LocalDate, language: Language, timeSuffix: String,
    commune: String? = nil
  ) {
    let task = view.task
    id = task.id.rawValue
    title = task.title
    // The unit this row charges: an earlier lead keeps a deadline it missed.
    lead = view.leadLabel(language)
    // Nobody named is said, with the role that should answer, as `status` says it: a blank
    // cell would hide the unclear person (a second trial).
    let role = view.headRole.isEmpty ? "" : " (\(view.headRole))"
    head = view.headPerson ?? language.pick(vi: "chưa rõ người", en: "nobody named") + role
    // A deadline extended in a way the policy does not count (granted after it passed): the
    // row is judged by the counted day and says where the task's deadline now stands, as
    // `status` does.
    // The same words as `status` (trial: ongoing and yearly work showed as a plain day).
    due = DeadlineText(language: language).line(view)
    status = task.status.rawValue
    // With how the task left when blame was fixed before it did ("overdue, then reassigned…").
    bucket = view.charge.label(language)
    shade = Dashboard.shade(of: view, on: day).rawValue
    taskPage = commune == nil
    link = taskPage ? "/tasks/\(task.id.rawValue)?" + String(timeSuffix.dropFirst()) : ""
    let query = ViewLinks.query(suffix: timeSuffix)
    let base = ViewLinks.base(commune: commune)
    leadLink = ViewLinks.unit(view.lead, query: query, base: base)
    headLink = view.headPerson.map {
      ViewLinks.head(code: view.headCode, name: $0, query: query, base: base)
    }
    explanations = ExplanationText(language: language, day: day).sentences(view)
  }
}
