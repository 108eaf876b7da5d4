/// What importing a plan will record.
public struct PlanImport: Hashable, Sendable {
  public var id: PlanID
  public var registration: PlanRegistered
  /// The plan was imported before: nothing to do.
  public var alreadyImported = false
  /// Every command, in order: the plan, new units, tasks, supersessions.
  public var commands: [LedgerCommand] = []
  public var newUnits: [String] = []
  /// Each new unit with the first place the plan names it.
  public var newUnitOrigins: [NewUnit] = []
  public var taskIDs: [TaskID] = []
  /// Tasks of the replaced plan that this import ends.
  public var superseded: [TaskID] = []
  /// Tasks whose deadline could not be read and were recorded without one (`--lenient`).
  public var unreadDeadlines: [TaskID] = []
  /// Tasks due "Hằng năm" in a plan that names no reporting day: recorded with no deadline
  /// and shown, never given a guessed day.
  public var yearlyWithoutDay: [TaskID] = []
  /// Recurring reporting obligations ("Định kỳ hằng quý"), recorded with their own recurring
  /// deadline: each period's report is due on its reporting day.
  public var recurring: [RecurringTask] = []
  /// Tasks whose plan names no accountable head: the role is left empty for `check` to ask.
  public var withoutHeadRole: [TaskID] = []
  /// Every row as read, with what was inferred or flagged, in order (for review).
  public var rows: [RowReading] = []

  public init(id: PlanID, registration: PlanRegistered) {
    self.id = id
    self.registration = registration
  }

  /// A task the plan asks to report on at each period's end.
  public struct RecurringTask: Hashable, Sendable {
    public var task: TaskID
    public var every: DeadlineReader.Recurrence
  }
}

/// A unit an import creates, and where the plan names it first.
public struct NewUnit: Hashable, Sendable {
  /// The place in the plan a unit name comes from.
  public enum Origin: Hashable, Sendable {
    /// A task row's lead or support cell, as written.
    case cell(task: TaskID, column: Column, text: String)
    /// An item of the body's "Tổ chức thực hiện" section.
    case body(String)
  }

  /// Which cell of a row.
  public enum Column: String, Hashable, Sendable {
    case lead, support
  }

  public var name: String
  public var origin: Origin
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
  /// Names as the plan spells them → the registered unit each means (`import --units FILE`).
  public var unitMapping: [String: UnitCode]
  /// The yearly reporting day when the plan names none (`--reporting-day`).
  public var reportingDay: DayOfYear?
  /// The day the tasks are assigned: a row due before it stops the import, naming the row.
  public var assignedOn: LocalDate?
  /// The import only writes a review (`--review`): a row a real import would refuse (a lead
  /// that is no body, a deadline before the plan's date, an unreadable deadline) is kept with
  /// its flag for a person to correct, instead of stopping.
  public var review = false

  public init(
    number: String? = nil, issued: LocalDate? = nil, prefix: String? = nil, lenient: Bool = false,
    unitMapping: [String: UnitCode] = [:], reportingDay: DayOfYear? = nil
  ) {
    self.number = number
    self.issued = issued
    self.prefix = prefix
    self.lenient = lenient
    self.unitMapping = unitMapping
    self.reportingDay = reportingDay
  }
}
