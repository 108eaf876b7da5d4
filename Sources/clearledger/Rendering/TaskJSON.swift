import LedgerCore

/// One task in `status --json`: its five clears, its state and its bucket on the day judged.
struct TaskJSON: Encodable {
  var id: String
  var title: String
  var leadUnit: String
  var supportingUnits: [String]
  var headRole: String
  @ExplicitNull var headPerson: String?
  var roleUnit: String
  @ExplicitNull var leadUnitHead: String?
  var expectedResult: String
  var deadline: Deadline
  @ExplicitNull var due: String?
  var status: String
  var bucket: String
  /// The lead unit this line charges (the current lead, or an earlier one blame stays with).
  var chargedUnit: String
  /// The deadline that counts for it, after the extensions the policy lets move it.
  @ExplicitNull var dueCounted: String?
  /// How the task left the charged unit after its deadline had passed, if it did.
  @ExplicitNull var departure: String?
  /// Extensions granted after the deadline they would move had passed.
  var extensionsAfterDeadline: [String]
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
    roleUnit = view.roleUnit.rawValue
    leadUnitHead = view.leadUnitHead
    expectedResult = task.expectedResult
    deadline = task.deadline
    due = task.deadline.fixedDate?.iso ?? view.charge.due?.iso
    status = task.status.rawValue
    bucket = view.bucket.rawValue
    chargedUnit = view.lead.rawValue
    dueCounted = view.charge.due?.iso
    departure = view.charge.departure?.label(.en)
    extensionsAfterDeadline = view.charge.lateGrants.map(\.grantedOn.iso)
    assignedOn = task.assignedOn.iso
    completedOn = task.completedOn?.iso
    reports = task.reportCount
    extensions = task.extensionCount
    plan = task.plan
  }
}
