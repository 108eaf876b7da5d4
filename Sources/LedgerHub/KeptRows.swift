import Foundation
import LedgerCore
import PostgresNIO

/// A source's task and unit states gathered column by column, written as `hub_tasks` and
/// `hub_units` rows with one statement each (`unnest`).
struct KeptRows {
  private var taskIDs: [String] = []
  private var leadUnits: [String] = []
  private var statuses: [String] = []
  private var deadlines: [String] = []
  private var assignedOns: [String] = []
  private var completedOns: [String] = []
  private var cancelledOns: [String] = []
  private var overdueFroms: [String] = []
  private var taskStates: [String] = []
  private var unitCodes: [String] = []
  private var unitStates: [String] = []

  private let encoder = JSONEncoder()

  var isEmpty: Bool { taskIDs.isEmpty && unitCodes.isEmpty }

  /// Adds a task's state; its columns are read from it.
  mutating func append(_ task: TaskState) throws {
    taskIDs.append(task.id.rawValue)
    leadUnits.append(task.leadUnit.rawValue)
    statuses.append(task.status.rawValue)
    deadlines.append(task.deadline.fixedDate?.iso ?? "")
    assignedOns.append(task.assignedOn.iso)
    completedOns.append(task.completedOn?.iso ?? "")
    cancelledOns.append(task.cancelledOn?.iso ?? "")
    overdueFroms.append(task.overdueFrom?.iso ?? "")
    taskStates.append(String(decoding: try encoder.encode(task), as: UTF8.self))
  }

  /// Adds a unit's state.
  mutating func append(_ unit: UnitState) throws {
    unitCodes.append(unit.code.rawValue)
    unitStates.append(String(decoding: try encoder.encode(unit), as: UTF8.self))
  }

  /// The statement that inserts the task rows for `source` (empty text is NULL).
  func insertTasks(source: String) -> PostgresQuery {
    """
    INSERT INTO hub_tasks (source, task, lead_unit, status, deadline, assigned_on, completed_on,
      cancelled_on, overdue_from, state)
    SELECT \(source), t, l, s, nullif(d, '')::date, a::date, nullif(c, '')::date,
      nullif(x, '')::date, nullif(o, '')::date, j
    FROM unnest(\(taskIDs)::text[], \(leadUnits)::text[], \(statuses)::text[],
      \(deadlines)::text[], \(assignedOns)::text[], \(completedOns)::text[],
      \(cancelledOns)::text[], \(overdueFroms)::text[], \(taskStates)::text[])
      AS u (t, l, s, d, a, c, x, o, j)
    """
  }

  /// The statement that inserts the unit rows for `source`.
  func insertUnits(source: String) -> PostgresQuery {
    """
    INSERT INTO hub_units (source, unit, state)
    SELECT \(source), c, j FROM unnest(\(unitCodes)::text[], \(unitStates)::text[]) AS u (c, j)
    """
  }

  var hasTasks: Bool { !taskIDs.isEmpty }
  var hasUnits: Bool { !unitCodes.isEmpty }
}
