extension TaskState {
  /// The first day on which any of this task's charges could be overdue, nil when none ever
  /// can: a bound for picking candidates (`charges(on:)` decides), never a bucket itself.
  ///
  /// No charge is overdue on a day before it, whether the day is judged during or at its
  /// close, under any policy:
  /// - A fixed deadline, one lead: its counted deadline starts at its own due day (or the
  ///   deadline in force) and extensions only move it later, and the charge is overdue only
  ///   once that has come; so that day. Completed, it is completed on time or late, never
  ///   overdue.
  /// - A fixed deadline and more than one lead: the first day there is (`anyDay`), since an
  ///   earlier lead's charge is judged by the hand-over, not by the day judged.
  /// - A yearly, ongoing or recurring obligation: each deadline owed falls on or after the
  ///   assignment (ongoing work without a reporting day has none).
  public var overdueFrom: LocalDate? {
    switch deadline {
    case .date(let inForce):
      let spells = leadSpells
      // An earlier lead's charge is overdue, when it is one, whatever the day judged (even
      // before its deadline, when the hand-over is dated later still): any day.
      if spells.count > 1 { return Self.anyDay }
      if status == .completed { return nil }
      return spells.map { $0.due ?? inForce }.min()
    case .ongoing:
      return reportingDay == nil ? nil : assignedOn
    case .yearly, .recurring:
      return assignedOn
    }
  }

  /// The first day a `LocalDate` holds (01/01/0001): "any day" for `overdueFrom`.
  public static let anyDay = LocalDate(year: 1, month: 1, day: 1) ?? LocalDate(dayNumber: -719_162)
}
