/// Turns a parsed plan into the commands that record it, checking it against the ledger:
/// a plan already imported creates nothing; task ids must not clash with another plan's.
///
/// Unit names are matched against the ledger's units, the user's mapping, the units the plan's
/// body names and the offices every commune has before any cell is split; every unit the
/// import creates is listed with the cell it came from.
public struct PlanImporter<Reading: LedgerReading> {
  public let reading: Reading

  public init(reading: Reading) {
    self.reading = reading
  }

  /// Works out what importing the plan records.
  ///
  /// Throws for a row that cannot be taken.
  public func prepare(_ parsed: ParsedPlan, options: PlanImportOptions) throws -> PlanImport {
    var result = try started(parsed.metadata, options: options)
    guard !result.alreadyImported else { return result }
    let (id, registration) = (result.id, result.registration)
    let display = registration.number ?? id.rawValue
    let deadlines = DeadlineReader(
      reportingDay: registration.reportingDay, year: registration.issued?.year ?? parsed.year)
    var units = try UnitResolution(reading: reading, mapping: options.unitMapping)
    // A phrase in a coordinating cell ("Trưởng thôn các thôn") is kept as text, flagged,
    // when the import is lenient or only writes a review.
    units.keepsProse = options.lenient || options.review
    for phrase in parsed.bodyUnits {
      // The body's phrases were read as names already; one that still fails is left out.
      _ = try? units.resolve(phrase, line: 0, origin: .body(phrase))
    }
    var tasks: [LedgerCommand] = []
    // The first row of each task id: two rows of one id are never both imported.
    var firstRows: [TaskID: RowLine] = [:]
    for row in parsed.rows {
      var repeated = false
      if let id = row.taskID(prefix: options.prefix) {
        if let first = firstRows[id] {
          guard options.review else {
            throw LedgerError.planTaskIDRepeated(line: row.at, task: id, first: first)
          }
          repeated = true
        } else {
          firstRows[id] = row.at
        }
      }
      let command = try assignment(
        row, plan: display, deadlines: deadlines, options: options, units: &units, into: &result)
      if repeated, var last = result.rows.popLast() {
        // A review keeps the second row, flagged, for a person to renumber.
        last.flags.append(.duplicateID)
        result.rows.append(last)
        if command != nil { result.taskIDs.removeLast() }
        continue
      }
      if let command { tasks.append(command) }
    }
    result.newUnitOrigins = units.created
    result.newUnits = units.created.map(\.name)
    result.commands += units.created.map { .registerUnit(name: $0.name, code: nil) }
    result.commands += tasks
    try endReplaced(registration, display: display, into: &result)
    return result
  }

  /// The import's start: the registration with the options' number, date and reporting day,
  /// its plan id, and either the plan's registration as the first command or, for a plan the
  /// ledger already has, nothing to do.
  private func started(_ registration: PlanRegistered, options: PlanImportOptions) throws
    -> PlanImport
  {
    var registration = registration
    if let number = options.number { registration.number = VietnameseText.clean(number) }
    if let issued = options.issued { registration.issued = issued }
    if let day = options.reportingDay { registration.reportingDay = day }
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
      // The same number on another plan is a number typed wrong or reused, never the plan
      // already imported (trial: a new plan under a held number said "already in the ledger"
      // and exited 0, importing nothing).
      if let first = try reading.events(in: .plan(id)).first,
        case .planRegistered(let held) = first.event,
        VietnameseText.matchKey(held.title) != VietnameseText.matchKey(registration.title)
      {
        throw LedgerError.planNumberTaken(
          registration.number ?? id.rawValue, held: held.title, typed: registration.title)
      }
      result.alreadyImported = true
      return result
    }
    result.commands.append(.registerPlan(id, registration))
    return result
  }

  /// Works out what importing a corrected review records: every cell as the person left it.
  ///
  /// Throws for a row that cannot be taken (an id used by another plan, a deadline before the
  /// assignment day).
  public func prepare(
    review registration: PlanRegistered, rows: [PlanReview.Row], options: PlanImportOptions
  ) throws -> PlanImport {
    var result = try started(registration, options: options)
    guard !result.alreadyImported else { return result }
    let (id, registration) = (result.id, result.registration)
    let display = registration.number ?? id.rawValue
    var units = try UnitResolution(reading: reading, mapping: options.unitMapping)
    var tasks: [LedgerCommand] = []
    for row in rows {
      let task = options.prefix.flatMap { TaskID($0 + "-" + row.task.rawValue) } ?? row.task
      if try reading.streamVersion(.task(task)) > 0 {
        throw LedgerError.taskIDCollision(task, plan: try reading.task(task)?.plan ?? "?")
      }
      if let due = row.deadline?.fixedDate, let assigned = options.assignedOn, due < assigned {
        throw LedgerError.planDeadlineBeforeDate(
          line: RowLine(row.source.line), text: row.source.deadlineText, due: due,
          assigned: assigned)
      }
      // A collective row whose one lead a person has not named keeps no unit, only its text.
      let lead =
        row.lead.isEmpty
        ? ""
        : units.exact(
          row.lead, origin: .cell(task: task, column: .lead, text: row.source.leadText))
      let coLeads = row.coLeads.map {
        units.exact($0, origin: .cell(task: task, column: .lead, text: row.source.leadText))
      }
      let coordinators = row.coordinators.filter { !PlanReview.namesNoUnit($0) }.map {
        units.exact($0, origin: .cell(task: task, column: .support, text: $0))
      }
      var flags: [RowFlag] = []
      if row.deadline == nil {
        result.unreadDeadlines.append(task)
        flags.append(.deadlineUnread)
      }
      if row.head.isEmpty {
        result.withoutHeadRole.append(task)
        flags.append(.noHead)
      }
      if row.collective != nil { flags.append(.collectiveLead) }
      if !coLeads.isEmpty { flags.append(.severalLeads) }
      result.taskIDs.append(task)
      result.rows.append(
        RowReading(
          task: task,
          row: PlanRow(
            appendix: row.source.appendix, section: row.source.section, row: row.source.row,
            line: row.source.line, task: row.title, head: row.head, lead: row.source.leadText,
            support: row.source.supportText ?? "", result: row.result,
            deadline: row.source.deadlineText),
          lead: lead, coLeads: coLeads, collectiveLead: row.collective,
          coordinators: coordinators, deadline: row.deadline, flags: flags))
      tasks.append(
        .assignTask(
          AssignTask(
            id: task, title: row.title, headRole: row.head,
            leadUnit: lead.isEmpty ? TaskAssigned.collectiveLeadCode.rawValue : lead,
            supportingUnits: coordinators,
            expectedResult: row.result.isEmpty ? "Không ghi kết quả" : row.result,
            deadline: row.deadline ?? .ongoing, plan: display,
            reportingDay: row.deadline == .ongoing ? registration.reportingDay : nil,
            source: row.source, coLeads: coLeads, collectiveLead: row.collective,
            deadlineUnread: row.deadline == nil)))
    }
    result.newUnitOrigins = units.created
    result.newUnits = units.created.map(\.name)
    result.commands += units.created.map { .registerUnit(name: $0.name, code: nil) }
    result.commands += tasks
    try endReplaced(registration, display: display, into: &result)
    return result
  }

  /// The open tasks of the plan `registration` replaces, ended as superseded by it.
  private func endReplaced(
    _ registration: PlanRegistered, display: String, into result: inout PlanImport
  ) throws {
    guard let old = registration.supersedes else { return }
    let open = try reading.tasks(ofPlan: old).filter { !$0.status.isClosed }
    result.superseded = open.map(\.id)
    result.commands += open.map { .supersedeTask($0.id, byPlan: display) }
  }

  private func assignment(
    _ row: PlanRow, plan: String, deadlines: DeadlineReader, options: PlanImportOptions,
    units: inout UnitResolution<Reading>, into result: inout PlanImport
  ) throws -> LedgerCommand? {
    guard let id = row.taskID(prefix: options.prefix) else {
      throw LedgerError.invalidTaskID(row.taskID()?.rawValue ?? row.row)
    }
    if try reading.streamVersion(.task(id)) > 0 {
      let held = try reading.task(id)
      let same = held.map { VietnameseText.matchKey($0.title) == VietnameseText.matchKey(row.task) }
      throw LedgerError.taskIDCollision(id, plan: held?.plan ?? "?", sameTask: same ?? false)
    }
    var flags: [RowFlag] = []
    // A row a real import cannot take (a lead that is no body, a deadline before the plan's
    // date) is written to a review with its flag, and left out of the commands.
    var leftOut = false
    let leadOrigin = NewUnit.Origin.cell(task: id, column: .lead, text: row.lead)
    // "Phòng A (chủ trì), Trạm B (phối hợp)": the marked coordinator leaves the lead cell.
    let marked = LeadCellMarkers.split(row.lead)
    let supportText = ([marked.coordinators, row.support].filter { !$0.isEmpty })
      .joined(separator: ", ")
    let leadCell = try units.read(marked.lead, line: row.at, origin: leadOrigin)
    let leads = leadCell.names
    var collective: String?
    if leads.isEmpty {
      let phrases = leadCell.collective + leadCell.generic
      if !phrases.isEmpty {
        // A group of bodies: no unit is registered; the text is the task's collective lead.
        collective = Self.oneLine(row.lead)
        flags.append(.collectiveLead)
      } else if !leadCell.doubtful.isEmpty {
        guard options.review else {
          throw LedgerError.leadNotABody(line: row.at, text: Self.oneLine(row.lead))
        }
        leftOut = true
      } else {
        guard options.review else { throw LedgerError.rowWithoutLead(line: row.at) }
        // A review keeps the row with an empty lead for a person to fill.
        flags.append(.noLead)
        leftOut = true
      }
    } else if !leadCell.collective.isEmpty {
      collective = leadCell.collective.joined(separator: "; ")
      flags.append(.collectiveLead)
    }
    if leads.count > 1 { flags.append(.severalLeads) }
    var deadline = Deadline.ongoing
    var recorded: Deadline? = .ongoing
    var reporting: DayOfYear?
    var unread = false
    if let reading = deadlines.read(row.deadline) {
      (deadline, reporting) = reading.deadline
      recorded = deadline
      switch reading {
      case .yearlyWithoutDay:
        result.yearlyWithoutDay.append(id)
        flags.append(.yearlyWithoutDay)
      case .recurring(let recurrence, _):
        result.recurring.append(.init(task: id, every: recurrence))
      default: break
      }
    } else if options.lenient || options.review {
      result.unreadDeadlines.append(id)
      unread = true
      recorded = nil
      flags.append(.deadlineUnread)
    } else {
      throw LedgerError.unreadableDeadline(line: row.at, text: row.deadline)
    }
    if let due = deadline.fixedDate, let assigned = options.assignedOn, due < assigned {
      guard options.review else {
        throw LedgerError.planDeadlineBeforeDate(
          line: row.at, text: row.deadline, due: due, assigned: assigned)
      }
      flags.append(.deadlineBeforePlan)
      leftOut = true
    }
    let supportCell = try units.read(
      supportText, line: row.at, origin: .cell(task: id, column: .support, text: supportText))
    if !supportCell.generic.isEmpty || !supportCell.collective.isEmpty {
      flags.append(.vagueCoordinators)
    }
    if !leadCell.glued.isEmpty || !supportCell.glued.isEmpty { flags.append(.gluedNames) }
    let doubtful = leadCell.doubtful + supportCell.doubtful
    if !doubtful.isEmpty { flags.append(.notABody) }
    let notes = leadCell.notes + supportCell.notes
    if !notes.isEmpty { flags.append(.noteInParentheses) }
    if row.continued { flags.append(.joinedContinuation) }
    if !row.stray.isEmpty { flags.append(.strayText) }
    if !row.unplaced.isEmpty { flags.append(.unplacedLine) }
    let lead = leads.first ?? ""
    var supporting: [String] = []
    for name in supportCell.names where !(supporting + leads).contains(name) {
      supporting.append(name)
    }
    if row.head.isEmpty {
      result.withoutHeadRole.append(id)
      flags.append(.noHead)
    }
    var reading = RowReading(
      task: id, row: row, lead: lead, coLeads: Array(leads.dropFirst()),
      collectiveLead: collective, coordinators: supporting, deadline: recorded, flags: flags)
    reading.doubtful = doubtful
    reading.notes = notes
    reading.vague = supportCell.generic + supportCell.collective
    result.rows.append(reading)
    guard !leftOut else { return nil }
    result.taskIDs.append(id)
    let source = TaskSource(
      appendix: row.appendix, section: row.section.isEmpty ? "-" : row.section, row: row.row,
      line: row.line, leadText: Self.oneLine(row.lead),
      supportText: supportText.isEmpty ? nil : Self.oneLine(supportText),
      deadlineText: row.deadline.isEmpty ? "-" : row.deadline)
    return .assignTask(
      AssignTask(
        id: id, title: row.task, headRole: row.head,
        leadUnit: lead.isEmpty ? TaskAssigned.collectiveLeadCode.rawValue : lead,
        supportingUnits: supporting,
        expectedResult: row.result.isEmpty ? "Không ghi kết quả" : row.result,
        deadline: deadline, plan: plan, reportingDay: reporting, source: source,
        coLeads: Array(leads.dropFirst()), collectiveLead: collective, deadlineUnread: unread))
  }

  /// A cell's lines as one line, each line kept apart by "; " so that they still read as a list.
  static func oneLine(_ cell: String) -> String {
    cell.split(separator: "\n").map { VietnameseText.clean(String($0)) }.joined(separator: "; ")
  }
}
