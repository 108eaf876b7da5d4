extension TaskState {
  /// How many deadlines the task missed by a day (at least one when it is late or overdue):
  /// each period of a recurring report reported late or not by its day, or each deadline in
  /// force passed unmet, an extension granted after it not replacing it.
  func delays(by day: LocalDate) -> Int {
    if deadline.isRecurring {
      return periodsOwed(through: day.year).filter { owes in
        owes.met.map { $0 > owes.period.due } ?? (owes.period.due < day)
      }.count
    }
    let grants = record.grants
    guard let first = grants.first?.previousDue ?? deadline.fixedDate else { return 1 }
    let end = completedOn ?? day
    let chain = [(first, nil)] + grants.map { ($0.newDue, Optional($0.grantedOn)) }
    let missed = chain.enumerated().filter { index, deadline in
      let replaced = index + 1 < chain.count && (chain[index + 1].1 ?? day) <= deadline.0
      return end > deadline.0 && !replaced
    }.count
    return max(missed, 1)
  }
}
