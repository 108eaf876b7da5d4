/// What the dashboard shows of a board: counts by bucket for the whole plan, per unit and per
/// head, and the tasks due within a week, each with the colour people expect.
public struct Dashboard: Sendable {
  /// One row of counts: a label and how many tasks in each shade.
  public struct Counts: Hashable, Sendable {
    public var label: String
    public var byShade: [Shade: Int]
    public var total: Int { byShade.values.reduce(0, +) }

    public init(label: String, byShade: [Shade: Int]) {
      self.label = label
      self.byShade = byShade
    }

    /// `tasks` counted by their colour on `day`, under `label`.
    public init(label: String, _ tasks: [TaskView], on day: LocalDate) {
      self.label = label
      byShade = tasks.reduce(into: [:]) { $0[Dashboard.shade(of: $1, on: day), default: 0] += 1 }
    }
  }

  /// The colours the office expects: green completed on time, blue within deadline, orange due
  /// within 7 days, red overdue (or completed late), grey no deadline or cancelled (and paused,
  /// superseded).
  public enum Shade: String, Hashable, Sendable, CaseIterable {
    case green, blue, orange, red, grey

    /// The shade's meaning in words.
    public func label(_ language: Language) -> String {
      switch self {
      case .green: return language.pick(vi: "hoàn thành đúng hạn", en: "completed on time")
      case .blue: return language.pick(vi: "trong hạn", en: "within deadline")
      case .orange: return language.pick(vi: "sắp đến hạn (7 ngày)", en: "due within 7 days")
      case .red:
        return language.pick(vi: "quá hạn / hoàn thành quá hạn", en: "overdue / completed late")
      case .grey: return language.pick(vi: "không hạn / đã hủy", en: "no deadline / cancelled")
      }
    }
  }

  /// Days ahead that count as "due soon".
  public static let dueSoonDays = 7

  public var day: LocalDate
  public var whole: Counts
  public var units: [Counts]
  public var heads: [Counts]
  /// Open tasks due from today to `dueSoonDays` days ahead, soonest first.
  public var dueSoon: [TaskView]

  public init(_ board: AccountabilityBoard, language: Language) {
    self.init(DashboardTally(board), language: language)
  }

  /// The dashboard of a board from its tally (kept with the board as it is folded).
  public init(_ tally: DashboardTally, language: Language) {
    day = tally.day
    whole = Counts(
      label: language.pick(vi: "Toàn bộ kế hoạch", en: "Whole plan"), byShade: tally.whole)
    units = tally.unitCounts.map {
      Counts(label: "\($0.unit.name) (\($0.unit.code))", byShade: $0.byShade)
    }
    // An acting head is marked, as the head's page marks them (trial: left out).
    let acting = language.pick(vi: " (quyền)", en: " (acting)")
    heads = tally.headCounts.map {
      Counts(
        label: "\($0.tenure.person) – \($0.tenure.role)"
          + ($0.tenure.acting == true && !$0.tenure.titleSaysActing ? acting : ""),
        byShade: $0.byShade)
    }
    // The lines no head answers for, as a row of their own: the heads then add up to the
    // whole plan (trial: they were left out).
    if !tally.nobody.isEmpty {
      heads.append(
        Counts(
          label: language.pick(vi: "Chưa rõ người", en: "Nobody named"), byShade: tally.nobody))
    }
    dueSoon = tally.dueSoon
  }

  /// The day a task is next due, as `due` reminds of it: a recurring period's reporting day,
  /// ongoing work's yearly report, else its deadline.
  static func nextDue(of view: TaskView, on day: LocalDate) -> LocalDate? {
    DueList.reminderDay(view, on: day) ?? view.charge.due ?? view.task.deadline.fixedDate
      ?? view.task.deadline.dueDate(forYearOf: view.attributionDay)
  }

  /// The colour of one task on a day.
  public static func shade(of view: TaskView, on day: LocalDate) -> Shade {
    switch view.bucket {
    case .completedOnTime: return .green
    case .overdue, .completedLate: return .red
    case .noDeadline, .cancelled, .paused, .superseded: return .grey
    case .inProgressWithinDeadline:
      if let due = nextDue(of: view, on: day),
        due >= day, due <= day.adding(days: dueSoonDays)
      {
        return .orange
      }
      return .blue
    }
  }
}
