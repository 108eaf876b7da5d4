/// What one lead unit answers for on one task, judged on a day: the bucket, the deadline that
/// counts, and the day whose role holders answer.
///
/// A task has one charge for its current lead, plus one for every earlier lead whose deadline
/// passed while it led the task without the task being completed: that blame was fixed when the
/// deadline passed and stays with that unit ("overdue, then reassigned to KT on 01/06").
public struct Charge: Hashable, Sendable {
  /// The lead unit that answers.
  public var unit: UnitCode
  public var bucket: Bucket
  /// The deadline that counts for this unit, nil when there is none.
  ///
  /// The unit's own deadline, moved only by the extensions the policy lets move it; for yearly
  /// work, this year's day.
  public var due: LocalDate?
  /// The day that decides which people answer: the completion (or the year's report) day when
  /// it was done in time, otherwise the deadline; the day judged when there is no deadline.
  public var decidingDay: LocalDate
  /// For blame fixed before the task left this unit: how it left.
  public var departure: Departure?
  /// Extensions granted after the deadline they would move had passed.
  public var lateGrants: [ExtensionGrant]

  public init(
    unit: UnitCode, bucket: Bucket, due: LocalDate?, decidingDay: LocalDate,
    departure: Departure? = nil, lateGrants: [ExtensionGrant] = []
  ) {
    self.unit = unit
    self.bucket = bucket
    self.due = due
    self.decidingDay = decidingDay
    self.departure = departure
    self.lateGrants = lateGrants
  }

  /// How the task left a unit after its deadline had passed.
  public enum Departure: Hashable, Sendable {
    case reassigned(to: UnitCode, on: LocalDate)
    case cancelled(on: LocalDate)
    case superseded(on: LocalDate)

    /// "then reassigned to KT on 01/06", "cancelled on 15/05".
    public func label(_ language: Language) -> String {
      switch self {
      case .reassigned(let unit, let day):
        return language.pick(
          vi: "sau đó chuyển cho \(unit) ngày \(day.display)",
          en: "then reassigned to \(unit) on \(day.display)")
      case .cancelled(let day):
        return language.pick(vi: "bị hủy ngày \(day.display)", en: "cancelled on \(day.display)")
      case .superseded(let day):
        return language.pick(
          vi: "kế hoạch mới thay thế ngày \(day.display)",
          en: "superseded on \(day.display)")
      }
    }
  }

  /// How this charge ends up in a year's evaluation; nil when it counts for no one.
  public var outcome: TaskOutcome? {
    switch bucket {
    case .completedOnTime: return .onTime
    case .completedLate: return .late
    case .overdue: return .overdue
    case .inProgressWithinDeadline, .paused: return .notYetDue
    case .noDeadline: return .notScored
    case .cancelled, .superseded: return nil
    }
  }

  /// The bucket in words, with how the task left when blame was fixed before it did
  /// ("overdue, then reassigned to KT on 01/06").
  public func label(_ language: Language) -> String {
    var text = bucket.label(language)
    if let departure { text += ", " + departure.label(language) }
    if !lateGrants.isEmpty {
      text += language.pick(vi: " (gia hạn sau khi quá hạn)", en: " (extended after the deadline)")
    }
    return text
  }
}
