extension TaskState {
  /// Who answers for this task, judged on `day`: one charge for the current lead and one for
  /// every earlier lead that let its deadline pass (the rules "blame is fixed at the
  /// deadline", "one definition of lateness", "status words mean what they say", "the year's
  /// report is a named act" and "credit follows the holder who did the work", in one place).
  ///
  /// - A deadline that passes with the task not completed fixes the blame on the unit leading
  ///   it that day: a later hand-over or cancellation does not move or erase it.
  /// - The deadline that counts is the unit's own (from the assignment, or `reassign --due`),
  ///   moved by an extension granted on or before it, and by one granted after it only when
  ///   the policy says so.
  /// - A paused task past its deadline is overdue: only an extension moves a deadline.
  /// - A yearly obligation (or an ongoing task's reporting day) is met only by a report filed
  ///   as the year's (`report --annual`) or by the completion.
  /// - A recurring reporting obligation (monthly, quarterly, half-yearly) is judged for the
  ///   year of `day`: each period's reporting day is a deadline, met by a progress report (or
  ///   the completion) dated in that period; a period without one by its day is overdue.
  /// - The deciding day is the completion (or the year's report) when it came in time, the
  ///   deadline otherwise, and the day judged when there is no deadline.
  ///
  /// `dayIsOver` judges at the close of `day` (a past day) rather than during it (today).
  public func charges(
    on day: LocalDate, dayIsOver: Bool = false, policy: EvaluationPolicy = .shipped
  ) -> [Charge] {
    let spells = leadSpells
    var charges: [Charge] = []
    for (index, spell) in spells.enumerated() {
      let next = index + 1 < spells.count ? spells[index + 1] : nil
      let (due, late) = countedDeadline(of: spell, until: next?.from, policy: policy)
      guard let next else {
        charges.append(
          current(spell.unit, due: due, late: late, on: day, dayIsOver: dayIsOver))
        continue
      }
      guard let due, due < next.from, !isCompleted(by: due) else { continue }
      charges.append(
        Charge(
          unit: spell.unit, bucket: .overdue, due: due, decidingDay: due,
          departure: .reassigned(to: next.unit, on: next.from), lateGrants: late))
    }
    return charges
  }

  /// The current lead's charge: the one a status line shows.
  public func charge(
    on day: LocalDate, dayIsOver: Bool = false, policy: EvaluationPolicy = .shipped
  ) -> Charge {
    let all = charges(on: day, dayIsOver: dayIsOver, policy: policy)
    return all.last { $0.unit == leadUnit } ?? all[all.count - 1]
  }

  /// The lead units in the order they took the task (one, from the assignment, when the
  /// record is empty, as in a state read from a ledger written before records were kept).
  public var leadSpells: [LeadSpell] {
    let ordered = record.leads.enumerated()
      .sorted { ($0.element.from, $0.offset) < ($1.element.from, $1.offset) }.map(\.element)
    return ordered.isEmpty
      ? [LeadSpell(unit: leadUnit, from: assignedOn, due: deadline.fixedDate)] : ordered
  }

  /// The deadline that counts for a spell, and the extensions granted after it had passed.
  private func countedDeadline(
    of spell: LeadSpell, until end: LocalDate?, policy: EvaluationPolicy
  ) -> (LocalDate?, [ExtensionGrant]) {
    guard case .date(let inForce) = deadline else { return (nil, []) }
    var counted = spell.due ?? inForce
    var late: [ExtensionGrant] = []
    let grants = record.grants.enumerated()
      .sorted { ($0.element.grantedOn, $0.offset) < ($1.element.grantedOn, $1.offset) }
      .map(\.element)
    for grant in grants
    where grant.grantedOn >= spell.from && end.map({ grant.grantedOn < $0 }) ?? true {
      if grant.grantedOn <= counted {
        if policy.extensionGrantedBeforeDeadlineMovesIt { counted = max(counted, grant.newDue) }
      } else {
        late.append(grant)
        if policy.extensionGrantedAfterDeadlineMovesIt { counted = max(counted, grant.newDue) }
      }
    }
    return (counted, late)
  }

  private func isCompleted(by day: LocalDate) -> Bool {
    status == .completed && (completedOn.map { $0 <= day } ?? false)
  }

  /// The current lead's charge, by the kind of deadline.
  private func current(
    _ unit: UnitCode, due: LocalDate?, late: [ExtensionGrant], on day: LocalDate, dayIsOver: Bool
  ) -> Charge {
    if let due {
      return dated(unit, due: due, late: late, on: day, dayIsOver: dayIsOver)
    }
    switch deadline {
    case .yearly(let d, let m):
      if let due = LocalDate(year: day.year, month: m, day: d) {
        return obligation(unit, due: due, on: day, dayIsOver: dayIsOver)
      }
    case .ongoing:
      if let due = reportingDay?.date(in: day.year) {
        return obligation(unit, due: due, on: day, dayIsOver: dayIsOver)
      }
    case .recurring(let period, let reportingDay):
      return recurring(unit, every: period, day: reportingDay, on: day, dayIsOver: dayIsOver)
    case .date: break
    }
    return Charge(
      unit: unit, bucket: closedBucket ?? openBucket(.noDeadline), due: nil, decidingDay: day)
  }

  /// Cancelled or superseded, when the task was ended.
  private var closedBucket: Bucket? {
    switch status {
    case .cancelled: return .cancelled
    case .superseded: return .superseded
    case .completed: return .completedOnTime
    default: return nil
    }
  }

  /// An open task within its deadline: paused, or the given bucket.
  private func openBucket(_ bucket: Bucket) -> Bucket { status == .paused ? .paused : bucket }

  private func isPast(_ due: LocalDate, on day: LocalDate, dayIsOver: Bool) -> Bool {
    day > due || (day == due && dayIsOver)
  }

  /// A task with a fixed deadline.
  private func dated(
    _ unit: UnitCode, due: LocalDate, late: [ExtensionGrant], on day: LocalDate, dayIsOver: Bool
  ) -> Charge {
    func charge(_ bucket: Bucket, _ deciding: LocalDate, _ departure: Charge.Departure? = nil)
      -> Charge
    {
      Charge(
        unit: unit, bucket: bucket, due: due, decidingDay: deciding, departure: departure,
        lateGrants: late)
    }
    switch status {
    case .completed:
      let done = completedOn ?? day
      return done <= due ? charge(.completedOnTime, done) : charge(.completedLate, due)
    case .cancelled, .superseded:
      let ended = cancelledOn ?? day
      guard due < ended else { return charge(closedBucket ?? .cancelled, ended) }
      let departure: Charge.Departure =
        status == .cancelled ? .cancelled(on: ended) : .superseded(on: ended)
      return charge(.overdue, due, departure)
    case .assigned, .inProgress, .paused:
      return isPast(due, on: day, dayIsOver: dayIsOver)
        ? charge(.overdue, due) : charge(openBucket(.inProgressWithinDeadline), due)
    }
  }

  /// A yearly obligation, or ongoing work's yearly reporting day, for the year of `day`.
  private func obligation(_ unit: UnitCode, due: LocalDate, on day: LocalDate, dayIsOver: Bool)
    -> Charge
  {
    if let closed = closedBucket, status != .completed {
      return Charge(unit: unit, bucket: closed, due: due, decidingDay: cancelledOn ?? day)
    }
    guard assignedOn <= due else {
      // Assigned after this year's day: the first obligation is next year's.
      let next = LocalDate(year: due.year + 1, month: due.month, day: due.day) ?? due
      return Charge(
        unit: unit, bucket: openBucket(.inProgressWithinDeadline), due: next, decidingDay: next)
    }
    let met = yearsMet(through: due)
    // An earlier year's report never filed stays overdue until a report meets it, as a
    // recurring period does (trial: on 01/01 the missed 30/11 report was forgotten).
    if status != .completed,
      let missed = met.first(where: { $0.due < due && $0.met == nil })?.due
    {
      return Charge(unit: unit, bucket: .overdue, due: missed, decidingDay: missed)
    }
    if let filed = met.last(where: { $0.due == due })?.met {
      return filed <= due
        ? Charge(unit: unit, bucket: .completedOnTime, due: due, decidingDay: filed)
        : Charge(unit: unit, bucket: .completedLate, due: due, decidingDay: due)
    }
    if status == .completed {
      return Charge(unit: unit, bucket: .completedOnTime, due: due, decidingDay: completedOn ?? day)
    }
    let bucket =
      isPast(due, on: day, dayIsOver: dayIsOver) ? .overdue : openBucket(.inProgressWithinDeadline)
    return Charge(unit: unit, bucket: bucket, due: due, decidingDay: due)
  }

  /// A yearly obligation's days from the first on or after the assignment through `due`, each
  /// with the report that met it: the year's reports (`report --annual`) and the completion fill
  /// them oldest first, each meeting the earliest year begun by its day that none met before, so
  /// a report filed in January for the year before meets that year, late.
  private func yearsMet(through due: LocalDate) -> [(due: LocalDate, met: LocalDate?)] {
    var days: [LocalDate] = []
    for year in assignedOn.year...due.year {
      if let day = LocalDate(year: year, month: due.month, day: due.day), day >= assignedOn {
        days.append(day)
      }
    }
    var met = [LocalDate?](repeating: nil, count: days.count)
    let filed = (record.annualReports + (completedOn.map { [$0] } ?? [])).sorted()
    for report in filed {
      if let index = days.indices.first(where: { met[$0] == nil && days[$0].year <= report.year }) {
        met[index] = report
      }
    }
    return days.indices.map { (days[$0], met[$0]) }
  }

  /// A recurring reporting obligation for the year of `day`.
  ///
  /// The periods owed are those whose reporting day is on or after the assignment, and, once
  /// the task is closed, those the completion fell in or whose day passed before the
  /// cancellation. The first period whose day has passed without a report dated in it makes
  /// the task overdue, with that day as the deadline and the deciding day. Otherwise it is
  /// within its deadline, the next unreported period's day; when every period of the year is
  /// reported (or the task is completed), it is completed on time, or late when a report came
  /// after its day within its period.
  private func recurring(
    _ unit: UnitCode, every period: ReportingPeriod, day reportingDay: Int?, on day: LocalDate,
    dayIsOver: Bool
  ) -> Charge {
    let ended = status.isClosed ? (completedOn ?? cancelledOn) : nil
    // Every period from the assignment on: one missed in an earlier year stays overdue until a
    // report meets it (trial: on 01/01 the last quarter's missing report was forgotten).
    let all = periodsOwed(through: day.year)
    let owed = all.filter { $0.period.first.year == day.year }
    var late: LocalDate?
    var lastMet: LocalDate?
    var next: LocalDate?
    for (owes, met) in all {
      if let met {
        if met > owes.due, late == nil, owes.first.year == day.year { late = owes.due }
        lastMet = met
      } else if isPast(owes.due, on: day, dayIsOver: dayIsOver) {
        var departure: Charge.Departure?
        if let ended, status == .cancelled { departure = .cancelled(on: ended) }
        if let ended, status == .superseded { departure = .superseded(on: ended) }
        return Charge(
          unit: unit, bucket: .overdue, due: owes.due, decidingDay: owes.due,
          departure: departure)
      } else if next == nil {
        next = owes.due
      }
    }
    if let closed = closedBucket, status != .completed {
      return Charge(
        unit: unit, bucket: closed, due: owed.last?.period.due, decidingDay: ended ?? day)
    }
    // Assigned after the year's last reporting day: the first period owed is next year's.
    let nextYear = period.periods(in: day.year + 1, day: reportingDay).first?.due
    if status != .completed, let next = next ?? (owed.isEmpty ? nextYear : nil) {
      return Charge(
        unit: unit, bucket: openBucket(.inProgressWithinDeadline), due: next, decidingDay: next)
    }
    if let late {
      return Charge(unit: unit, bucket: .completedLate, due: late, decidingDay: late)
    }
    let due = owed.last?.period.due ?? completedOn ?? day
    return Charge(unit: unit, bucket: .completedOnTime, due: due, decidingDay: lastMet ?? due)
  }

  /// For a recurring reporting obligation, the periods of `year` it owes a report for, each
  /// with the report that met it; empty for any other deadline.
  ///
  /// Owed are the periods whose reporting day is on or after the assignment; once the task is
  /// completed, those up to the one the completion fell in; once it is cancelled or
  /// superseded, those whose day passed before it was.
  ///
  /// Reports fill the owed periods oldest first: each meets the earliest period begun by its
  /// day that no earlier report met, so a report filed after its quarter ended meets that
  /// quarter, late, not the next one (trial: a late third-quarter report met the fourth
  /// quarter, crediting the next head and charging the one who filed it). A report while
  /// every begun period is met is a progress report only. The completion meets the period it
  /// fell in, when no report did.
  public func periodsOwed(in year: Int) -> [(period: ReportingPeriod.Period, met: LocalDate?)] {
    periodsOwed(through: year).filter { $0.period.first.year == year }
  }

  /// Every period owed from the assignment's year through `year`, each with the report that
  /// met it: reports fill them oldest first across years, so a report filed in January for the
  /// last quarter meets that quarter, late, and not the new year's first as well (trial: one
  /// report counted twice, and the quarter it was for stayed unreported).
  public func periodsOwed(through year: Int) -> [(period: ReportingPeriod.Period, met: LocalDate?)]
  {
    guard case .recurring(let every, let reportingDay) = deadline, year >= assignedOn.year else {
      return []
    }
    let ended = status.isClosed ? (completedOn ?? cancelledOn) : nil
    let owed = (assignedOn.year...year).flatMap { every.periods(in: $0, day: reportingDay) }
      .filter { owes in
        guard owes.due >= assignedOn else { return false }
        switch status {
        case .completed: return ended.map { owes.first <= $0 } ?? true
        case .cancelled, .superseded: return ended.map { owes.due < $0 } ?? true
        default: return true
        }
      }
    var met = [LocalDate?](repeating: nil, count: owed.count)
    for report in record.periodReports.sorted() {
      if let index = owed.indices.first(where: { met[$0] == nil && owed[$0].first <= report }) {
        met[index] = report
      }
    }
    if status == .completed, let done = completedOn,
      let index = owed.indices.first(where: { owed[$0].contains(done) }), met[index] == nil
    {
      met[index] = done
    }
    return owed.indices.map { (owed[$0], met[$0]) }
  }
}
