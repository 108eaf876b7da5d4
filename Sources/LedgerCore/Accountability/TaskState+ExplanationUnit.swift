extension TaskState {
  /// The lead unit an explanation asked on `day` is asked of: the unit charged with the
  /// missed deadline.
  ///
  /// Blame is fixed when a deadline passes: the current lead when its own deadline has passed
  /// with the task not done; otherwise the last earlier lead that kept a deadline it missed
  /// before the task was handed on; otherwise (nothing overdue) the current lead.
  public func unitToExplain(on day: LocalDate, policy: EvaluationPolicy = .shipped) -> UnitCode {
    let charges = charges(on: day, policy: policy)
    if let current = charges.last(where: { $0.departure == nil }), current.bucket == .overdue {
      return current.unit
    }
    if let earlier = charges.last(where: {
      if case .reassigned = $0.departure { return $0.bucket == .overdue }
      return false
    }) {
      return earlier.unit
    }
    return leadUnit
  }
}
