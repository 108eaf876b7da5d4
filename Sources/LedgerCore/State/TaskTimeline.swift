/// A task's state over effective time, as a list of segments: from each day on, this state.
///
/// The state on a day is the fold, in log order, of the facts that had happened by that day.
/// It changes only on days that facts happened, so the timeline is one segment per such day
/// (merged when nothing visible changed).
public enum TaskTimeline {
  /// One stretch of effective time with one state.
  public struct Segment: Hashable, Sendable {
    /// First day of the segment.
    public var from: LocalDate
    /// First day after it; nil when it runs on.
    public var until: LocalDate?
    public var state: TaskState
  }

  /// The segments of a task's timeline, from the facts of its stream that still count.
  public static func segments(facts: [RecordedEvent]) -> [Segment] {
    let days = Set(facts.map(\.effective)).sorted()
    var segments: [Segment] = []
    for day in days {
      let state = facts.filter { $0.effective <= day }.reduce(nil) {
        TaskState.evolve($0, with: $1)
      }
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
}
