/// A task as a status board shows it on a given day: its state, its bucket and who answers.
public struct TaskView: Hashable, Sendable {
  public var task: TaskState
  public var bucket: Bucket
  /// The person who held the task's accountable head role on the day that decides it.
  public var headPerson: String?
  /// The unit in which that person held the role.
  public var headUnit: UnitCode?
  /// When the role title was held by several people in other units, so nobody can be named.
  public var headCandidates: [String] = []
  /// The person who headed the lead unit on that day.
  public var leadUnitHead: String?
  /// The day that decided who answers: the due day, or the day judged on.
  public var attributionDay: LocalDate

  public init(
    task: TaskState, bucket: Bucket, headPerson: String?, headUnit: UnitCode? = nil,
    headCandidates: [String] = [], leadUnitHead: String?, attributionDay: LocalDate
  ) {
    self.task = task
    self.bucket = bucket
    self.headPerson = headPerson
    self.headUnit = headUnit
    self.headCandidates = headCandidates
    self.leadUnitHead = leadUnitHead
    self.attributionDay = attributionDay
  }
}

/// Builds the accountability views from current state, judged on one day.
public struct AccountabilityBoard: Sendable {
  public let units: [UnitState]
  public private(set) var tasks: [TaskView]
  public let day: LocalDate

  /// Judges every task on `day`, resolving heads from the tenures in force.
  ///
  /// `dayIsOver` judges at the close of the day (for a past day) rather than during it.
  public init(tasks: [TaskState], units: [UnitState], on day: LocalDate, dayIsOver: Bool = false) {
    self.units = VietnameseText.sorted(units, by: \.name)
    self.day = day
    let byCode = Dictionary(uniqueKeysWithValues: units.map { ($0.code, $0) })
    var holders = RoleHolders(units: units)
    // Sorted by index, so that the (large) states are not copied around while sorting.
    let keys = tasks.map(\.id.sortKey)
    self.tasks = tasks.indices.sorted { keys[$0] < keys[$1] }.map { index in
      let task = tasks[index]
      let when = task.attributionDay(on: day)
      let holder = holders.holder(of: task.headRole, lead: task.leadUnit, on: when)
      var candidates: [String] = []
      if case .ambiguous(let tenures) = holder { candidates = tenures.map(\.person) }
      return TaskView(
        task: task, bucket: task.bucket(on: day, dayIsOver: dayIsOver),
        headPerson: holder.tenure?.person, headUnit: holder.tenure?.unit,
        headCandidates: candidates, leadUnitHead: byCode[task.leadUnit]?.head(on: when)?.person,
        attributionDay: when)
    }
  }

  /// Per unit: the tasks it leads and the tasks it supports.
  public func unitViews() -> [UnitView] {
    units.map { unit in
      UnitView(
        unit: unit,
        led: tasks.filter { $0.task.leadUnit == unit.code },
        supported: tasks.filter { $0.task.supportingUnits.contains(unit.code) })
    }
  }

  /// Per head of unit and capacity: the tasks each person answers for, by the tenure in force
  /// on each task's deciding day.
  public func headViews() -> [HeadView] {
    var views: [HeadView] = []
    let named = tasks.compactMap { view in view.headUnit.map { ($0, view) } }
    let byHeadUnit = Dictionary(grouping: named, by: \.0).mapValues { $0.map(\.1) }
    let byLead = Dictionary(grouping: tasks, by: \.task.leadUnit)
    for unit in units {
      for tenure in unit.tenures {
        let asNamedHead = (byHeadUnit[unit.code] ?? []).filter {
          tenure.covers($0.attributionDay) && $0.headPerson == tenure.person
        }
        let asLeadHead = (byLead[unit.code] ?? []).filter { tenure.covers($0.attributionDay) }
        if !asNamedHead.isEmpty {
          views.append(HeadView(tenure: tenure, capacity: .accountableHead, tasks: asNamedHead))
        }
        if !asLeadHead.isEmpty || asNamedHead.isEmpty {
          views.append(HeadView(tenure: tenure, capacity: .leadUnitHead, tasks: asLeadHead))
        }
      }
    }
    return views
  }
}

/// The tasks one unit leads and supports.
public struct UnitView: Hashable, Sendable {
  public var unit: UnitState
  public var led: [TaskView]
  public var supported: [TaskView]
}

/// The tasks one person answers for in one capacity during one tenure.
public struct HeadView: Hashable, Sendable {
  public var tenure: Tenure
  public var capacity: Capacity
  public var tasks: [TaskView]

  /// Why a person answers for a task.
  public enum Capacity: String, Hashable, Sendable, Codable {
    /// The head role named in the task's row (such as Chủ tịch UBND xã).
    case accountableHead = "accountable_head"
    /// The head of the task's lead unit.
    case leadUnitHead = "lead_unit_head"

    /// The capacity in words.
    public func label(_ language: Language) -> String {
      switch self {
      case .accountableHead:
        return language.pick(vi: "người đứng đầu chịu trách nhiệm", en: "accountable head")
      case .leadUnitHead: return language.pick(vi: "trưởng đơn vị chủ trì", en: "head of lead unit")
      }
    }
  }
}

extension Array where Element == TaskView {
  /// How many tasks fall in each bucket.
  public func countByBucket() -> [Bucket: Int] {
    reduce(into: [:]) { counts, view in counts[view.bucket, default: 0] += 1 }
  }
}

extension AccountabilityBoard {
  /// The same board with only the tasks that pass the filter.
  public func filtered(_ include: (TaskView) -> Bool) -> AccountabilityBoard {
    var copy = self
    copy.tasks = tasks.filter(include)
    return copy
  }
}
