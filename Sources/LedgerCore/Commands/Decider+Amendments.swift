extension Decider {
  /// Amends the plan's wording of an open task: each field given replaces the one in force,
  /// and the event keeps the wording it replaces.
  ///
  /// Refused when nothing would change, and by the rules a new task's fields pass (one lead,
  /// named units, no unit twice).
  func amendTask(_ id: TaskID, _ amend: AmendTask) throws -> Decision {
    let task = try openTask(
      id, for: .amend, allowed: [.assigned, .inProgress, .paused])
    var change = TaskAmended(
      reason: try TextRules.required(amend.reason, .reason, limit: TextRules.longLimit),
      decision: try TextRules.documentNumber(amend.decision))
    if let typed = amend.title {
      let title = try TextRules.required(typed, .title, limit: TextRules.longLimit)
      if title != task.title { change.title = .init(from: task.title, to: title) }
    }
    if let typed = amend.headRole {
      let role = try TextRules.required(typed, .role)
      if role != task.headRole { change.headRole = .init(from: task.headRole, to: role) }
    }
    if let typed = amend.roleUnit {
      let unit = try openUnit(typed)
      if unit.code != task.roleUnit { change.roleUnit = .init(from: task.roleUnit, to: unit.code) }
    }
    if let typed = amend.expectedResult {
      let result = try TextRules.required(typed, .result, limit: TextRules.longLimit)
      if result != task.expectedResult {
        change.expectedResult = .init(from: task.expectedResult, to: result)
      }
    }
    if let names = amend.supportingUnits {
      var units: [UnitCode] = []
      for name in names {
        let unit = try openUnit(name)
        guard unit.code != task.leadUnit else { throw LedgerError.leadAlsoSupporting(unit.code) }
        guard !units.contains(unit.code) else {
          throw LedgerError.duplicateSupportingUnit(unit.code)
        }
        units.append(unit.code)
      }
      if units != task.supportingUnits {
        change.supportingUnits = .init(from: task.supportingUnits, to: units)
      }
    }
    guard !change.isEmpty else { throw LedgerError.amendmentChangesNothing(id) }
    return Decision(
      stream: .task(id), expectedVersion: try reading.streamVersion(.task(id)),
      event: .taskAmended(change), effective: effective)
  }
}
