import Foundation

extension Decider {
  /// Retracts the event at `position` (once), optionally restating the day it happened; a
  /// unit still named by tasks cannot be retracted.
  func correct(position: Int64, reason: String, restated: LocalDate?) throws -> Decision {
    guard let target = try reading.event(at: position) else {
      throw LedgerError.unknownPosition(position)
    }
    let reason = try TextRules.required(reason, .reason, limit: TextRules.longLimit)
    let events = try reading.events(in: target.stream)
    if Retractions.retractedPositions(in: events).contains(position) {
      let by = events.last { recorded in
        if case .eventCorrected(let c) = recorded.event { return c.retracts == position }
        return false
      }
      throw LedgerError.alreadyRetracted(position, by: by?.position ?? 0)
    }
    if case .personRegistered(let registered) = target.event {
      throw LedgerError.personNotRetractable(name: registered.name, position: position)
    }
    switch target.event {
    case .keyRegistered, .keyRevoked, .accountOpened, .accountRoleChanged, .accountDisabled,
      .policyAdopted, .sourceRegistered:
      throw LedgerError.recordNotRetractable(type: target.event.typeName, position: position)
    default: break
    }
    if case .unitRegistered(let registered) = target.event {
      let count = try reading.taskCount(referencing: registered.code)
      guard count == 0 else { throw LedgerError.unitInUse(registered.code, tasks: count) }
    }
    // A task's later facts stand on its assignment: retracting it would void them, and the
    // lateness they fix, without a word (trial: one correction erased a task's overdue charge).
    if case .taskAssigned = target.event, case .task(let id) = target.stream {
      let retracted = Retractions.retractedPositions(in: events)
      let later = events.filter { recorded in
        if case .eventCorrected = recorded.event { return false }
        return recorded.position > position && !retracted.contains(recorded.position)
      }
      guard later.isEmpty else {
        throw LedgerError.assignmentInUse(id, position: position, later: later.map(\.position))
      }
    }
    if let restated {
      try checkRestatement(of: target, on: restated)
    }
    return Decision(
      stream: target.stream, expectedVersion: events.count,
      event: .eventCorrected(
        EventCorrected(retracts: position, reason: reason, restatedEffective: restated)),
      effective: effective)
  }

  /// Checks a fact can be restated on another day.
  ///
  /// The day must not be in the future, and for a task event, not before the task was assigned. Registrations and assignments are not re-dated:
  /// retract them and record them again.
  private func checkRestatement(of target: RecordedEvent, on day: LocalDate) throws {
    guard day <= today else { throw LedgerError.futureDate(day, today: today) }
    switch target.event {
    case .eventCorrected, .unitRegistered, .planRegistered, .taskAssigned:
      throw LedgerError.cannotRestate(target.position, type: target.event.typeName)
    default: break
    }
    if case .task(let id) = target.stream, let task = try reading.task(id), day < task.assignedOn {
      throw LedgerError.dateBeforeAssignment(id, date: day, assigned: task.assignedOn)
    }
  }
}
