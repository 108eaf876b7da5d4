import LedgerCore

/// One task in `status --json`: its five clears, its state and its bucket on the day judged.
public struct TaskJSON: Encodable {
  public var id: String
  public var title: String
  /// The task's lead unit now; the unit this line charges is `chargedUnit`.
  public var leadUnit: String
  public var supportingUnits: [String]
  /// The role title that answers for this line, as it stood on the day that decided who
  /// answers (an earlier lead's line keeps the title of its time).
  public var headRole: String
  @ExplicitNull public var headPerson: String?
  /// The accountable head's staff code, when the appointment recorded one.
  @ExplicitNull public var headPersonCode: String?
  public var roleUnit: String
  /// The head of the charged unit (`chargedUnit`) on the day that decides who answers: for a
  /// line kept by an earlier lead, not the head of `leadUnit` (trial: read as that).
  @ExplicitNull public var leadUnitHead: String?
  /// The staff code of `leadUnitHead`, when the appointment recorded one.
  @ExplicitNull public var leadUnitHeadCode: String?
  public var expectedResult: String
  /// The deadline; `{"kind": "unreadable", "text": …}` when the plan's could not be read.
  public var deadline: TaskDeadlineJSON
  /// The task's fixed deadline now; the one that counts for this line is `dueCounted`.
  @ExplicitNull public var due: String?
  public var status: String
  public var bucket: String
  /// The lead unit this line charges (the current lead, or an earlier one blame stays with).
  public var chargedUnit: String
  /// The deadline that counts for it, after the extensions the policy lets move it.
  @ExplicitNull public var dueCounted: String?
  /// How the task left the charged unit after its deadline had passed, if it did.
  @ExplicitNull public var departure: String?
  /// Extensions granted after the deadline they would move had passed.
  public var extensionsAfterDeadline: [String]
  public var assignedOn: String
  @ExplicitNull public var completedOn: String?
  public var reports: Int
  public var extensions: Int
  @ExplicitNull public var plan: String?
  /// Further lead units the plan named in the same cell, each answerable (empty for none).
  public var coLeads: [String]
  /// The lead cell's exact text when the plan named a group of bodies, else null.
  @ExplicitNull public var collectiveLead: String?
  /// True when the plan's deadline could not be read: `deadline` is then no deadline at all.
  public var deadlineUnread: Bool

  public init(_ view: TaskView) {
    let task = view.task
    id = task.id.rawValue
    title = task.title
    leadUnit = task.leadUnit.rawValue
    supportingUnits = task.supportingUnits.map(\.rawValue)
    headRole = view.headRole
    headPerson = view.headPerson
    headPersonCode = view.headCode
    roleUnit = view.roleUnit.rawValue
    leadUnitHead = view.leadUnitHead
    leadUnitHeadCode = view.leadUnitHeadCode
    expectedResult = task.expectedResult
    deadline = TaskDeadlineJSON(task)
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
    coLeads = (task.record.coLeads ?? []).map(\.rawValue)
    collectiveLead = task.record.collectiveLead
    deadlineUnread = task.record.deadlineUnread == true
  }
}

/// A task's deadline in JSON: the deadline, or for one the plan wrote unreadably, the kind
/// `unreadable` with the plan's words — never `ongoing`, which means something else.
public struct TaskDeadlineJSON: Encodable, Hashable, Sendable {
  public var deadline: Deadline
  /// The plan's words when they could not be read as a deadline.
  public var unreadText: String?

  public init(_ task: TaskState) {
    self.init(
      task.deadline,
      unreadText: task.record.deadlineUnread == true ? (task.source?.deadlineText ?? "") : nil)
  }

  public init(_ deadline: Deadline, unreadText: String?) {
    self.deadline = deadline
    self.unreadText = unreadText
  }

  enum CodingKeys: String, CodingKey { case kind, text }

  public func encode(to encoder: any Encoder) throws {
    guard let unreadText else { return try deadline.encode(to: encoder) }
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode("unreadable", forKey: .kind)
    try container.encode(unreadText, forKey: .text)
  }
}
