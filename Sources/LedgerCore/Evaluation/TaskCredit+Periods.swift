extension TaskCredit {
  /// A recurring obligation's credit limited to one holder's periods.
  ///
  /// The periods kept are those `keeps` accepts the deciding day of (days of one holder's
  /// tenure); nil when none of them is judged by `day`. Any other credit is returned as it is.
  ///
  /// A recurring obligation is judged period by period, and each period is answered for by
  /// whoever held the role when it was reported in time, else on its day (trial: a chair who
  /// left on 30/06 was scored on the quarters his successor reported, and the successor on
  /// none).
  public func periods(judgedOn day: LocalDate, where keeps: (LocalDate) -> Bool) -> TaskCredit? {
    guard case .recurring = view.task.deadline, let due else { return self }
    // A period reported in time is its reporter's; one missed, or reported late, whoever held
    // the role on its day (as a dated task's credit and blame go).
    let owed = view.task.periodsOwed(in: due.year).filter { owes in
      keeps(owes.period.answerDay(met: owes.met))
    }
    let judged = owed.filter { $0.met != nil || $0.period.due <= day }
    guard !judged.isEmpty else { return nil }
    var credit = self
    credit.periodDays = owed.map(\.period.due)
    credit.due = owed.contains { $0.period.due == due } ? due : owed.first?.period.due
    let missed = judged.contains { owes in owes.met.map { $0 > owes.period.due } ?? true }
    if judged.contains(where: { $0.met == nil }) {
      credit.outcome = .overdue
    } else {
      credit.outcome = missed ? .late : .onTime
    }
    return credit
  }

  /// The credits with the period shares of one obligation's line joined into one credit over
  /// all their periods; every other credit as it is, in order.
  ///
  /// A person who held the role twice answers for two shares of one recurring report: one
  /// product of the year over every period they answered for (its quantity and delays those of
  /// all of them), not the later share alone with the earlier one's delays added (trial: two
  /// periods of a second tenure were scored as the whole product).
  public static func joiningShares(_ credits: [TaskCredit]) -> [TaskCredit] {
    var result: [TaskCredit] = []
    var place: [String: Int] = [:]
    for credit in credits {
      guard let days = credit.periodDays else {
        result.append(credit)
        continue
      }
      guard let at = place[credit.view.key] else {
        place[credit.view.key] = result.count
        result.append(credit)
        continue
      }
      var joined = result[at]
      joined.periodDays = Array(Set((joined.periodDays ?? []) + days)).sorted()
      if let due = credit.due, joined.due.map({ due > $0 }) ?? true { joined.due = due }
      joined.outcome = Self.worse(joined.outcome, credit.outcome)
      result[at] = joined
    }
    return result
  }

  /// The outcome of two shares of one product: a period unreported over one late over on time;
  /// a share not yet judged yields to one that is.
  static func worse(_ one: TaskOutcome, _ other: TaskOutcome) -> TaskOutcome {
    let rank: [TaskOutcome: Int] = [.overdue: 3, .late: 2, .onTime: 1]
    return (rank[other] ?? 0) > (rank[one] ?? 0) ? other : one
  }
}
