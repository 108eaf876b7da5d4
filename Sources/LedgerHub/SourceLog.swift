import Foundation
import LedgerCore

/// One source's log as the hub holds it, read with the same `LedgerCore` folds and views a
/// commune's ledger answers with.
///
/// Now and today: each task's state is `TaskState.fold` of its stream and each unit's
/// `UnitState.fold`, as the ledger's projections hold them. Any other day or moment: the log up
/// to the moment replayed through `TemporalFold` (the one model of time), which is what the
/// ledger's timeline table is tested to equal. A past day is judged at its close.
public struct SourceLog: Sendable {
  /// The events, in log order, up to the moment asked about.
  public let events: [RecordedEvent]
  /// The source's time zone, which turns the instant a fact was recorded into its day.
  public let timeZone: TimeZone

  public init(
    events: [RecordedEvent],
    timeZone: TimeZone = HubSource.defaultZone
  ) {
    self.events = events
    self.timeZone = timeZone
  }

  /// The board on `day` (default today) with what was known through the log held here;
  /// `latest` says whether that is the whole log (now) or a prefix (a past moment).
  public func board(asOf day: LocalDate?, latest: Bool, today: LocalDate) -> AccountabilityBoard {
    let day = day ?? today
    if latest && day == today {
      return SourceStates(events: events).board(on: day)
    }
    let corrections = events.filter {
      if case .eventCorrected = $0.event { return true }
      return false
    }
    var fold = TemporalFold(day: day, corrections: corrections)
    fold.timeZone = timeZone
    for event in events { fold.add(event) }
    return fold.board(dayIsOver: day < today)
  }

  /// The evaluation of heads of units for a year, on `day` (default: the year's last day, or
  /// today during the year), with what was known through the log held here.
  public func evaluation(
    year: Int, policy: EvaluationPolicy, asOf day: LocalDate?, latest: Bool, today: LocalDate
  ) -> Evaluation {
    let endOfYear = LocalDate(year: year, month: 12, day: 31) ?? today
    let asked = day
    let day = day ?? min(today, endOfYear)
    let board = board(asOf: day, latest: latest, today: today)
    let gathered = EvaluationFacts(
      streams: Dictionary(grouping: events, by: \.stream), year: year, on: day, judgedBy: asked)
    return Evaluation(year: year, board: board, gathered: gathered, policy: policy)
  }
}

extension SourceLog {
  /// The people the source's log names: its heads and the persons it registered, to read a
  /// typed code or name as that commune's own `evaluate --explain` does.
  public func personNames() -> PersonNames {
    let persons = events.compactMap { event -> PersonRegistered? in
      if case .personRegistered(let person) = event.event { return person }
      return nil
    }
    return PersonNames.of(units: SourceStates(events: events).units, persons: persons)
  }
}
