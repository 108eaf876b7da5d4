extension TaskView {
  /// The task's role title as it stood on the day that decided who answers.
  ///
  /// The title the accountable head answered under: an earlier lead's line keeps the title of
  /// its time (trial: after a hand-over and `task amend --role`, the earlier lead's head was
  /// shown, in the yearly report too, under a title he never held).
  public var headRole: String { task.role(on: charge.decidingDay).headRole }

  /// The task's status as this line reads it: on an earlier lead's line, that the task left
  /// the unit, not what became of it later (trial: "completed" on the line of a unit that
  /// never completed it).
  public func statusLabel(_ language: Language) -> String {
    switch charge.departure {
    case .reassigned: return language.pick(vi: "đã chuyển đi", en: "handed over")
    case .cancelled, .superseded, nil: return task.status.label(language)
    }
  }
}
