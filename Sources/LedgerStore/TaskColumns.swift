import Foundation
import GRDB
import LedgerCore

/// How a task's state is laid out in columns, shared by the `tasks` table (the state now) and
/// the `task_timeline` table (the state over time).
enum TaskColumns {
  /// The state's columns (the id column is named by each table).
  enum Name: String, CaseIterable {
    case title
    case headRole = "head_role"
    case headRoleKey = "head_role_key"
    case leadUnit = "lead_unit"
    case expectedResult = "expected_result"
    case deadlineKind = "deadline_kind"
    case due
    case yearlyDay = "yearly_day"
    case yearlyMonth = "yearly_month"
    case originalDeadline = "original_deadline"
    case plan
    case reportingDay = "reporting_day"
    case reportingMonth = "reporting_month"
    case source, status
    case assignedOn = "assigned_on"
    case startedOn = "started_on"
    case completedOn = "completed_on"
    case completionResult = "completion_result"
    case completionEvidence = "completion_evidence"
    case completionBy = "completion_by"
    case cancelledOn = "cancelled_on"
    case pausedOn = "paused_on"
    case statusReason = "status_reason"
    case lastReportOn = "last_report_on"
    case reportCount = "report_count"
    case extensionCount = "extension_count"
    case lastPosition = "last_position"
    case roleUnit = "role_unit"
    case record
    case periodDay = "period_day"
  }

  /// The state's column names, in the order `values` gives their values.
  static let names = Name.allCases.map(\.rawValue)

  /// `names` as a column list, each with a table prefix such as `t.` if given.
  static func list(prefix: String = "") -> String {
    names.map { prefix + $0 }.joined(separator: ", ")
  }

  /// The state's values, one for each of `names`; `roleKey` is the head role's match key when
  /// the caller has it already.
  static func values(_ task: TaskState, roleKey: String? = nil) throws
    -> [(any DatabaseValueConvertible)?]
  {
    let source = try task.source.map {
      String(decoding: try JSONEncoder.snakeCase.encode($0), as: UTF8.self)
    }
    let original = String(
      decoding: try JSONEncoder.sorted.encode(task.originalDeadline), as: UTF8.self)
    let record = String(decoding: try JSONEncoder.sorted.encode(task.record), as: UTF8.self)
    return Name.allCases.map { column -> (any DatabaseValueConvertible)? in
      switch column {
      case .title: return task.title
      case .headRole: return task.headRole
      case .headRoleKey: return roleKey ?? VietnameseText.matchKey(task.headRole)
      case .leadUnit: return task.leadUnit.rawValue
      case .expectedResult: return task.expectedResult
      case .deadlineKind:
        switch task.deadline {
        case .date: return "date"
        case .ongoing: return "ongoing"
        case .yearly: return "yearly"
        case .recurring(let period, _): return period.rawValue
        }
      case .due: return task.deadline.fixedDate?.iso
      case .yearlyDay:
        if case .yearly(let day, _) = task.deadline { return day }
        return nil
      case .yearlyMonth:
        if case .yearly(_, let month) = task.deadline { return month }
        return nil
      case .originalDeadline: return original
      case .plan: return task.plan
      case .reportingDay: return task.reportingDay?.day
      case .reportingMonth: return task.reportingDay?.month
      case .source: return source
      case .status: return task.status.rawValue
      case .assignedOn: return task.assignedOn.iso
      case .startedOn: return task.startedOn?.iso
      case .completedOn: return task.completedOn?.iso
      case .completionResult: return task.completion?.result
      case .completionEvidence: return task.completion?.evidence
      case .completionBy: return task.completion?.by
      case .cancelledOn: return task.cancelledOn?.iso
      case .pausedOn: return task.pausedOn?.iso
      case .statusReason: return task.statusReason
      case .lastReportOn: return task.lastReportOn?.iso
      case .reportCount: return task.reportCount
      case .extensionCount: return task.extensionCount
      case .lastPosition: return task.lastPosition
      case .roleUnit: return task.roleUnit?.rawValue
      case .record: return record
      case .periodDay:
        if case .recurring(_, let day) = task.deadline { return day }
        return nil
      }
    }
  }

  /// Where each state column sits in a statement's rows, looked up by name once.
  struct Places {
    private let places: [Name: Int]

    init(_ statement: Statement) throws {
      let found = ColumnPlaces<Name>(statement)
      var places: [Name: Int] = [:]
      for name in Name.allCases { places[name] = try found[name] }
      self.places = places
    }

    subscript(_ name: Name) -> Int { places[name] ?? 0 }
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

  /// Reads a state back from a row that holds the state's columns at `places`, given its id
  /// and supporting units.
  static func decode(
    _ row: Row, places: Places, id: TaskID, supporting: [UnitCode],
    deadlines: Deadlines = Deadlines()
  ) throws -> TaskState? {
    func value<T: DatabaseValueConvertible>(_ column: Name) -> T {
      row[places[column]]
    }
    func date(_ column: Name) -> LocalDate? {
      (value(column) as String?).flatMap(LocalDate.init(parsing:))
    }
    guard let lead = UnitCode(value(.leadUnit)),
      let status = TaskStatus(rawValue: value(.status)),
      let assignedOn = date(.assignedOn)
    else { return nil }
    let deadline: Deadline
    switch value(.deadlineKind) as String {
    case "date":
      guard let due = date(.due) else { return nil }
      deadline = .date(due)
    case "yearly": deadline = .yearly(day: value(.yearlyDay), month: value(.yearlyMonth))
    case let kind:
      deadline =
        ReportingPeriod(rawValue: kind).map { .recurring($0, day: value(.periodDay)) } ?? .ongoing
    }
    let originalText: String = value(.originalDeadline)
    let original = try deadlines.read(originalText)
    let source = try (value(.source) as String?).map {
      try JSONDecoder.snakeCase.decode(TaskSource.self, from: Data($0.utf8))
    }
    let reporting = (value(.reportingDay) as Int?).flatMap { day in
      (value(.reportingMonth) as Int?).flatMap { DayOfYear(day: day, month: $0) }
    }
    let completion: TaskCompleted? =
      status == .completed
      ? TaskCompleted(
        result: value(.completionResult), evidence: value(.completionEvidence),
        by: value(.completionBy))
      : nil
    let record = try (value(.record) as String?).map {
      try JSONDecoder.plain.decode(TaskRecord.self, from: Data($0.utf8))
    }
    return TaskState(
      id: id, title: value(.title), headRole: value(.headRole), leadUnit: lead,
      supportingUnits: supporting, expectedResult: value(.expectedResult), deadline: deadline,
      originalDeadline: original, plan: value(.plan), reportingDay: reporting, source: source,
      status: status, assignedOn: assignedOn, startedOn: date(.startedOn),
      completedOn: date(.completedOn), completion: completion,
      cancelledOn: date(.cancelledOn), pausedOn: date(.pausedOn),
      statusReason: value(.statusReason), lastReportOn: date(.lastReportOn),
      reportCount: value(.reportCount), extensionCount: value(.extensionCount),
      lastPosition: value(.lastPosition),
      roleUnit: (value(.roleUnit) as String?).flatMap(UnitCode.init),
      record: record ?? TaskRecord())
  }
}
