import LedgerCore
import LedgerReports

/// The evaluation page's model: one row per head and capacity, as `evaluate` counts them, each
/// person linked to their explanation, and the explanation itself when one person is asked.
struct EvaluationPage: PageModel {
  struct Row {
    var person: String
    var link: String
    var role: String
    var unit: String
    var capacity: String
    var tasks: Int
    var onTime: Int
    var late: Int
    var notDue: Int
    var overdue: Int
    var extensions: Int
    var taskScore: String
    var generalPoints: String
    var total: String
    var band: String
  }

  var title: String
  var year: Int
  var unit: String
  var person: String
  var day: String
  var rows: [Row]
  var empty: Bool
  var explanation: String
  var hasExplanation: Bool
  /// What `evaluate` prints under its table: that the year is judged before its end, and the
  /// policy's quota warnings (more rated excellent than its share allows).
  var warnings: [String]
  /// Where the form and the explanation links go: `/evaluation`, or one commune's on the hub.
  var action: String
  var policy: String
  var asOf: String
  var knownAt: String
  var layout = Layout()

  /// The page of `evaluation` showing `rows`; with `commune`, one commune's page on the hub
  /// (its name in the title, its links under `/communes/ID`).
  init(
    _ evaluation: Evaluation, rows: [Evaluation.Row], query: EvaluationQuery, explanation: String,
    time: TimeQuery, language: Language, commune: CommuneName? = nil
  ) {
    let text = EvaluationText(language: language, evaluation: evaluation)
    title =
      language.pick(vi: "Đánh giá năm \(query.year)", en: "Evaluation \(query.year)")
      + (commune.map { " — \($0.name)" } ?? "")
    let action = (commune.map { ViewLinks.base(commune: $0.id) } ?? "") + "/evaluation"
    self.action = action
    year = query.year
    unit = query.unit
    person = query.person
    day = evaluation.day.display
    self.rows = rows.map { row in
      let name = row.tenure.code ?? row.tenure.person
      return Row(
        person: row.tenure.personLabel,
        link: action + "?year=\(query.year)&person=\(TimeQuery.encode(name))" + time.suffix,
        role: row.tenure.roleShown(language), unit: row.tenure.unit.rawValue,
        capacity: row.capacity.label(language), tasks: row.credits.count,
        onTime: row.count(.onTime), late: row.count(.late), notDue: row.count(.notYetDue),
        overdue: row.count(.overdue), extensions: row.extensions,
        taskScore: text.number(row.taskScore),
        generalPoints: text.number(row.generalPoints), total: text.number(row.total),
        band: (row.band.map { language.pick(vi: $0.vi, en: $0.en) } ?? text.pending(row.pending))
          + text.conditions(row.conditions))
    }
    empty = rows.isEmpty
    self.explanation = explanation
    hasExplanation = !explanation.isEmpty
    // A unit asked: its own warning and the whole body's; else every one.
    let shownUnits = Set(rows.map(\.tenure.unit))
    warnings =
      text.yearNotOver
      + text.flags(
        evaluation.quotaBreaches.filter { breach in
          query.unit.isEmpty || breach.unit.map(shownUnits.contains) ?? true
        })
    policy = evaluation.policy.version
    asOf = time.asOfText
    knownAt = time.knownAtText
  }
}
