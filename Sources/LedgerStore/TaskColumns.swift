import Foundation
import GRDB
import LedgerCore

/// How a task's state is laid out in columns, shared by the `tasks` table (the state now) and
/// the `task_timeline` table (the state over time).
enum TaskColumns {
  /// The state's columns, in order (the id column is named by each table).
  static let names = [
    "title", "head_role", "head_role_key", "lead_unit", "expected_result", "deadline_kind", "due",
    "yearly_day", "yearly_month", "original_deadline", "plan", "reporting_day", "reporting_month",
    "source", "status", "assigned_on", "started_on", "completed_on", "completion_result",
    "completion_evidence", "completion_by", "cancelled_on", "paused_on", "status_reason",
    "last_report_on", "report_count", "extension_count", "last_position", "role_unit", "record",
  ]

  /// Each of `names` by its place in the list.
  static let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })

  /// `names` as a column list, each with a table prefix such as `t.` if given.
  static func list(prefix: String = "") -> String {
    names.map { prefix + $0 }.joined(separator: ", ")
  }

  /// The state's values, in the order of `names`; `roleKey` is the head role's match key when
  /// the caller has it already.
  static func values(_ task: TaskState, roleKey: String? = nil) throws
    -> [(any DatabaseValueConvertible)?]
  {
    var due: String?
    var yearly: (Int?, Int?) = (nil, nil)
    let kind: String
    switch task.deadline {
    case .date(let date):
      kind = "date"
      due = date.iso
    case .ongoing: kind = "ongoing"
    case .yearly(let day, let month):
      kind = "yearly"
      yearly = (day, month)
    }
    let source = try task.source.map {
      String(decoding: try JSONEncoder.snakeCase.encode($0), as: UTF8.self)
    }
    let original = String(
      decoding: try JSONEncoder.sorted.encode(task.originalDeadline), as: UTF8.self)
    return [
      task.title, task.headRole, roleKey ?? VietnameseText.matchKey(task.headRole),
      task.leadUnit.rawValue,
      task.expectedResult, kind, due, yearly.0, yearly.1, original, task.plan,
      task.reportingDay?.day, task.reportingDay?.month, source, task.status.rawValue,
      task.assignedOn.iso, task.startedOn?.iso, task.completedOn?.iso, task.completion?.result,
      task.completion?.evidence, task.completion?.by, task.cancelledOn?.iso, task.pausedOn?.iso,
      task.statusReason, task.lastReportOn?.iso, task.reportCount, task.extensionCount,
      task.lastPosition, task.roleUnit?.rawValue,
      String(decoding: try JSONEncoder.sorted.encode(task.record), as: UTF8.self),
    ]
  }

  /// Deadlines already read from their stored JSON, for reading many rows: tasks share few.
  final class Deadlines {
    private var known: [String: Deadline] = [:]

    func read(_ text: String) throws -> Deadline {
      if let deadline = known[text] { return deadline }
      let deadline = try JSONDecoder.plain.decode(Deadline.self, from: Data(text.utf8))
      if known.count < 10_000 { known[text] = deadline }
      return deadline
    }
  }

  /// Reads a state back from a row holding `names`, given its id and supporting units.
  ///
  /// The row holds `names` in order from column `offset` on (a query selects them with
  /// `list(prefix:)`): reading by index spares a lookup by name for every value of every row.
  static func decode(
    _ row: Row, at offset: Int, id: TaskID, supporting: [UnitCode],
    deadlines: Deadlines = Deadlines()
  ) throws -> TaskState? {
    func value<T: DatabaseValueConvertible>(_ column: String) -> T {
      row[offset + index[column]!]
    }
    func date(_ column: String) -> LocalDate? {
      (value(column) as String?).flatMap(LocalDate.init(parsing:))
    }
    guard let lead = UnitCode(value("lead_unit")),
      let status = TaskStatus(rawValue: value("status")),
      let assignedOn = date("assigned_on")
    else { return nil }
    let deadline: Deadline
    switch value("deadline_kind") as String {
    case "date":
      guard let due = date("due") else { return nil }
      deadline = .date(due)
    case "yearly": deadline = .yearly(day: value("yearly_day"), month: value("yearly_month"))
    default: deadline = .ongoing
    }
    let originalText: String = value("original_deadline")
    let original = try deadlines.read(originalText)
    let source = try (value("source") as String?).map {
      try JSONDecoder.snakeCase.decode(TaskSource.self, from: Data($0.utf8))
    }
    let reporting = (value("reporting_day") as Int?).flatMap { day in
      (value("reporting_month") as Int?).flatMap { DayOfYear(day: day, month: $0) }
    }
    let completion: TaskCompleted? =
      status == .completed
      ? TaskCompleted(
        result: value("completion_result"), evidence: value("completion_evidence"),
        by: value("completion_by"))
      : nil
    let record = try (value("record") as String?).map {
      try JSONDecoder.plain.decode(TaskRecord.self, from: Data($0.utf8))
    }
    return TaskState(
      id: id, title: value("title"), headRole: value("head_role"), leadUnit: lead,
      supportingUnits: supporting, expectedResult: value("expected_result"), deadline: deadline,
      originalDeadline: original, plan: value("plan"), reportingDay: reporting, source: source,
      status: status, assignedOn: assignedOn, startedOn: date("started_on"),
      completedOn: date("completed_on"), completion: completion,
      cancelledOn: date("cancelled_on"), pausedOn: date("paused_on"),
      statusReason: value("status_reason"), lastReportOn: date("last_report_on"),
      reportCount: value("report_count"), extensionCount: value("extension_count"),
      lastPosition: value("last_position"),
      roleUnit: (value("role_unit") as String?).flatMap(UnitCode.init),
      record: record ?? TaskRecord())
  }
}
