/// The reminders a tracker sends on a day: every open task due within a window and every
/// overdue one, gathered per person who answers for it, with days left or late.
///
/// A task is listed under the person who holds its accountable head role and under the head
/// of its lead unit (once when they are the same person). Yearly and recurring reporting
/// obligations count by the reporting day now owed (the charge's deadline).
public struct DueList: Sendable {
  /// The reminder days trackers use: 7, 3 and 1 days before a deadline, then when it passes.
  public static let reminderDays = [7, 3, 1]
  /// The window when none is given: the widest reminder.
  public static let defaultWindow = 7

  /// Which reminder a task is at: the smallest of 7, 3, 1 days that its days left fit in, or
  /// "due today", or "overdue".
  public enum Stage: String, Hashable, Sendable, Codable {
    case sevenDays = "seven_days"
    case threeDays = "three_days"
    case oneDay = "one_day"
    case dueToday = "due_today"
    case overdue
    /// Further away than the 7-day reminder (only with a wider `--within`).
    case later

    /// The stage of a task with `daysLeft` days to its deadline (negative when late).
    public init(daysLeft: Int) {
      switch daysLeft {
      case ..<0: self = .overdue
      case 0: self = .dueToday
      case 1: self = .oneDay
      case 2...3: self = .threeDays
      case 4...7: self = .sevenDays
      default: self = .later
      }
    }

    /// The stage in words.
    public func label(_ language: Language) -> String {
      switch self {
      case .sevenDays: return language.pick(vi: "nhắc trước 7 ngày", en: "7-day reminder")
      case .threeDays: return language.pick(vi: "nhắc trước 3 ngày", en: "3-day reminder")
      case .oneDay: return language.pick(vi: "nhắc trước 1 ngày", en: "1-day reminder")
      case .dueToday: return language.pick(vi: "đến hạn hôm nay", en: "due today")
      case .overdue: return language.pick(vi: "quá hạn", en: "overdue")
      case .later: return language.pick(vi: "còn xa", en: "later")
      }
    }
  }

  /// One task in a reminder.
  public struct Item: Hashable, Sendable {
    public var view: TaskView
    /// The deadline that counts now (for a yearly or recurring obligation, the day owed).
    public var due: LocalDate
    /// Days from the day judged to the deadline; negative when late.
    public var daysLeft: Int
    public var stage: Stage
    /// Why this person answers.
    public var capacity: HeadView.Capacity

    /// "còn 3 ngày", "quá hạn 12 ngày", "hôm nay".
    public func daysText(_ language: Language) -> String {
      if daysLeft == 0 { return language.pick(vi: "đến hạn hôm nay", en: "due today") }
      if daysLeft > 0 {
        return language.pick(vi: "còn \(daysLeft) ngày", en: "\(daysLeft) day(s) left")
      }
      return language.pick(vi: "trễ \(-daysLeft) ngày", en: "\(-daysLeft) day(s) late")
    }
  }

  /// One person's tasks to be reminded of.
  public struct Group: Hashable, Sendable {
    public var person: String
    public var code: String?
    public var items: [Item]

    /// "Nguyễn Văn An (NVA)" when a code is known.
    public var label: String { code.map { "\(person) (\($0))" } ?? person }
  }

  public var day: LocalDate
  public var within: Int
  /// Per person, in Vietnamese name order; tasks most late first, then soonest due.
  public var groups: [Group]
  /// Tasks due or overdue whose answerable people are unknown (no holder on the day).
  public var unanswered: [Item]

  /// Builds the reminders of `board` for tasks due within `within` days of its day, and every
  /// overdue one; `include` narrows the tasks (a unit), `person` the people (a typed name or
  /// staff code).
  public init(
    _ board: AccountabilityBoard, within: Int, person: String? = nil,
    include: (TaskView) -> Bool = { _ in true }
  ) {
    day = board.day
    self.within = within
    var byPerson: [String: Group] = [:]
    var unanswered: [Item] = []
    var holders = RoleHolders(units: board.units)
    for view in board.tasks where view.isCurrent && include(view) {
      guard let item = DueList.item(view, on: board.day, within: within) else { continue }
      var named = false
      var seen = Set<String>()
      var people: [(String?, String?, HeadView.Capacity)] = [
        (view.headPerson, view.headCode, .accountableHead),
        (view.leadUnitHead, view.leadUnitHeadCode, .leadUnitHead),
      ]
      // An overdue task is charged to who answered on its deadline, but a reminder goes to who
      // can act on it today: the role's holder and the lead unit's head now (trial: only heads
      // who had left were reminded). Nobody there today (a vacancy): nobody is reminded, and
      // the task is listed as answered by no one, so that the post gets filled (trial: the head
      // who had left was reminded, whose account was already refused).
      if item.stage == .overdue {
        let holder = holders.holder(of: view.task, lead: view.lead, on: board.day)
        let head = board.units.first { $0.code == view.lead }?.head(on: board.day)
        people = [
          (holder?.person, holder?.code, .accountableHead),
          (head?.person, head?.code, .leadUnitHead),
        ]
      }
      for (name, code, capacity) in people {
        guard let name, seen.insert(name).inserted else { continue }
        named = true
        // By name, or by staff code as `status --person` takes it (trial: `due --person VH01`
        // found nobody).
        if let person, !VietnameseText.lookupMatches(person, name),
          code == nil || PersonRegistered.code(person) != code
        {
          continue
        }
        var entry = item
        entry.capacity = capacity
        byPerson[name, default: Group(person: name, code: code, items: [])].items.append(entry)
      }
      if !named, person == nil { unanswered.append(item) }
    }
    let order = { (lhs: Item, rhs: Item) in
      (lhs.daysLeft, lhs.view.task.id.sortKey) < (rhs.daysLeft, rhs.view.task.id.sortKey)
    }
    groups = VietnameseText.sorted(Array(byPerson.values), by: \.person).map {
      Group(person: $0.person, code: $0.code, items: $0.items.sorted(by: order))
    }
    self.unanswered = unanswered.sorted(by: order)
  }

  /// The item for an open task due within the window or overdue; nil otherwise.
  static func item(_ view: TaskView, on day: LocalDate, within: Int) -> Item? {
    guard !view.task.status.isClosed, let charged = view.charge.due else { return nil }
    switch view.bucket {
    case .overdue, .inProgressWithinDeadline: break
    default: return nil
    }
    let due = reminderDay(view, on: day) ?? charged
    let left = due.dayNumber - day.dayNumber
    guard left <= within else { return nil }
    return Item(
      view: view, due: due, daysLeft: left, stage: Stage(daysLeft: left),
      capacity: .accountableHead)
  }

  /// For a recurring reporting obligation, the reporting day a reminder is about: the latest
  /// period of the year whose day has passed without a report, else the next one owed (nil
  /// for any other deadline, whose charge's day is the one).
  static func reminderDay(_ view: TaskView, on day: LocalDate) -> LocalDate? {
    guard view.isCurrent, view.task.deadline.isRecurring else { return nil }
    let unmet = view.task.periodsOwed(through: day.year).filter { $0.met == nil }.map(\.period.due)
    return unmet.last { $0 <= day } ?? unmet.first { $0 > day }
  }

  /// Every task listed, once each.
  public var taskCount: Int {
    Set((groups.flatMap(\.items) + unanswered).map(\.view.key)).count
  }
}
