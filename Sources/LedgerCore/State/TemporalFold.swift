import Foundation

/// Folds the log into the state it showed on a day, as known at a moment: the one model of
/// time (`TaskTimeline`) read by replay, streaming.
///
/// Feed it, in log order, the events recorded up to that moment. It keeps the facts that had
/// happened by the day (effective on or before it), leaves out those retracted by corrections
/// known at the moment, and re-dates the facts a correction restated. Memory holds the current
/// states, not the log, so a long log streams through.
public struct TemporalFold: Sendable {
  /// The day judged on.
  public let day: LocalDate
  /// Retracted positions and the correction (known at the moment) that retracts each.
  private let retractedBy: [Int64: Int64]
  /// Facts a counting correction re-dated, with their new day.
  private let redated: [Int64: LocalDate]
  private var tasks: [TaskID: TaskState] = [:]
  private var unitFacts: [UnitCode: [RecordedEvent]] = [:]
  /// The ledger's time zone, which turns the instant a fact was recorded into its day.
  public var timeZone = TimeZone(identifier: "UTC")!

  /// Prepares a fold from every correction known at the moment.
  public init(day: LocalDate, corrections: [RecordedEvent]) {
    self.day = day
    let retractedBy = Retractions.retractors(of: Retractions.corrections(in: corrections))
    self.retractedBy = retractedBy
    redated = Retractions.restatedDays(in: corrections, retractedBy: retractedBy)
  }

  /// Takes the next event of the log.
  public mutating func add(_ event: RecordedEvent) {
    if case .eventCorrected = event.event { return }
    if let day = redated[event.position] {
      var fact = event
      fact.effective = day
      apply(fact)
    } else if retractedBy[event.position] == nil {
      apply(event)
    }
  }

  private mutating func apply(_ fact: RecordedEvent) {
    switch fact.stream {
    case .task(let id): tasks[id] = TaskTimeline.state(after: tasks[id], adding: fact, on: day)
    case .unit(let code):
      if fact.effective <= day || decidedAhead(fact) { unitFacts[code, default: []].append(fact) }
    case .plan, .evaluation, .key, .policy, .account, .person: break
    }
  }

  /// True for an appointment recorded by the day that takes effect after it: decided ahead, it
  /// was known on the day (its tenure starts on its own day).
  private func decidedAhead(_ fact: RecordedEvent) -> Bool {
    guard case .headAppointed = fact.event else { return false }
    return LocalDate(fact.recorded, in: timeZone) <= day
  }

  /// The units as they stood, with their tenures.
  public func units() -> [UnitState] {
    unitFacts.values.compactMap(UnitState.fold)
  }

  /// The board as it stood: every task, unit and tenure, judged on the day (at its close
  /// when `dayIsOver`).
  public func board(dayIsOver: Bool, policy: EvaluationPolicy = .shipped) -> AccountabilityBoard {
    AccountabilityBoard(
      tasks: Array(tasks.values), units: unitFacts.values.compactMap(UnitState.fold), on: day,
      dayIsOver: dayIsOver, policy: policy)
  }
}
