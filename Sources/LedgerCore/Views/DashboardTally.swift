/// The dashboard's counts of one board, kept so that they follow the board when it is folded:
/// per shade for the whole plan, for each unit that leads and for each tenure of an
/// accountable head, and the views due soon.
///
/// Each view counts towards the whole plan, the units it is led by and the tenures that answer
/// for it as accountable head; none of this depends on any other view, so after a fold
/// (`AccountabilityBoard.replacing`) the views of the changed tasks are taken out and their
/// new views put in (`replacing(_:from:to:)`), instead of every view being counted again. A
/// tally kept this way equals one counted whole on the new board.
public struct DashboardTally: Sendable {
  public let day: LocalDate
  /// Counts per shade for the whole plan.
  public private(set) var whole: [Dashboard.Shade: Int] = [:]
  /// Counts per shade of the views each unit leads, by unit code.
  public private(set) var units: [UnitCode: [Dashboard.Shade: Int]] = [:]
  /// Counts per shade of the views each seat answers for, by seat (`seats`' positions).
  private(set) var heads: [Int: [Dashboard.Shade: Int]] = [:]
  /// Counts per shade of the views no seat answers for (nobody named), so that the heads' rows
  /// add up to the whole plan's.
  public private(set) var nobody: [Dashboard.Shade: Int] = [:]
  /// The orange views (due within the week), soonest first, then in board order.
  public private(set) var dueSoon: [TaskView] = []
  /// The board's units in its order (for the rows' order and labels).
  let boardUnits: [UnitState]
  /// Every tenure of every unit (a seat), in the order `AccountabilityBoard.headViews()` lists
  /// them.
  let seats: [Tenure]
  /// The seats whose tenure is held in each unit (`Tenure.unit`).
  private let seatsByUnit: [UnitCode: [Int]]
  private var holders: RoleHolders

  /// The tally of a board, counting every view.
  public init(_ board: AccountabilityBoard) {
    day = board.day
    boardUnits = board.units
    let seats = board.units.flatMap(\.tenures)
    self.seats = seats
    seatsByUnit = Dictionary(grouping: seats.indices, by: { seats[$0].unit })
    holders = RoleHolders(units: board.units)
    add(board.tasks, board: board)
  }

  /// The tally of `new`, a board `old` folded (`old.replacingViews`): every view of the tasks
  /// judged again `removed`, their new views `added`, each in board order (same units, day and
  /// policy); self must be the tally of `old`.
  public func replacing(
    removed: [TaskView], added: [TaskView], from old: AccountabilityBoard,
    to new: AccountabilityBoard
  ) -> DashboardTally {
    guard !removed.isEmpty || !added.isEmpty else { return self }
    var copy = self
    copy.remove(removed, board: old)
    copy.add(added, board: new)
    return copy
  }

  /// The accountable heads' counts, in the order and with the labels the dashboard shows: only
  /// the tenures that answer for some view.
  public var headCounts: [(tenure: Tenure, byShade: [Dashboard.Shade: Int])] {
    seats.indices.compactMap { seat in
      heads[seat].map { (seats[seat], $0) }
    }
  }

  /// The units' counts, in board order: only the units that lead some view.
  public var unitCounts: [(unit: UnitState, byShade: [Dashboard.Shade: Int])] {
    boardUnits.compactMap { unit in units[unit.code].map { (unit, $0) } }
  }

  private mutating func add(_ views: [TaskView], board: AccountabilityBoard) {
    var due: [TaskView] = []
    for view in views {
      let shade = Dashboard.shade(of: view, on: day)
      Self.count(&whole, shade, 1)
      for unit in Self.leads(of: view) { Self.count(&units[unit, default: [:]], shade, 1) }
      let answering = seats(answering: view, board: board)
      for (seat, part) in answering { Self.count(&heads[seat, default: [:]], part, 1) }
      if answering.isEmpty { Self.count(&nobody, shade, 1) }
      if shade == .orange { due.append(view) }
    }
    guard !due.isEmpty else { return }
    dueSoon = Self.merged(dueSoon, due.sorted(by: Self.soonerFirst(on: day)), on: day)
  }

  private mutating func remove(_ views: [TaskView], board: AccountabilityBoard) {
    var gone = Set<String>()
    for view in views {
      let shade = Dashboard.shade(of: view, on: day)
      Self.count(&whole, shade, -1)
      for unit in Self.leads(of: view) {
        Self.count(&units[unit, default: [:]], shade, -1)
        if units[unit]?.isEmpty == true { units[unit] = nil }
      }
      let answering = seats(answering: view, board: board)
      for (seat, part) in answering {
        Self.count(&heads[seat, default: [:]], part, -1)
        if heads[seat]?.isEmpty == true { heads[seat] = nil }
      }
      if answering.isEmpty { Self.count(&nobody, shade, -1) }
      if shade == .orange { gone.insert(view.task.id.rawValue) }
    }
    if !gone.isEmpty { dueSoon.removeAll { gone.contains($0.task.id.rawValue) } }
  }

  /// Adds `delta` to a shade's count, leaving no shade counted zero.
  private static func count(
    _ counts: inout [Dashboard.Shade: Int], _ shade: Dashboard.Shade, _ delta: Int
  ) {
    let value = counts[shade, default: 0] + delta
    counts[shade] = value == 0 ? nil : value
  }

  /// The units a view counts for as lead: its lead, and the co-leads of a current view
  /// (`TaskView.isLed(by:)`, as `ViewIndex` indexes them).
  static func leads(of view: TaskView) -> [UnitCode] {
    guard view.isCurrent, let coLeads = view.task.coLeads else { return [view.lead] }
    return [view.lead] + Set(coLeads).filter { $0 != view.lead }
  }

  /// The seats answering for a view as accountable head, as `headViews()` finds them, each
  /// with the shade of its part: a tenure held in the view's role unit, of the task's role
  /// title, that answers for the view (for a recurring obligation, for its periods).
  private mutating func seats(answering view: TaskView, board: AccountabilityBoard)
    -> [(seat: Int, shade: Dashboard.Shade)]
  {
    (seatsByUnit[view.roleUnit] ?? []).compactMap { seat in
      let tenure = seats[seat]
      guard let part = board.share(of: view, for: tenure),
        holders.holdsTitle(tenure, roleOf: part.task, on: part.attributionDay)
      else { return nil }
      return (seat, Dashboard.shade(of: part, on: day))
    }
  }

  /// The order of the due-soon list: the day next due, then the task, then board order (the
  /// views of one task keep the order the board gives them).
  static func soonerFirst(on day: LocalDate) -> (TaskView, TaskView) -> Bool {
    { a, b in
      let left = Dashboard.nextDue(of: a, on: day) ?? day
      let right = Dashboard.nextDue(of: b, on: day) ?? day
      if left != right { return left < right }
      return a.task.id.sortKey < b.task.id.sortKey
    }
  }

  /// Two lists in due-soon order merged into one; a view of `kept` comes before an equal one of
  /// `added` only when it came first on the board, which `remove` makes moot: a task's views
  /// are all taken out or all kept.
  private static func merged(_ kept: [TaskView], _ added: [TaskView], on day: LocalDate)
    -> [TaskView]
  {
    let before = soonerFirst(on: day)
    var result: [TaskView] = []
    result.reserveCapacity(kept.count + added.count)
    var next = 0
    for view in kept {
      while next < added.count, before(added[next], view) {
        result.append(added[next])
        next += 1
      }
      result.append(view)
    }
    result.append(contentsOf: added[next...])
    return result
  }
}
