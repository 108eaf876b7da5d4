/// What is known about one task now: the fold of its stream's events that still count.
public struct TaskState: Codable, Hashable, Sendable {
  public var id: TaskID
  public var title: String
  public var headRole: String
  /// The unit in which the head role is held, when the assignment named one (`--role-unit`).
  public var roleUnit: UnitCode?
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
  /// Who led it from when, the extensions and when each was granted, the annual reports.
  public var record: TaskRecord
  /// Units of product assigned and their conversion weight (nil: one, weight 1), and units
  /// delivered as last reported or completed.
  public var quantity: Double? = nil
  public var weight: Double? = nil
  public var delivered: Double? = nil
  /// The position of the last event that changed this state.
  public var lastPosition: Int64

  public init(
    id: TaskID, title: String, headRole: String, leadUnit: UnitCode, supportingUnits: [UnitCode],
    expectedResult: String, deadline: Deadline, originalDeadline: Deadline, plan: String?,
    reportingDay: DayOfYear? = nil, source: TaskSource? = nil, status: TaskStatus,
    assignedOn: LocalDate, startedOn: LocalDate?, completedOn: LocalDate?,
    completion: TaskCompleted?, cancelledOn: LocalDate?, pausedOn: LocalDate?,
    statusReason: String?, lastReportOn: LocalDate?, reportCount: Int, extensionCount: Int,
    lastPosition: Int64, roleUnit: UnitCode? = nil, record: TaskRecord = TaskRecord()
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
    self.roleUnit = roleUnit
    self.record = record
  }
}

extension TaskState {
  /// Further lead units the plan named in the same cell, each answerable (task.assigned v5).
  public var coLeads: [UnitCode]? {
    get { record.coLeads }
    set { record.coLeads = newValue }
  }

  /// The lead cell's exact text when it names a group of bodies (task.assigned v5).
  public var collectiveLead: String? {
    get { record.collectiveLead }
    set { record.collectiveLead = newValue }
  }

  /// True when the plan's deadline could not be read (task.assigned v5).
  public var deadlineUnread: Bool? {
    get { record.deadlineUnread }
    set { record.deadlineUnread = newValue }
  }
}

extension TaskState {
  /// The answerable role (title and the unit it is held in) in force on a day: the one an
  /// amendment replaced, for a day before it, else the current one.
  public func role(on day: LocalDate) -> (headRole: String, roleUnit: UnitCode?) {
    if let spell = record.roleSpells.first(where: { day < $0.until }) {
      return (spell.headRole, spell.roleUnit)
    }
    return (headRole, roleUnit)
  }
}
