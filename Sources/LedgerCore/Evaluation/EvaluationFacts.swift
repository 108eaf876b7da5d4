/// What the evaluation of a year reads from the log, gathered the same way by every store
/// (the commune's SQLite ledger, the province's hub).
public struct EvaluationFacts: Sendable {
  /// Each task's facts that count and had happened by the day evaluated, in log order.
  public var facts: [TaskID: [RecordedEvent]] = [:]
  /// The general points recorded for the year, by the person's name key.
  public var generalPoints: [String: Double] = [:]

  /// Gathers the facts of the task and evaluation streams of a log (known to the moment
  /// asked), for a year evaluated on a day.
  public init(streams: [StreamID: [RecordedEvent]], year: Int, on day: LocalDate) {
    for (stream, events) in streams {
      let active = Retractions.activeFacts(in: events)
      switch stream {
      case .task(let id):
        // A fact a correction re-dated is cited by that correction: the original event shows
        // as retracted in history.
        let retractedBy = Retractions.retractors(of: Retractions.corrections(in: events))
        facts[id] = active.filter { $0.effective <= day }.map { fact in
          var cited = fact
          if let correction = retractedBy[fact.position] { cited.position = correction }
          return cited
        }
      case .evaluation:
        // A judgement about the year, usually made after it: known-at limits it, the day
        // evaluated does not.
        for case .generalPointsScored(let score) in active.map(\.event) where score.year == year {
          generalPoints[VietnameseText.matchKey(score.person)] = score.points
        }
      default: break
      }
    }
  }
}
