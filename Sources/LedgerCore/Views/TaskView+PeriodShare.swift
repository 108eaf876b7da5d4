extension TaskView {
  /// The part of a recurring reporting obligation one tenure answers for, judged on `day`: the
  /// periods whose answer fell in the tenure, as a view of its own; nil when the tenure
  /// answers for none of them, and for any other task.
  ///
  /// A period reported in time is its reporter's; one missed or reported late is whoever
  /// held the role on its day, as the evaluation charges it. The tenure that holds the role on
  /// `day` also answers for the period still running. The share's bucket is that of its own
  /// periods: overdue when one of them went unreported, within the deadline while one runs,
  /// late when a report of them came late, on time otherwise (trial: the whole obligation went
  /// to the holder of its one late quarter, and the other holder's head view left it out).
  public func periodShare(for tenure: Tenure, on day: LocalDate, dayIsOver: Bool) -> TaskView? {
    guard case .recurring = task.deadline, charge.departure == nil,
      task.status != .cancelled, task.status != .superseded
    else { return nil }
    // This year's periods, and earlier ones still unreported (overdue until a report meets
    // them, as the task's own charge is).
    let owed = task.periodsOwed(through: day.year).filter {
      $0.period.first.year == day.year || $0.met == nil
    }
    func past(_ due: LocalDate) -> Bool { day > due || (day == due && dayIsOver) }
    var missed: LocalDate?
    var late: LocalDate?
    var running: LocalDate?
    var lastDue: LocalDate?
    var lastMet: LocalDate?
    for (period, met) in owed {
      let answerDay = period.answerDay(met: met)
      if met == nil, !past(period.due) {
        // A period still running is the current holder's.
        if running == nil, tenure.covers(day), task.status != .completed { running = period.due }
        continue
      }
      guard tenure.covers(answerDay) else { continue }
      lastDue = period.due
      if let met {
        lastMet = met
        if met > period.due, late == nil { late = period.due }
      } else if missed == nil {
        missed = period.due
      }
    }
    var share = self
    if let missed {
      share.charge = Charge(unit: charge.unit, bucket: .overdue, due: missed, decidingDay: missed)
    } else if let running {
      let bucket: Bucket = task.status == .paused ? .paused : .inProgressWithinDeadline
      share.charge = Charge(unit: charge.unit, bucket: bucket, due: running, decidingDay: running)
    } else if let late {
      share.charge = Charge(unit: charge.unit, bucket: .completedLate, due: late, decidingDay: late)
    } else if let lastDue {
      share.charge = Charge(
        unit: charge.unit, bucket: .completedOnTime, due: lastDue,
        decidingDay: lastMet ?? lastDue)
    } else {
      return nil
    }
    return share
  }
}
