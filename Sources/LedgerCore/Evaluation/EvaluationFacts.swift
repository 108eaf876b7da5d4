/// What the evaluation of a year reads from the log, gathered the same way by every store
/// (the commune's SQLite ledger, the province's hub).
public struct EvaluationFacts: Sendable {
  /// Each task's facts that count and had happened by the day evaluated, in log order.
  public var facts: [TaskID: [RecordedEvent]] = [:]
  /// Who each fact's person is (`PersonIdentity`): every map below is keyed by it.
  public var identity = PersonIdentity()
  /// The general points recorded for the year, by the person's identity key.
  public var generalPoints: [String: Double] = [:]
  /// The leaders' criteria recorded for the year, by the person's identity key, then by period
  /// ("Q1"; nil for the whole year): the latest judgement of each.
  public var leaderCriteria: [String: [String?: LeaderCriteriaJudged]] = [:]
  /// The conditions recorded for the year, by the person's identity key.
  public var conditions: [String: [ConditionRecorded]] = [:]
  /// Each task's excuses of delays and reviews of its product dated after the day evaluated
  /// (and known): decisions about the year's products are usually made after it, and
  /// `Evaluation` counts those made before the task's next deadline (trial: an excuse and a
  /// review decided in January were accepted and left out of the year's rating).
  public var laterDecisions: [TaskID: [RecordedEvent]] = [:]

  /// The delays excused on each task (`task excuse-delay`): one per event.
  public var excusedDelays: [TaskID: Int] {
    facts.mapValues { events in
      events.filter {
        if case .delayExcused = $0.event { return true }
        return false
      }.count
    }
  }

  /// Gathers the facts of the task and evaluation streams of a log (known to the moment
  /// asked), for a year evaluated on a day.
  ///
  /// - Parameter judgedBy: when given (`--as-of`), judgements about the year (general points,
  ///   leaders' criteria, conditions) dated after it are left out; otherwise every judgement
  ///   known counts, whenever dated (they are usually made after the year).
  public init(
    streams: [StreamID: [RecordedEvent]], year: Int, on day: LocalDate,
    judgedBy: LocalDate? = nil
  ) {
    var persons: [PersonRegistered] = []
    var judgements: [RecordedEvent] = []
    for (stream, events) in streams.sorted(by: { $0.key.description < $1.key.description }) {
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
        let later = active.filter { fact in
          switch fact.event {
          case .delayExcused, .taskReviewed:
            return fact.effective > day && (judgedBy.map { fact.effective <= $0 } ?? true)
          default: return false
          }
        }
        if !later.isEmpty { laterDecisions[id] = later }
      case .evaluation:
        // A judgement about the year, usually made after it: known-at limits it, and so does
        // the day asked for with --as-of.
        judgements += active.filter { fact in judgedBy.map { fact.effective <= $0 } ?? true }
      case .person:
        for fact in active {
          if case .personRegistered(let person) = fact.event { persons.append(person) }
        }
      default: break
      }
    }
    identity = PersonIdentity(persons: persons)
    // In log order, so the later of two judgements replaces the earlier even when one was
    // recorded under the person's name and the other under their code.
    for fact in judgements.sorted(by: { $0.position < $1.position }) {
      switch fact.event {
      case .generalPointsScored(let score) where score.year == year:
        generalPoints[identity.key(code: score.code, name: score.person)] = score.points
      case .leaderCriteriaJudged(let judged) where judged.year == year:
        leaderCriteria[identity.key(code: judged.code, name: judged.person), default: [:]][
          judged.period] = judged
      case .conditionRecorded(let condition) where condition.year == year:
        conditions[identity.key(code: condition.code, name: condition.person), default: []]
          .append(condition)
      default: continue
      }
    }
  }
}
