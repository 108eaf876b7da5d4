import Foundation
import GRDB
import LedgerCore

extension Ledger {
  /// Merges a unit into another on a day, in one transaction: each open task the unit leads is
  /// handed to the other (`task.lead_reassigned`), each open task it supports names the other
  /// in its place (`task.amended`; dropped where the other already leads or supports it), then
  /// the unit ends (`unit.merged`).
  ///
  /// A handed task whose deadline has passed takes `due` as the new lead's own deadline
  /// (default: the merge day), as `task reassign` asks. Blame already fixed stays with the old
  /// unit. Any refusal leaves the ledger unchanged.
  @discardableResult
  public func mergeUnit(
    _ unit: String, into: String, decision: String?, actor: String, effective: LocalDate? = nil,
    due: LocalDate? = nil
  ) throws -> [RecordedEvent] {
    let actor = try TextRules.required(actor, .actor)
    let today = today()
    let day = effective ?? today
    return try StoreErrors.map(path: path) {
      try database.write { db in
        let reading = StoreReading(db: db)
        let decider = Decider(reading: reading, effective: day, today: today)
        var commands: [LedgerCommand] = []
        // A unit merged into itself is refused as such (by the merge's own rule), before any
        // of its tasks is handed over.
        if let from = try reading.unit(named: unit), let target = try reading.unit(named: into),
          from.code != target.code
        {
          let reason =
            "Sáp nhập \(from.code) vào \(target.code)" + (decision.map { " (\($0))" } ?? "")
          for task in try reading.tasks(ledBy: from.code) where !task.status.isClosed {
            let passed = task.deadline.fixedDate.map { $0 < day } ?? false
            commands.append(
              .reassignLead(
                task.id, lead: target.code.rawValue, reason: reason,
                due: passed ? (due ?? day) : nil))
          }
          // A merged unit supports nothing after the merge: the unit it joined does its part.
          let supported = try ProjectionTables.tasks(
            in: db,
            where: """
              WHERE id IN (SELECT task_id FROM task_units WHERE unit = ? AND capacity = 'support')
              """, arguments: [from.code.rawValue])
          for task in supported where !task.status.isClosed {
            var units: [UnitCode] = []
            for unit in task.supportingUnits.map({ $0 == from.code ? target.code : $0 })
            where unit != task.leadUnit && !units.contains(unit) {
              units.append(unit)
            }
            commands.append(
              .amendTask(
                task.id,
                AmendTask(
                  supportingUnits: units.map(\.rawValue), reason: reason, decision: decision)))
          }
        }
        commands.append(.mergeUnit(unit: unit, into: into, decision: decision))
        return try commands.map { try append(try decider.decide($0), actor: actor, in: db) }
      }
    }
  }
}
