extension TaskState {
  /// The first day on which any of this task's charges could be overdue, nil when none ever
  /// can: a bound for picking candidates (`charges(on:)` decides), never a bucket itself.
  ///
  /// No charge is overdue on a day before it, whether the day is judged during or at its
  /// close, under any policy:
  /// - A fixed deadline: each lead's counted deadline starts at its own due day (or the
  ///   deadline in force) and extensions only move it later, and a charge is overdue only once
  ///   its deadline has come; so the earliest of those days. A completed task that never
  ///   changed lead is completed on time or late, never overdue.
  /// - A yearly, ongoing or recurring obligation: each deadline owed falls on or after the
  ///   assignment (ongoing work without a reporting day has none).
  public var overdueFrom: LocalDate? {
    switch deadline {
    case .date(let inForce):
      let spells = leadSpells
      if status == .completed && spells.count == 1 { return nil }
      return spells.map { $0.due ?? inForce }.min()
    case .ongoing:
      return reportingDay == nil ? nil : assignedOn
    case .yearly, .recurring:
      return assignedOn
    }
  }
}
