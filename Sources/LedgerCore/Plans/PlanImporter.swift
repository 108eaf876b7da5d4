/// Turns a parsed plan into the commands that record it, checking it against the ledger:
/// a plan already imported creates nothing; task ids must not clash with another plan's.
public struct PlanImporter<Reading: LedgerReading> {
  public let reading: Reading

  public init(reading: Reading) {
    self.reading = reading
  }

  /// Works out what importing the plan records.
  ///
  /// Throws for a row that cannot be taken.
  public func prepare(_ parsed: ParsedPlan, options: PlanImportOptions) throws -> PlanImport {
    var registration = parsed.metadata
    if let number = options.number { registration.number = VietnameseText.clean(number) }
    if let issued = options.issued { registration.issued = issued }
    let id: PlanID
    if let number = registration.number {
      guard let parsedID = PlanID.forNumber(number) else {
        throw LedgerError.invalidDocumentNumber(number)
      }
      id = parsedID
    } else {
      id = PlanID.forDraft(digest: registration.digest)
    }
    var result = PlanImport(id: id, registration: registration)
    guard try reading.streamVersion(.plan(id)) == 0 else {
      result.alreadyImported = true
      return result
    }
    result.commands.append(.registerPlan(id, registration))
    let display = registration.number ?? id.rawValue
    let deadlines = DeadlineReader(reportingDay: registration.reportingDay)
    var tasks: [LedgerCommand] = []
    for row in parsed.rows {
      tasks.append(
        try assignment(row, plan: display, deadlines: deadlines, options: options, into: &result))
    }
    result.commands += try newUnits(parsed).map { .registerUnit(name: $0, code: nil) }
    result.newUnits = result.commands.compactMap {
      if case .registerUnit(let name, _) = $0 { return name }
      return nil
    }
    result.commands += tasks
    if let old = registration.supersedes {
      let open = try reading.tasks(ofPlan: old).filter { !$0.status.isClosed }
      result.superseded = open.map(\.id)
      result.commands += open.map { .supersedeTask($0.id, byPlan: display) }
    }
    return result
  }

  private func assignment(
    _ row: PlanRow, plan: String, deadlines: DeadlineReader, options: PlanImportOptions,
    into result: inout PlanImport
  ) throws -> LedgerCommand {
    guard let id = row.taskID(prefix: options.prefix) else {
      throw LedgerError.invalidTaskID(row.taskID()?.rawValue ?? row.row)
    }
    if try reading.streamVersion(.task(id)) > 0 {
      throw LedgerError.taskIDCollision(id, plan: try reading.task(id)?.plan ?? "?")
    }
    let leads = UnitNames.split(row.lead)
    guard let lead = leads.first else { throw LedgerError.rowWithoutLead(line: row.line) }
    var deadline = Deadline.ongoing
    var reporting: DayOfYear?
    if let reading = deadlines.read(row.deadline) {
      (deadline, reporting) = reading.deadline
    } else if options.lenient {
      result.unreadDeadlines.append(id)
    } else {
      throw LedgerError.unreadableDeadline(line: row.line, text: row.deadline)
    }
    var supporting: [String] = []
    for name in leads.dropFirst() + UnitNames.split(row.support)
    where !(supporting + [lead]).contains(where: {
      VietnameseText.matchKey($0) == VietnameseText.matchKey(name)
    }) {
      supporting.append(name)
    }
    result.taskIDs.append(id)
    let source = TaskSource(
      appendix: row.appendix, section: row.section.isEmpty ? "-" : row.section, row: row.row,
      line: row.line, leadText: row.lead, supportText: row.support.isEmpty ? nil : row.support,
      deadlineText: row.deadline.isEmpty ? "-" : row.deadline)
    return .assignTask(
      AssignTask(
        id: id, title: row.task,
        headRole: row.head.isEmpty ? "Thủ trưởng \(lead)" : row.head, leadUnit: lead,
        supportingUnits: supporting,
        expectedResult: row.result.isEmpty ? "Không ghi kết quả" : row.result,
        deadline: deadline, plan: plan, reportingDay: reporting, source: source))
  }

  /// Units the plan names that the ledger does not have yet, each once, in order of mention.
  private func newUnits(_ parsed: ParsedPlan) throws -> [String] {
    let named =
      parsed.rows.flatMap { UnitNames.split($0.lead) + UnitNames.split($0.support) }
      + parsed.bodyUnits
    var seen: Set<String> = []
    var fresh: [String] = []
    for name in named {
      let key = VietnameseText.matchKey(name)
      guard !seen.contains(key) else { continue }
      seen.insert(key)
      if try reading.unit(named: name) == nil { fresh.append(name) }
    }
    return fresh
  }
}

/// What importing a plan will record.
public struct PlanImport: Hashable, Sendable {
  public var id: PlanID
  public var registration: PlanRegistered
  /// The plan was imported before: nothing to do.
  public var alreadyImported = false
  /// Every command, in order: the plan, new units, tasks, supersessions.
  public var commands: [LedgerCommand] = []
  public var newUnits: [String] = []
  public var taskIDs: [TaskID] = []
  /// Tasks of the replaced plan that this import ends.
  public var superseded: [TaskID] = []
  /// Tasks whose deadline could not be read and were recorded without one (`--lenient`).
  public var unreadDeadlines: [TaskID] = []

  public init(id: PlanID, registration: PlanRegistered) {
    self.id = id
    self.registration = registration
  }
}

/// How the user asked for the plan to be taken.
public struct PlanImportOptions: Hashable, Sendable {
  /// The number to record when the text's is blank (or to override it).
  public var number: String?
  /// The issue date to record when the text has none.
  public var issued: LocalDate?
  /// Put before every task id, to keep two plans' ids apart.
  public var prefix: String?
  /// Record unreadable deadlines as "no deadline" with a finding instead of refusing.
  public var lenient: Bool

  public init(
    number: String? = nil, issued: LocalDate? = nil, prefix: String? = nil, lenient: Bool = false
  ) {
    self.number = number
    self.issued = issued
    self.prefix = prefix
    self.lenient = lenient
  }
}
