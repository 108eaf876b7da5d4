/// What is known about one task now: the fold of its stream's events that still count.
public struct TaskState: Hashable, Sendable {
  public var id: TaskID
  public var title: String
  public var headRole: String
  public var leadUnit: UnitCode
  public var supportingUnits: [UnitCode]
  public var expectedResult: String
  /// The deadline in force, after extensions.
  public var deadline: Deadline
  /// The deadline as first assigned.
  public var originalDeadline: Deadline
  public var plan: String?
  /// For ongoing work, the day each year it is reported on.
  public var reportingDay: DayOfYear?
  /// For imported tasks, where in the plan it came from.
  public var source: TaskSource?
  public var status: TaskStatus
  public var assignedOn: LocalDate
  public var startedOn: LocalDate?
  public var completedOn: LocalDate?
  public var completion: TaskCompleted?
  public var cancelledOn: LocalDate?
  public var pausedOn: LocalDate?
  /// The reason given by the last cancel or pause.
  public var statusReason: String?
  public var lastReportOn: LocalDate?
  public var reportCount: Int
  public var extensionCount: Int
  /// The position of the last event that changed this state.
  public var lastPosition: Int64

  public init(
    id: TaskID, title: String, headRole: String, leadUnit: UnitCode, supportingUnits: [UnitCode],
    expectedResult: String, deadline: Deadline, originalDeadline: Deadline, plan: String?,
    reportingDay: DayOfYear? = nil, source: TaskSource? = nil, status: TaskStatus,
    assignedOn: LocalDate, startedOn: LocalDate?, completedOn: LocalDate?,
    completion: TaskCompleted?, cancelledOn: LocalDate?, pausedOn: LocalDate?,
    statusReason: String?, lastReportOn: LocalDate?, reportCount: Int, extensionCount: Int,
    lastPosition: Int64
  ) {
    self.id = id
    self.title = title
    self.headRole = headRole
    self.leadUnit = leadUnit
    self.supportingUnits = supportingUnits
    self.expectedResult = expectedResult
    self.deadline = deadline
    self.originalDeadline = originalDeadline
    self.plan = plan
    self.reportingDay = reportingDay
    self.source = source
    self.status = status
    self.assignedOn = assignedOn
    self.startedOn = startedOn
    self.completedOn = completedOn
    self.completion = completion
    self.cancelledOn = cancelledOn
    self.pausedOn = pausedOn
    self.statusReason = statusReason
    self.lastReportOn = lastReportOn
    self.reportCount = reportCount
    self.extensionCount = extensionCount
    self.lastPosition = lastPosition
  }

  /// The bucket this task falls in when judged on `date`.
  ///
  /// While a day is still running (`dayIsOver` false, as for today), a task due that day is
  /// within its deadline. Judged at the close of a day (`dayIsOver` true, as for a past
  /// `--as-of` day), a task not completed by the close of its due day is overdue.
  public func bucket(on date: LocalDate, dayIsOver: Bool = false) -> Bucket {
    switch status {
    case .cancelled: return .cancelled
    case .superseded: return .superseded
    case .paused: return .paused
    case .completed:
      let done = completedOn ?? date
      guard let due = deadline.dueDate(forYearOf: done) else { return .completedOnTime }
      return done <= due ? .completedOnTime : .completedLate
    case .assigned, .inProgress:
      guard let due = deadline.dueDate(forYearOf: date) else { return .noDeadline }
      if date < due || (date == due && !dayIsOver) { return .inProgressWithinDeadline }
      if case .yearly = deadline, let report = lastReportOn, report.year == date.year,
        report <= due
      {
        return .inProgressWithinDeadline
      }
      return .overdue
    }
  }

  /// The day that decides who answers for the task when judged on `date`: its due day, or
  /// `date` itself when the task has no deadline.
  public func attributionDay(on date: LocalDate) -> LocalDate {
    deadline.dueDate(forYearOf: date) ?? date
  }
}
