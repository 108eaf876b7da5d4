/// A task as a status board shows it on a given day, for one lead unit: its state, its bucket
/// and who answers.
///
/// A task has one view for its current lead, and one more for each earlier lead on which blame
/// was fixed when a deadline passed (see `TaskState.charges`).
public struct TaskView: Hashable, Sendable {
  /// Everything the view holds, in one shared box.
  ///
  /// A board holds thousands of views and copies them whenever it is folded or filtered: a copy
  /// then costs one reference, not one per name, day and unit in it (and a task's state is
  /// large). Changed in place while a view is being judged (its only owner), copied on change
  /// once shared.
  private var box: ViewBox

  /// The task's state.
  public var task: TaskState {
    _read { yield box.fields.task }
    set { change { $0.task = newValue } }
  }
  /// What the unit answers for: bucket, deadline that counts, deciding day, departure.
  public var charge: Charge {
    _read { yield box.fields.charge }
    set { change { $0.charge = newValue } }
  }
  /// The person who held the task's accountable head role on the deciding day.
  public var headPerson: String? {
    _read { yield box.fields.headPerson }
    set { change { $0.headPerson = newValue } }
  }
  /// The unit in which the role is held (whether or not anyone held it).
  public var roleUnit: UnitCode {
    _read { yield box.fields.roleUnit }
    set { change { $0.roleUnit = newValue } }
  }
  /// The unit in which the person held it, when one is named.
  public var headUnit: UnitCode? {
    _read { yield box.fields.headUnit }
    set { change { $0.headUnit = newValue } }
  }
  /// The person who headed the charged lead unit on that day.
  public var leadUnitHead: String? {
    _read { yield box.fields.leadUnitHead }
    set { change { $0.leadUnitHead = newValue } }
  }
  /// The staff code of `headPerson`, when the appointment recorded one.
  public var headCode: String? {
    _read { yield box.fields.headCode }
    set { change { $0.headCode = newValue } }
  }
  /// The staff code of `leadUnitHead`, when the appointment recorded one.
  public var leadUnitHeadCode: String? {
    _read { yield box.fields.leadUnitHeadCode }
    set { change { $0.leadUnitHeadCode = newValue } }
  }
  /// When nobody holds the role on the deciding day but someone did before: the last holder's
  /// tenure, which ended by a vacancy (`head vacate`) or the unit's closing.
  public var vacatedTenure: Tenure? {
    _read { yield box.fields.vacatedTenure }
    set { change { $0.vacatedTenure = newValue } }
  }
  /// When the charged lead unit has no head on the deciding day but had one before: the last
  /// head's tenure.
  public var leadVacatedTenure: Tenure? {
    _read { yield box.fields.leadVacatedTenure }
    set { change { $0.leadVacatedTenure = newValue } }
  }

  /// Changes the fields in place when this view owns its box, else in a copy of it.
  private mutating func change(_ update: (inout ViewFields) -> Void) {
    if !isKnownUniquelyReferenced(&box) { box = ViewBox(box.fields) }
    update(&box.fields)
  }

  /// The lead unit's head as people read it: with the staff code when one is known.
  public var leadUnitHeadLabel: String? {
    leadUnitHead.map { name in leadUnitHeadCode.map { "\(name) (\($0))" } ?? name }
  }

  /// The accountable head as people read it: "Nguyễn Văn Hùng (NVH)" when a code is known.
  public var headLabel: String? {
    headPerson.map { name in headCode.map { "\(name) (\($0))" } ?? name }
  }

  public init(
    task: TaskState, charge: Charge, headPerson: String?, roleUnit: UnitCode, headUnit: UnitCode?,
    leadUnitHead: String?
  ) {
    box = ViewBox(
      ViewFields(
        task: task, charge: charge, headPerson: headPerson, roleUnit: roleUnit,
        headUnit: headUnit, leadUnitHead: leadUnitHead))
  }

  public var bucket: Bucket { charge.bucket }
  /// The lead unit this view charges: the current lead, or an earlier one blame stays with.
  public var lead: UnitCode { charge.unit }
  /// The day that decided who answers.
  public var attributionDay: LocalDate { charge.decidingDay }
  /// True for the view of the task's current lead (the one status shows first).
  ///
  /// Blame a unit kept on handing the task on is never the current one, even when the task
  /// came back to that unit later (trial: `check` judged such a task twice).
  public var isCurrent: Bool {
    if case .reassigned = charge.departure { return false }
    return charge.departure == nil || task.leadUnit == charge.unit
  }

  /// True when a unit answers for the task as a lead: the lead charged, or a co-lead the plan
  /// named in the same cell while the task is still with its lead (task.assigned v5).
  public func isLed(by unit: UnitCode) -> Bool {
    lead == unit || (isCurrent && task.coLeads?.contains(unit) == true)
  }
  /// How a reader tells the views of one task apart: the task, the unit charged, and for
  /// blame fixed before the task was handed on, the day it left that unit.
  ///
  /// A task can come back to a unit that missed its deadline while leading it before (KT, then
  /// VP, then KT again): the unit then has two charges, the one it kept on leaving and the one
  /// it leads now. Keyed by task and unit alone they were one, and the evaluation counted only
  /// the first and the task page hid the earlier (trial).
  public var key: String {
    let base = "\(task.id.rawValue) \(charge.unit.rawValue)"
    guard case .reassigned(_, let day) = charge.departure else { return base }
    return "\(base) \(day.iso)"
  }
}

/// Builds the accountability views from current state, judged on one day.
public struct AccountabilityBoard: Sendable {
  public let units: [UnitState]
  public private(set) var tasks: [TaskView]
  public let day: LocalDate
  public let policy: EvaluationPolicy
  /// Whether the day is judged at its close (a past day) rather than during it.
  public let dayIsOver: Bool

  /// Judges every task on `day`, resolving heads from the tenures in force.
  ///
  /// `dayIsOver` judges at the close of the day (for a past day) rather than during it; the
  /// policy decides which extensions move a deadline.
  public init(
    tasks: [TaskState], units: [UnitState], on day: LocalDate, dayIsOver: Bool = false,
    policy: EvaluationPolicy = .shipped
  ) {
    self.units = VietnameseText.sorted(units, by: \.name)
    self.day = day
    self.policy = policy
    self.dayIsOver = dayIsOver
    self.tasks = []
    var judge = TaskJudge(units: units, on: day, dayIsOver: dayIsOver, policy: policy)
    // Sorted by index, so that the (large) states are not copied around while sorting.
    let keys = tasks.map(\.id.sortKey)
    self.tasks = tasks.indices.sorted { keys[$0] < keys[$1] }.flatMap { index in
      judge.views(of: tasks[index])
    }
  }

  /// The same board after some tasks changed, judging again only those.
  ///
  /// Each task given is judged again (nil: the task is gone); every other task keeps its
  /// views. The units must be the board's.
  ///
  /// Equal to a board built from scratch on the same tasks and units: a task's views depend
  /// only on the task, the units and the day (see `TaskJudge`).
  public func replacing(_ changed: [TaskID: TaskState?]) -> AccountabilityBoard {
    replacingViews(changed).board
  }

  /// `replacing(_:)`, with the views it took out (those of the changed tasks) and the views it
  /// put in, each in board order.
  public func replacingViews(_ changed: [TaskID: TaskState?]) -> (
    board: AccountabilityBoard, removed: [TaskView], added: [TaskView]
  ) {
    guard !changed.isEmpty else { return (self, [], []) }
    var judge = TaskJudge(units: units, on: day, dayIsOver: dayIsOver, policy: policy)
    let fresh = changed.compactMap { $0.value }.sorted { $0.id.sortKey < $1.id.sortKey }
      .map { (key: $0.id.sortKey, views: judge.views(of: $0)) }
    // The board is in task order: a changed task's views are found, and its new views placed
    // (after every view of a task that sorts with or before it), by binary search.
    var dropped: [Int] = []
    for id in changed.keys {
      let key = id.sortKey
      var index = firstView(where: { $0 >= key })
      while index < tasks.count, tasks[index].task.id.sortKey == key {
        if tasks[index].task.id == id { dropped.append(index) }
        index += 1
      }
    }
    dropped.sort()
    let inserts = fresh.map { group in
      (at: firstView(where: { $0 > group.key }), views: group.views)
    }
    var merged: [TaskView] = []
    merged.reserveCapacity(tasks.count + fresh.count)
    var removed: [TaskView] = []
    var start = 0
    var (drop, insert) = (0, 0)
    while true {
      let stop = min(
        drop < dropped.count ? dropped[drop] : tasks.count,
        insert < inserts.count ? inserts[insert].at : tasks.count)
      merged.append(contentsOf: tasks[start..<stop])
      start = stop
      if insert < inserts.count, inserts[insert].at == stop {
        merged.append(contentsOf: inserts[insert].views)
        insert += 1
      } else if drop < dropped.count, dropped[drop] == stop {
        removed.append(tasks[stop])
        start = stop + 1
        drop += 1
      } else {
        break
      }
    }
    var copy = self
    copy.tasks = merged
    return (copy, removed, fresh.flatMap(\.views))
  }

  /// The views of one task, in board order: its current lead's and those of earlier leads
  /// blame stayed with; empty when the board has no such task.
  ///
  /// Found by binary search in the board's task order, so a page about one task does not walk
  /// (and copy) the thousands of views of the others.
  public func views(of id: TaskID) -> [TaskView] {
    let key = id.sortKey
    var index = firstView(where: { $0 >= key })
    var found: [TaskView] = []
    while index < tasks.count, tasks[index].task.id.sortKey == key {
      if tasks[index].task.id == id { found.append(tasks[index]) }
      index += 1
    }
    return found
  }

  /// The position of the first view whose task's sort key passes `test` (a test false for
  /// keys below some key and true from it on), or the number of views.
  private func firstView(where test: (String) -> Bool) -> Int {
    var (low, high) = (0, tasks.count)
    while low < high {
      let middle = (low + high) / 2
      if test(tasks[middle].task.id.sortKey) { high = middle } else { low = middle + 1 }
    }
    return low
  }

  /// Per unit: the tasks it answers for as lead (now, or with blame fixed before the task
  /// left it) and the tasks it supports.
  public func unitViews() -> [UnitView] {
    let index = ViewIndex(tasks)
    return units.map { unit in
      UnitView(
        unit: unit, led: (index.led[unit.code] ?? []).map { tasks[$0] },
        supported: (index.supported[unit.code] ?? []).map { tasks[$0] })
    }
  }

  /// Per head of unit and capacity: the tasks each person answers for.
  ///
  /// A task with a deadline goes to whoever held the role on its deciding day; work without a
  /// deadline to every holder during their tenure while it ran.
  public func headViews() -> [HeadView] {
    var views: [HeadView] = []
    var holders = RoleHolders(units: units)
    let index = ViewIndex(tasks)
    for unit in units {
      for tenure in unit.tenures {
        // A tenure holds a view's role only in the view's role unit (`RoleHolders.holds`): the
        // views of that unit whose title the tenure holds.
        let asNamedHead = (index.byRoleUnit[tenure.unit] ?? []).compactMap { at -> TaskView? in
          guard let view = share(of: tasks[at], for: tenure) else { return nil }
          return holders.holdsTitle(tenure, roleOf: view.task, on: view.attributionDay)
            ? view : nil
        }
        let asLeadHead = (index.led[unit.code] ?? []).compactMap {
          share(of: tasks[$0], for: tenure)
        }
        if !asNamedHead.isEmpty {
          views.append(
            HeadView(tenure: tenure, capacity: .accountableHead, tasks: asNamedHead))
        }
        if !asLeadHead.isEmpty || asNamedHead.isEmpty {
          views.append(
            HeadView(tenure: tenure, capacity: .leadUnitHead, tasks: asLeadHead))
        }
      }
    }
    return views
  }

  /// The view as a tenure answers for it: the view itself when the tenure answers for it, a
  /// recurring obligation's periods the tenure answers for (`periodShare`), or nil.
  func share(of view: TaskView, for tenure: Tenure) -> TaskView? {
    if case .recurring = view.task.deadline, view.charge.departure == nil,
      view.task.status != .cancelled, view.task.status != .superseded
    {
      return view.periodShare(for: tenure, on: day, dayIsOver: dayIsOver)
    }
    return answers(tenure, for: view) ? view : nil
  }

  /// True when a person in a tenure answers for a view: they held it on the deciding day, or,
  /// for work without a deadline, at any time between its assignment and the day judged.
  public func answers(_ tenure: Tenure, for view: TaskView) -> Bool {
    guard view.bucket == .noDeadline else { return tenure.covers(view.attributionDay) }
    return tenure.from <= day && (tenure.until.map { $0 > view.task.assignedOn } ?? true)
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

/// A view's fields (`TaskView` documents each).
private struct ViewFields: Hashable, Sendable {
  var task: TaskState
  var charge: Charge
  var headPerson: String?
  var roleUnit: UnitCode
  var headUnit: UnitCode?
  var leadUnitHead: String?
  var headCode: String? = nil
  var leadUnitHeadCode: String? = nil
  var vacatedTenure: Tenure? = nil
  var leadVacatedTenure: Tenure? = nil
}

/// A view's fields, shared by the copies of a view.
///
/// Sendable although mutable: `TaskView` changes the fields only while it holds the one
/// reference to the box (`isKnownUniquelyReferenced`), and copies the box before changing a
/// shared one, so a box other values can see never changes.
private final class ViewBox: Hashable, @unchecked Sendable {
  var fields: ViewFields

  init(_ fields: ViewFields) {
    self.fields = fields
  }

  static func == (left: ViewBox, right: ViewBox) -> Bool {
    left === right || left.fields == right.fields
  }

  func hash(into hasher: inout Hasher) {
    fields.hash(into: &hasher)
  }
}
