/// A task was assigned with its five clears (`task.assigned`, v1).
public struct TaskAssigned: Codable, Hashable, Sendable {
  /// What is to be done (rõ việc).
  public var title: String
  /// The head role that answers for it, such as "Chủ tịch UBND xã" (rõ người).
  public var headRole: String
  /// The one unit that leads it (rõ trách nhiệm).
  public var leadUnit: UnitCode
  /// Units that coordinate, none of them the lead.
  public var supportingUnits: [UnitCode]
  /// The product expected (rõ kết quả).
  public var expectedResult: String
  /// When it is due (rõ thời gian).
  public var deadline: Deadline
  /// The plan the task comes from, such as "49/KH-UBND", if any.
  public var plan: String?
  /// For ongoing work: the day each year it is reported on (a reporting cadence).
  public var reportingDay: DayOfYear?
  /// For imported tasks: where in the plan it came from, and the cells as written.
  public var source: TaskSource?

  public init(
    title: String, headRole: String, leadUnit: UnitCode, supportingUnits: [UnitCode],
    expectedResult: String, deadline: Deadline, plan: String? = nil,
    reportingDay: DayOfYear? = nil, source: TaskSource? = nil
  ) {
    self.title = title
    self.headRole = headRole
    self.leadUnit = leadUnit
    self.supportingUnits = supportingUnits
    self.expectedResult = expectedResult
    self.deadline = deadline
    self.plan = plan
    self.reportingDay = reportingDay
    self.source = source
  }
}
