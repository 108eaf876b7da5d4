/// Works out which events still count once corrections are taken into account.
public enum Retractions {
  /// For each retracted position, the correction that retracts it, given every correction as
  /// (its position, the position it retracts).
  ///
  /// A correction counts unless a later counting correction retracts it, so corrections are
  /// read from the newest back: by the time one is reached, everything that could retract it
  /// has been decided.
  public static func retractors(of corrections: [(position: Int64, retracts: Int64)])
    -> [Int64: Int64]
  {
    var retractedBy: [Int64: Int64] = [:]
    for correction in corrections.sorted(by: { $0.position > $1.position })
    where retractedBy[correction.position] == nil {
      retractedBy[correction.retracts] = correction.position
    }
    return retractedBy
  }

  /// The positions retracted by corrections that themselves still count.
  public static func retractedPositions(in events: [RecordedEvent]) -> Set<Int64> {
    Set(retractors(of: corrections(in: events)).keys)
  }

  /// The corrections among the events, as (position, retracted position).
  public static func corrections(in events: [RecordedEvent]) -> [(position: Int64, retracts: Int64)]
  {
    events.compactMap { recorded in
      if case .eventCorrected(let correction) = recorded.event {
        return (recorded.position, correction.retracts)
      }
      return nil
    }
  }

  /// The events that still count, in order, without the corrections themselves; a counting
  /// correction that restates its target's day stands in its place as that fact, re-dated.
  public static func activeFacts(in events: [RecordedEvent]) -> [RecordedEvent] {
    let retracted = retractedPositions(in: events)
    let byPosition = Dictionary(events.map { ($0.position, $0) }, uniquingKeysWith: { a, _ in a })
    return events.compactMap { recorded in
      guard !retracted.contains(recorded.position) else { return nil }
      guard case .eventCorrected(let correction) = recorded.event else { return recorded }
      guard let day = correction.restatedEffective, let target = byPosition[correction.retracts]
      else { return nil }
      return restated(target, on: day, at: recorded.position)
    }
  }

  /// A fact restated by a correction: the same fact on another day, at the correction's place.
  public static func restated(_ target: RecordedEvent, on day: LocalDate, at position: Int64)
    -> RecordedEvent
  {
    var fact = target
    fact.effective = day
    fact.position = position
    return fact
  }
}
