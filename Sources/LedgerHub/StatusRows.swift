import LedgerCore
import LedgerJSON
import PostgresNIO

/// A source's tasks' status spans and rows gathered column by column, written as `hub_status`
/// and `hub_status_kept` rows with one statement each (`unnest`).
///
/// A task whose spans cannot be worked out ahead, or one of whose rows needs the encoder's
/// escaping, has no rows and no `hub_status_kept` row: a list then judges it from its kept
/// state.
struct StatusRows {
  private var tasks: [String] = []
  private var charges: [Int] = []
  private var froms: [String] = []
  private var untils: [String] = []
  private var buckets: [String] = []
  private var rows: [String] = []
  private var keptTasks: [String] = []
  private var keptFroms: [String] = []
  private var keptThrough: [String] = []

  private let source: String
  private var spans: StatusSpans
  /// The last year whose days the spans of yearly, ongoing and recurring work cover.
  private let lastYear: Int

  /// Rows of `source`'s tasks, judged against all its units.
  init(source: String, units: [UnitState], lastYear: Int) {
    self.source = source
    spans = StatusSpans(units: units)
    self.lastYear = lastYear
  }

  /// Adds a task's spans, each with its row.
  mutating func append(_ task: TaskState) {
    guard let found = spans.spans(of: task, lastYear: lastYear) else { return }
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
      buckets.append(span.view.bucket.rawValue)
      rows.append(row)
    }
    keptTasks.append(task.id.rawValue)
    keptFroms.append(task.assignedOn.iso)
    keptThrough.append(found.through?.iso ?? "infinity")
  }

  var hasSpans: Bool { !tasks.isEmpty }
  var hasKept: Bool { !keptTasks.isEmpty }

  /// The statement that inserts the spans (empty text is NULL).
  func insertSpans() -> PostgresQuery {
    """
    INSERT INTO hub_status (source, task, charge, status_from, status_until, bucket, row_json)
    SELECT \(source), t, c, f::date, nullif(u, '')::date, b, r
    FROM unnest(\(tasks)::text[], \(charges)::integer[], \(froms)::text[], \(untils)::text[],
      \(buckets)::text[], \(rows)::text[]) AS s (t, c, f, u, b, r)
    """
  }

  /// The statement that records for which days each task's spans are complete.
  func insertKept() -> PostgresQuery {
    """
    INSERT INTO hub_status_kept (source, task, kept_from, through)
    SELECT \(source), t, f::date, d::date
    FROM unnest(\(keptTasks)::text[], \(keptFroms)::text[], \(keptThrough)::text[]) AS k (t, f, d)
    """
  }
}
