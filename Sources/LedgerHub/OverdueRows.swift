import LedgerCore
import LedgerJSON
import PostgresNIO

/// A source's tasks' overdue spans and rows gathered column by column, written as
/// `hub_overdue` and `hub_overdue_kept` rows with one statement each (`unnest`).
///
/// A task that can never be overdue has no rows at all (its `overdue_from` keeps it out of
/// every list). A task whose spans cannot be worked out ahead, or one of whose rows needs the
/// encoder's escaping, has none either, and no `hub_overdue_kept` row: a list then judges it
/// from its kept state.
struct OverdueRows {
  private var tasks: [String] = []
  private var charges: [Int] = []
  private var froms: [String] = []
  private var untils: [String] = []
  private var rows: [String] = []
  private var keptTasks: [String] = []
  private var keptThrough: [String] = []

  private let source: String
  private var spans: OverdueSpans
  /// The last year whose days the spans of yearly, ongoing and recurring work cover.
  private let lastYear: Int

  /// Rows of `source`'s tasks, judged against all its units.
  init(source: String, units: [UnitState], lastYear: Int) {
    self.source = source
    spans = OverdueSpans(units: units)
    self.lastYear = lastYear
  }

  /// Adds a task's spans, each with its row.
  mutating func append(_ task: TaskState) {
    guard task.overdueFrom != nil, let found = spans.spans(of: task, lastYear: lastYear) else {
      return
    }
    var written: [String] = []
    for span in found.spans {
      guard let row = TaskRowsJSON.row(span.view, source: source) else { return }
      written.append(row)
    }
    for (span, row) in zip(found.spans, written) {
      tasks.append(task.id.rawValue)
      charges.append(span.index)
      froms.append(span.from.iso)
      untils.append(span.until?.iso ?? "")
      rows.append(row)
    }
    keptTasks.append(task.id.rawValue)
    keptThrough.append(found.through?.iso ?? "infinity")
  }

  var hasSpans: Bool { !tasks.isEmpty }
  var hasKept: Bool { !keptTasks.isEmpty }

  /// The statement that inserts the spans (empty text is NULL).
  func insertSpans() -> PostgresQuery {
    """
    INSERT INTO hub_overdue (source, task, charge, overdue_from, overdue_until, row_json)
    SELECT \(source), t, c, f::date, nullif(u, '')::date, r
    FROM unnest(\(tasks)::text[], \(charges)::integer[], \(froms)::text[], \(untils)::text[],
      \(rows)::text[]) AS s (t, c, f, u, r)
    """
  }

  /// The statement that records through which day each task's spans are complete.
  func insertKept() -> PostgresQuery {
    """
    INSERT INTO hub_overdue_kept (source, task, through)
    SELECT \(source), t, d::date FROM unnest(\(keptTasks)::text[], \(keptThrough)::text[])
      AS k (t, d)
    """
  }
}
