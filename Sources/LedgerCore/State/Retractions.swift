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

  /// The events that still count, in order, without the corrections themselves.
  ///
  /// A counting correction that restates its target's day keeps the target in its place in
  /// the log, re-dated: it is the same fact, only its day was wrong.
  public static func activeFacts(in events: [RecordedEvent]) -> [RecordedEvent] {
    let retractedBy = retractors(of: corrections(in: events))
    let redated = restatedDays(in: events, retractedBy: retractedBy)
    return events.compactMap { recorded in
      if case .eventCorrected = recorded.event { return nil }
      if let day = redated[recorded.position] {
        var fact = recorded
        fact.effective = day
        return fact
      }
      return retractedBy[recorded.position] == nil ? recorded : nil
    }
  }

  /// For each fact a counting correction restates, the day it now happened on.
  public static func restatedDays(in corrections: [RecordedEvent], retractedBy: [Int64: Int64])
    -> [Int64: LocalDate]
  {
    var days: [Int64: LocalDate] = [:]
    for recorded in corrections where retractedBy[recorded.position] == nil {
      guard case .eventCorrected(let correction) = recorded.event,
        let day = correction.restatedEffective,
        retractedBy[correction.retracts] == recorded.position
      else { continue }
      days[correction.retracts] = day
    }
    return days
  }
}
