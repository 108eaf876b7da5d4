extension TaskState {
  /// Folds a task stream's events into the task's state; nil when no assignment counts.
  public static func fold(_ events: [RecordedEvent]) -> TaskState? {
    Retractions.activeFacts(in: events).reduce(nil) { state, recorded in
      evolve(state, with: recorded)
    }
  }

  /// Applies one fact to the state.
  ///
  /// Total: facts were checked when decided, so every fact is
  /// applied as stated, even when a correction has since removed the one before it.
  public static func evolve(_ state: TaskState?, with recorded: RecordedEvent) -> TaskState? {
    let on = recorded.effective
    if case .taskAssigned(let assigned) = recorded.event, case .task(let id) = recorded.stream {
      return TaskState(
        id: id, title: assigned.title, headRole: assigned.headRole,
        leadUnit: assigned.leadUnit, supportingUnits: assigned.supportingUnits,
        expectedResult: assigned.expectedResult, deadline: assigned.deadline,
        originalDeadline: assigned.deadline, plan: assigned.plan,
        reportingDay: assigned.reportingDay, source: assigned.source, status: .assigned,
        assignedOn: on, startedOn: nil, completedOn: nil, completion: nil, cancelledOn: nil,
        pausedOn: nil, statusReason: nil, lastReportOn: nil, reportCount: 0, extensionCount: 0,
        lastPosition: recorded.position)
    }
    guard var next = state else { return nil }
    next.lastPosition = recorded.position
    switch recorded.event {
    case .taskStarted:
      next.status = .inProgress
      next.startedOn = on
    case .progressReported:
      next.reportCount += 1
      next.lastReportOn = max(next.lastReportOn ?? on, on)
    case .deadlineExtended(let change):
      next.deadline = .date(change.newDue)
      next.extensionCount += 1
    case .leadReassigned(let change):
      next.leadUnit = change.newLead
      next.supportingUnits.removeAll { $0 == change.newLead }
    case .taskCompleted(let completion):
      next.status = .completed
      next.completedOn = on
      next.completion = completion
    case .taskCancelled(let cancel):
      next.status = .cancelled
      next.cancelledOn = on
      next.statusReason = cancel.reason
    case .taskPaused(let pause):
      next.status = .paused
      next.pausedOn = on
      next.statusReason = pause.reason
    case .taskResumed:
      next.status = next.startedOn == nil ? .assigned : .inProgress
      next.pausedOn = nil
      next.statusReason = nil
    case .taskSuperseded(let superseded):
      next.status = .superseded
      next.cancelledOn = on
      next.statusReason = superseded.byPlan
    case .taskAssigned, .unitRegistered, .headAppointed, .eventCorrected, .planRegistered,
      .generalPointsScored:
      return state
    }
    return next
  }
}
