/// A deadline a product was held to: the unit's own, then each extension in turn.
public struct DeadlineInForce: Hashable, Sendable {
  public var due: LocalDate
  /// The day the extension that set it was granted; nil for the unit's own deadline.
  public var grantedOn: LocalDate?
  /// True when the product was not delivered by it and no extension replaced it in time.
  public var missed: Bool
  /// True when an extension granted on or before it replaced it.
  public var replaced: Bool
  /// True when the product is not delivered and the deadline has not passed on the day
  /// judged: neither met nor missed yet.
  public var notYetDue: Bool = false
}

extension TaskCredit {
  /// Every deadline the product was held to, each judged.
  ///
  /// The unit's own comes first, then each extension granted while the unit led it. A deadline is missed when the product was not
  /// completed by it (by the day evaluated, when not completed) and no extension granted on
  /// or before it replaced it; one not passed yet, with the product not delivered, is not yet
  /// due (neither met nor missed).
  public func deadlinesInForce(on day: LocalDate) -> [DeadlineInForce] {
    guard !isObligation, let due else { return [] }
    let task = view.task
    var until: LocalDate?
    if case .reassigned(_, let on) = view.charge.departure { until = on }
    // The unit's spell this charge is of: for blame kept on leaving, the spell it left then,
    // not a later one when the task came back to it (trial: KT's missed 10/03 was judged by
    // its later 15/05, met).
    let spell = task.record.leads.last { lead in
      lead.unit == view.charge.unit && (until.map { lead.from <= $0 } ?? true)
    }
    let from = spell?.from ?? task.assignedOn
    let grants = task.record.grants.filter { grant in
      grant.grantedOn >= from && (until.map { grant.grantedOn < $0 } ?? true)
    }
    let first = spell?.due ?? grants.first?.previousDue ?? due
    let end = task.completedOn ?? until ?? day
    var chain: [(due: LocalDate, grantedOn: LocalDate?)] = [(first, nil)]
    chain += grants.map { ($0.newDue, $0.grantedOn) }
    // Judged when the day is over (a year evaluated after its end), a deadline on the day
    // itself has passed: the board says overdue, and so does this line (trial: "31/12/2026
    // not yet due" under a task the same explanation called overdue).
    let dayPassed = task.completedOn == nil && until == nil && view.bucket == .overdue
    return chain.enumerated().map { index, deadline in
      let replacedInTime =
        index + 1 < chain.count && (chain[index + 1].grantedOn ?? day) <= deadline.due
      let missed = (end > deadline.due || (dayPassed && end == deadline.due)) && !replacedInTime
      return DeadlineInForce(
        due: deadline.due, grantedOn: deadline.grantedOn, missed: missed,
        replaced: replacedInTime,
        notYetDue: !missed && !replacedInTime && task.completedOn == nil && until == nil)
    }
  }

  /// The product in Decree 335's terms, judged on a day; nil when not scored (not yet due,
  /// or no deadline).
  ///
  /// - Parameter excusedDelays: delays the competent authority excused for an objective cause.
  public func product(on day: LocalDate, excusedDelays: Int = 0) -> ScoredProduct? {
    guard let due, outcome != .notYetDue, outcome != .notScored else { return nil }
    let done = outcome == .onTime || outcome == .late
    var delays: Int
    if isObligation {
      delays = outcome == .late ? 1 : 0
    } else {
      delays = deadlinesInForce(on: day).filter(\.missed).count
    }
    var assigned = view.task.quantity ?? 1
    var delivered = view.task.delivered ?? (done ? assigned : 0)
    // A recurring reporting obligation is one product of the year counted in periods: those
    // due by the day are assigned, those reported in their period delivered, and each report
    // after its period's day is a delay (a deadline in force it missed).
    if case .recurring = view.task.deadline {
      let owed = view.task.periodsOwed(in: due.year).filter { owes in
        (owes.met != nil || owes.period.due <= day)
          && (periodDays?.contains(owes.period.due) ?? true)
      }
      if !owed.isEmpty {
        assigned = Double(owed.count)
        delivered = Double(owed.filter { $0.met != nil }.count)
        delays = owed.filter { owes in owes.met.map { $0 > owes.period.due } ?? false }.count
      }
    }
    return ScoredProduct(
      task: view.key, due: due, weight: view.task.weight ?? 1, assigned: assigned,
      delivered: min(delivered, assigned), delays: delays,
      excusedDelays: min(excusedDelays, delays), majorErrors: majorErrors,
      excusedErrors: objectiveCause == nil ? 0 : majorErrors)
  }
}
