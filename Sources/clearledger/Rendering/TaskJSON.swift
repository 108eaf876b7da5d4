import LedgerCore

/// One task in `status --json`: its five clears, its state and its bucket on the day judged.
struct TaskJSON: Encodable {
  var id: String
  var title: String
  var leadUnit: String
  var supportingUnits: [String]
  var headRole: String
  var headPerson: String?
  var leadUnitHead: String?
  var expectedResult: String
  var deadline: Deadline
  var due: String?
  var status: String
  var bucket: String
  var assignedOn: String
  var completedOn: String?
  var reports: Int
  var extensions: Int
  var plan: String?

  init(_ view: TaskView) {
    let task = view.task
    id = task.id.rawValue
    title = task.title
    leadUnit = task.leadUnit.rawValue
    supportingUnits = task.supportingUnits.map(\.rawValue)
    headRole = task.headRole
    headPerson = view.headPerson
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

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(title, forKey: .title)
    try container.encode(leadUnit, forKey: .leadUnit)
    try container.encode(supportingUnits, forKey: .supportingUnits)
    try container.encode(headRole, forKey: .headRole)
    try container.encode(headPerson, forKey: .headPerson)
    try container.encode(leadUnitHead, forKey: .leadUnitHead)
    try container.encode(expectedResult, forKey: .expectedResult)
    try container.encode(deadline, forKey: .deadline)
    try container.encode(due, forKey: .due)
    try container.encode(status, forKey: .status)
    try container.encode(bucket, forKey: .bucket)
    try container.encode(assignedOn, forKey: .assignedOn)
    try container.encode(completedOn, forKey: .completedOn)
    try container.encode(reports, forKey: .reports)
    try container.encode(extensions, forKey: .extensions)
    try container.encode(plan, forKey: .plan)
  }

  private enum CodingKeys: String, CodingKey {
    case id, title, leadUnit, supportingUnits, headRole, headPerson, leadUnitHead,
      expectedResult, deadline, due, status, bucket, assignedOn, completedOn, reports,
      extensions, plan
  }
}
