import Foundation

/// One event as an audit shows it: who recorded what, when it happened, when it was recorded,
/// and how late the recording was.
public struct AuditEntry: Hashable, Sendable {
  public var event: RecordedEvent
  /// The day the fact happened as stated: the event's effective day, or for a correction that
  /// restates a fact, the day it restates.
  public var happened: LocalDate
  /// The correction that retracts this event, if one counts.
  public var retractedBy: Int64?
  /// Days from the day it happened to the day it was recorded (in the ledger's time zone).
  public var lagDays: Int
  /// True when recorded more than the threshold after it happened: the pattern that hides
  /// late work behind an earlier date.
  public var backdated: Bool
  /// True for an extension granted after the deadline it moves had passed: it does not excuse
  /// the lateness (see `TaskState.charges`).
  public var extendedAfterDeadline: Bool

  public init(event: RecordedEvent, retractedBy: Int64?, timeZone: TimeZone, thresholdDays: Int) {
    self.event = event
    self.retractedBy = retractedBy
    if case .eventCorrected(let correction) = event.event, let day = correction.restatedEffective {
      happened = day
    } else {
      happened = event.effective
    }
    lagDays = LocalDate(event.recorded, in: timeZone).dayNumber - happened.dayNumber
    backdated = lagDays > thresholdDays
    if case .deadlineExtended(let change) = event.event {
      extendedAfterDeadline = happened > change.previousDue
    } else {
      extendedAfterDeadline = false
    }
  }
}
