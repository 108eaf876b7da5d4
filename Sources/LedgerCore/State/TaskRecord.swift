/// The facts that decide who answers for a task and against which deadline: which unit led it
/// from when, each extension and the day it was granted, the reports filed as the year's, and
/// for a recurring reporting obligation the days of its reports.
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
  /// The days of a recurring reporting obligation's progress reports.
  ///
  /// Each meets the period it is dated in. Empty (and not stored) for every other task, so
  /// that a record written before recurring deadlines existed reads and writes the same.
  public var periodReports: [LocalDate]
  /// Further lead units the plan named in the same cell (task.assigned v5); not stored when nil.
  public var coLeads: [UnitCode]?
  /// The lead cell's exact text when it names a group of bodies (task.assigned v5).
  public var collectiveLead: String?
  /// True when the plan's deadline could not be read (task.assigned v5).
  public var deadlineUnread: Bool?
  /// Each lead unit's receipt of the task, by `task acknowledge`.
  ///
  /// Empty and not stored for a task never acknowledged.
  public var acknowledgements: [Acknowledgement] = []
  /// Each explanation asked for and its answer (`task explain-request`, `task explain`).
  ///
  /// Empty and not stored for a task never asked to explain.
  public var explanations: [Explanation] = []
  /// The answerable role as it was before each amendment that changed it (`task amend --role`,
  /// `--role-unit`), in order: a deadline before the amendment stays with the role then named.
  ///
  /// Empty and not stored for a task whose role was never amended.
  public var roleSpells: [RoleSpell] = []

  public init(
    leads: [LeadSpell] = [], grants: [ExtensionGrant] = [], annualReports: [LocalDate] = [],
    periodReports: [LocalDate] = []
  ) {
    self.leads = leads
    self.grants = grants
    self.annualReports = annualReports
    self.periodReports = periodReports
  }

  private enum CodingKeys: String, CodingKey {
    case leads, grants, annualReports, periodReports, coLeads, collectiveLead, deadlineUnread
    case acknowledgements, explanations, roleSpells
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    leads = try container.decode([LeadSpell].self, forKey: .leads)
    grants = try container.decode([ExtensionGrant].self, forKey: .grants)
    annualReports = try container.decode([LocalDate].self, forKey: .annualReports)
    periodReports =
      try container.decodeIfPresent([LocalDate].self, forKey: .periodReports) ?? []
    coLeads = try container.decodeIfPresent([UnitCode].self, forKey: .coLeads)
    collectiveLead = try container.decodeIfPresent(String.self, forKey: .collectiveLead)
    deadlineUnread = try container.decodeIfPresent(Bool.self, forKey: .deadlineUnread)
    acknowledgements =
      try container.decodeIfPresent([Acknowledgement].self, forKey: .acknowledgements) ?? []
    explanations =
      try container.decodeIfPresent([Explanation].self, forKey: .explanations) ?? []
    roleSpells = try container.decodeIfPresent([RoleSpell].self, forKey: .roleSpells) ?? []
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(leads, forKey: .leads)
    try container.encode(grants, forKey: .grants)
    try container.encode(annualReports, forKey: .annualReports)
    if !periodReports.isEmpty { try container.encode(periodReports, forKey: .periodReports) }
    try container.encodeIfPresent(coLeads, forKey: .coLeads)
    try container.encodeIfPresent(collectiveLead, forKey: .collectiveLead)
    try container.encodeIfPresent(deadlineUnread, forKey: .deadlineUnread)
    if !acknowledgements.isEmpty {
      try container.encode(acknowledgements, forKey: .acknowledgements)
    }
    if !explanations.isEmpty { try container.encode(explanations, forKey: .explanations) }
    if !roleSpells.isEmpty { try container.encode(roleSpells, forKey: .roleSpells) }
  }
}

/// A task's answerable role as it stood until an amendment changed it.
public struct RoleSpell: Codable, Hashable, Sendable {
  /// The first day of the amended role: this one held before it.
  public var until: LocalDate
  public var headRole: String
  public var roleUnit: UnitCode?

  public init(until: LocalDate, headRole: String, roleUnit: UnitCode?) {
    self.until = until
    self.headRole = headRole
    self.roleUnit = roleUnit
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
