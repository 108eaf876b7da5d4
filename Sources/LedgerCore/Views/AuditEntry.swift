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
  /// Days from the day it happened to the day it was recorded (in the ledger's time zone); for
  /// a fact imported from another system, to the day the source recorded it.
  public var lagDays: Int
  /// When the source recorded an imported fact, if it says (`origin.recorded`).
  ///
  /// The fact counts as known from then.
  public var sourceRecorded: Date?
  /// For an imported fact with a source recorded time: days from the source's recording to
  /// the import here (the import's own lag, never counted as backdating).
  public var importLagDays: Int?
  /// True when recorded more than the threshold after it happened: the pattern that hides
  /// late work behind an earlier date.
  public var backdated: Bool
  /// True for an extension granted after the deadline it moves had passed: it does not excuse
  /// the lateness (see `TaskState.charges`).
  public var extendedAfterDeadline: Bool
  /// True when the stored event no longer hashes or chains as recorded: changed behind the
  /// ledger's back, so what it says is not a fact (`HistoryEntry.altered`).
  public var altered = false
  /// For an extension whose approver the ledger records heading a unit, and heading none on
  /// the day it was granted: when they left (`OfficeHolders`; trial: a clerk named
  /// the chair who had left, and the audit showed it as any other).
  public var approverAbsent: OfficeHolders.Absence?

  /// Marks an extension whose approver was out of office on the day it was granted.
  public mutating func judgeApprover(_ holders: OfficeHolders) {
    guard case .deadlineExtended(let change) = event.event else { return }
    approverAbsent = holders.absence(change.approvedBy, on: happened)
  }

  /// Who recorded the fact where it was first recorded.
  ///
  /// For an imported fact whose source names its recorder, that recorder with the source
  /// ("Trần Hậu (xã Hòa Lợi)"); otherwise the actor who recorded it here. A backdating is the
  /// original recorder's, not the importing clerk's.
  public var recordedBy: String {
    guard let origin = event.origin, let actor = origin.actor else { return event.actor }
    return "\(actor) (\(origin.source))"
  }

  public init(event: RecordedEvent, retractedBy: Int64?, timeZone: TimeZone, thresholdDays: Int) {
    self.event = event
    self.retractedBy = retractedBy
    if case .eventCorrected(let correction) = event.event, let day = correction.restatedEffective {
      happened = day
    } else {
      happened = event.effective
    }
    let recordedHere = LocalDate(event.recorded, in: timeZone).dayNumber
    sourceRecorded = event.origin?.recorded.flatMap(FactOrigin.instant)
    if let sourceRecorded {
      let recordedThere = LocalDate(sourceRecorded, in: timeZone).dayNumber
      lagDays = recordedThere - happened.dayNumber
      importLagDays = recordedHere - recordedThere
    } else {
      lagDays = recordedHere - happened.dayNumber
      importLagDays = nil
    }
    backdated = lagDays > thresholdDays
    if case .deadlineExtended(let change) = event.event {
      extendedAfterDeadline = happened > change.previousDue
    } else {
      extendedAfterDeadline = false
    }
  }
}
