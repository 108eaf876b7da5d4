import LedgerCore

/// One task in `status --json`: its five clears, its state and its bucket on the day judged.
struct TaskJSON: Encodable {
  var id: String
  var title: String
  var leadUnit: String
  var supportingUnits: [String]
  var headRole: String
  @ExplicitNull var headPerson: String?
  var headCandidates: [String]
  @ExplicitNull var leadUnitHead: String?
  var expectedResult: String
  var deadline: Deadline
  @ExplicitNull var due: String?
  var status: String
  var bucket: String
  var assignedOn: String
  @ExplicitNull var completedOn: String?
  var reports: Int
  var extensions: Int
  @ExplicitNull var plan: String?

  init(_ view: TaskView) {
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
