/// The facts that decide who answers for a task and against which deadline: which unit led it
/// from when, each extension and the day it was granted, and the reports filed as the year's.
///
/// `TaskState` keeps the state now; this keeps the history the accountability rules
/// (`TaskState.charges`) need, so that a view never has to re-read the events.
public struct TaskRecord: Codable, Hashable, Sendable {
  /// The lead units in turn, in the order they took the task.
  public var leads: [LeadSpell]
  /// Every extension, in the order recorded.
  public var grants: [ExtensionGrant]
  /// The days of the reports filed as meeting a yearly obligation (`report --annual`).
  public var annualReports: [LocalDate]

  public init(
    leads: [LeadSpell] = [], grants: [ExtensionGrant] = [], annualReports: [LocalDate] = []
  ) {
    self.leads = leads
    self.grants = grants
    self.annualReports = annualReports
  }
}

/// One unit leading a task, from a day, against its own first deadline.
public struct LeadSpell: Codable, Hashable, Sendable {
  public var unit: UnitCode
  /// The day the unit took the task (assigned, or handed over).
  public var from: LocalDate
  /// The fixed deadline the unit took it with (nil for ongoing or yearly work).
  public var due: LocalDate?

  public init(unit: UnitCode, from: LocalDate, due: LocalDate?) {
    self.unit = unit
    self.from = from
    self.due = due
  }
}

/// An extension of a task's deadline, and the day it was granted.
public struct ExtensionGrant: Codable, Hashable, Sendable {
  public var grantedOn: LocalDate
  public var previousDue: LocalDate
  public var newDue: LocalDate

  public init(grantedOn: LocalDate, previousDue: LocalDate, newDue: LocalDate) {
    self.grantedOn = grantedOn
    self.previousDue = previousDue
    self.newDue = newDue
  }
}
