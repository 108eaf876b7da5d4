import LedgerCore

/// One task in `status --json`: its five clears, its state and its bucket on the day judged.
public struct TaskJSON: Encodable {
  public var id: String
  public var title: String
  public var leadUnit: String
  public var supportingUnits: [String]
  public var headRole: String
  @ExplicitNull public var headPerson: String?
  public var headCandidates: [String]
  @ExplicitNull public var leadUnitHead: String?
  public var expectedResult: String
  public var deadline: Deadline
  @ExplicitNull public var due: String?
  public var status: String
  public var bucket: String
  public var assignedOn: String
  @ExplicitNull public var completedOn: String?
  public var reports: Int
  public var extensions: Int
  @ExplicitNull public var plan: String?

  public init(_ view: TaskView) {
    let task = view.task
    id = task.id.rawValue
    title = task.title
    leadUnit = task.leadUnit.rawValue
    supportingUnits = task.supportingUnits.map(\.rawValue)
    headRole = task.headRole
    headPerson = view.headPerson
    headCandidates = view.headCandidates
    leadUnitHead = view.leadUnitHead
    expectedResult = task.expectedResult
    deadline = task.deadline
    due = task.deadline.fixedDate?.iso ?? task.deadline.dueDate(forYearOf: view.attributionDay)?.iso
    status = task.status.rawValue
    bucket = view.bucket.rawValue
    assignedOn = task.assignedOn.iso
    completedOn = task.completedOn?.iso
    reports = task.reportCount
    extensions = task.extensionCount
    plan = task.plan
  }
}
