/// Folds the log into the state it showed on a day, as known at a moment.
///
/// Feed it, in log order, the events recorded up to that moment. It keeps the facts that had
/// happened by the day (effective on or before it), leaves out those retracted by corrections
/// known at the moment, and puts a restated fact in place of its correction. Memory holds the
/// current states, not the log, so a long log streams through.
public struct TemporalFold: Sendable {
  /// The day judged on.
  public let day: LocalDate
  /// Retracted positions and the correction (known at the moment) that retracts each.
  private let retractedBy: [Int64: Int64]
  /// For a counting correction that restates a fact: the fact on its new day.
  private let restated: [Int64: RecordedEvent]
  private var tasks: [TaskID: TaskState] = [:]
  private var unitFacts: [UnitCode: [RecordedEvent]] = [:]

  /// Prepares a fold from every correction known at the moment and the events they target.
  public init(day: LocalDate, corrections: [RecordedEvent], targets: [Int64: RecordedEvent]) {
    self.day = day
    let pairs = Retractions.corrections(in: corrections)
    let retractedBy = Retractions.retractors(of: pairs)
    self.retractedBy = retractedBy
    var restated: [Int64: RecordedEvent] = [:]
    for correction in corrections where retractedBy[correction.position] == nil {
      guard case .eventCorrected(let c) = correction.event, let on = c.restatedEffective,
        let target = targets[c.retracts]
      else { continue }
      restated[correction.position] = Retractions.restated(target, on: on, at: correction.position)
    }
    self.restated = restated
  }

  /// The positions of the events a restating correction needs to see.
  public static func restatedTargets(of corrections: [RecordedEvent]) -> [Int64] {
    corrections.compactMap { recorded in
      guard case .eventCorrected(let c) = recorded.event, c.restatedEffective != nil else {
        return nil
      }
      return c.retracts
    }
  }

  /// Takes the next event of the log.
  public mutating func add(_ event: RecordedEvent) {
    guard retractedBy[event.position] == nil else { return }
    if case .eventCorrected = event.event {
      if let fact = restated[event.position] { apply(fact) }
      return
    }
    apply(event)
  }

  private mutating func apply(_ fact: RecordedEvent) {
    guard fact.effective <= day else { return }
    switch fact.stream {
    case .task(let id): tasks[id] = TaskState.evolve(tasks[id], with: fact)
    case .unit(let code): unitFacts[code, default: []].append(fact)
    case .plan, .evaluation: break
    }
  }

  /// The units as they stood, with their tenures.
  public func units() -> [UnitState] {
    unitFacts.values.compactMap(UnitState.fold)
  }

  /// The board as it stood: every task, unit and tenure, judged on the day (at its close
  /// when `dayIsOver`).
  public func board(dayIsOver: Bool) -> AccountabilityBoard {
    AccountabilityBoard(
      tasks: Array(tasks.values), units: unitFacts.values.compactMap(UnitState.fold), on: day,
      dayIsOver: dayIsOver)
  }
}
