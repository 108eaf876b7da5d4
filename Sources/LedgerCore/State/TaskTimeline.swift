/// The one model of a task over time: its state on each day, as known after each event.
///
/// See `Docs/time.md` for the two axes (effective days, log positions) and the invariants.
///
/// Every reader and writer of "a task's state over time" goes through here: the inline
/// projector and the bulk projector persist `change(after:…)`, `rebuild` is the bulk projector
/// over the whole log, reads of a past day replay with `state(after:on:)`, and the reference
/// model of the tests is `history(of:)`, the fold of `change` over a stream.
///
/// Invariants:
/// 1. The state on day `d`, as known after position `p`, is the fold, in log order, of the
///    facts of the stream recorded by `p` that still count (corrections known by `p` applied)
///    and happened on or before `d`.
/// 2. It changes only on days facts happened: one segment per such day, merged when nothing
///    changed, the last one open-ended.
/// 3. A fact on or after the latest segment's first day only changes the state from its day on;
///    any other fact (backdated) or a correction rewrites the task's whole known picture.
/// 4. Nothing known is ever changed, only closed: a segment known from `p` stays known until
///    the event that contradicts it.
public enum TaskTimeline {
  /// One stretch of effective time with one state.
  public struct Segment: Hashable, Sendable {
    /// First day of the segment.
    public var from: LocalDate
    /// First day after it; nil when it runs on.
    public var until: LocalDate?
    public var state: TaskState

    public init(from: LocalDate, until: LocalDate?, state: TaskState) {
      self.from = from
      self.until = until
      self.state = state
    }
  }

  /// A segment together with the stretch of the log during which it was known.
  public struct KnownSegment: Hashable, Sendable {
    public var segment: Segment
    /// The position of the event from which it was known.
    public var knownFrom: Int64
    /// The position of the event that contradicted it; nil while it is still known.
    public var knownTo: Int64?
  }

  /// How what is known of a task changes when one event of its stream is appended.
  public enum Change: Hashable, Sendable {
    /// From `from` on the state is `state`. The latest segment known until now (which starts on
    /// or before `from`) ends there; the segments before it stand.
    case continues(from: LocalDate, state: TaskState)
    /// The task's past changed: every segment known until now is closed, and `segments` are
    /// known from this event on.
    case rewritten([Segment])
  }

  /// Folds one more fact into a state on a day (invariant 1): a fact counts once it happened.
  public static func state(after state: TaskState?, adding fact: RecordedEvent, on day: LocalDate)
    -> TaskState?
  {
    fact.effective <= day ? TaskState.evolve(state, with: fact) : state
  }

  /// The segments known from a stream's facts that still count (corrections already applied,
  /// as `Retractions.activeFacts` gives them), in log order.
  public static func segments(facts: [RecordedEvent]) -> [Segment] {
    let days = Set(facts.map(\.effective)).sorted()
    var segments: [Segment] = []
    for day in days {
      let state = facts.reduce(nil) { Self.state(after: $0, adding: $1, on: day) }
      guard let state else {
        if var last = segments.popLast() {
          last.until = day
          segments.append(last)
        }
        continue
      }
      if let last = segments.last, last.until == nil, last.state == state { continue }
      if var last = segments.popLast() {
        if last.until == nil { last.until = day }
        segments.append(last)
      }
      segments.append(Segment(from: day, until: nil, state: state))
    }
    return segments
  }

  /// The change an appended event of the stream makes (invariant 3).
  ///
  /// - Parameters:
  ///   - event: the event just appended.
  ///   - latestFrom: the first day of the latest segment known until now; nil when none is.
  ///   - state: the task's state now, before the event (nil before its assignment).
  ///   - stream: every event of the stream through this one, read only when the past changes.
  public static func change(
    after event: RecordedEvent, latestFrom: LocalDate?, state: TaskState?,
    stream: () throws -> [RecordedEvent]
  ) rethrows -> Change {
    let isCorrection: Bool
    if case .eventCorrected = event.event { isCorrection = true } else { isCorrection = false }
    if !isCorrection, let next = TaskState.evolve(state, with: event) {
      if let latestFrom, event.effective >= latestFrom {
        return .continues(from: event.effective, state: next)
      }
      if latestFrom == nil, state == nil, case .taskAssigned = event.event {
        return .continues(from: event.effective, state: next)
      }
    }
    return .rewritten(segments(facts: Retractions.activeFacts(in: try stream())))
  }

  /// The whole known picture of a task: every segment and when it was known.
  ///
  /// Folds `change` over the stream in log order: the reference the stored timeline is tested
  /// against.
  public static func history(of stream: [RecordedEvent]) -> [KnownSegment] {
    var known: [KnownSegment] = []
    var state: TaskState?
    for (index, event) in stream.enumerated() {
      let open = known.indices.filter { known[$0].knownTo == nil }
      let latest = open.max { known[$0].segment.from < known[$1].segment.from }
      let change = TaskTimeline.change(
        after: event, latestFrom: latest.map { known[$0].segment.from }, state: state,
        stream: { Array(stream[...index]) })
      switch change {
      case .continues(let day, let next):
        if let latest {
          let tail = known[latest].segment
          known[latest].knownTo = event.position
          if day > tail.from {
            known.append(
              KnownSegment(
                segment: Segment(from: tail.from, until: day, state: tail.state),
                knownFrom: event.position, knownTo: nil))
          }
        }
        known.append(
          KnownSegment(
            segment: Segment(from: day, until: nil, state: next), knownFrom: event.position,
            knownTo: nil))
        state = next
      case .rewritten(let segments):
        for index in open { known[index].knownTo = event.position }
        known += segments.map { KnownSegment(segment: $0, knownFrom: event.position, knownTo: nil) }
        state = TaskState.fold(Array(stream[...index]))
      }
    }
    return known
  }
}
