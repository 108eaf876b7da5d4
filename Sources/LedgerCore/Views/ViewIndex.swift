/// Where a board's views concern each unit, as positions in the board in board order, so that
/// per-unit and per-head views look only at the views that can concern a unit instead of at
/// every view for every unit.
struct ViewIndex {
  /// The views each unit answers for as lead (`TaskView.isLed(by:)`).
  private(set) var led: [UnitCode: [Int]] = [:]
  /// The current views of the tasks each unit supports.
  private(set) var supported: [UnitCode: [Int]] = [:]
  /// The views whose head role is held in each unit (`TaskView.roleUnit`).
  private(set) var byRoleUnit: [UnitCode: [Int]] = [:]

  init(_ views: [TaskView]) {
    for (position, view) in views.enumerated() {
      let current = view.isCurrent
      led[view.lead, default: []].append(position)
      if current, let coLeads = view.task.coLeads {
        for unit in Set(coLeads) where unit != view.lead {
          led[unit, default: []].append(position)
        }
      }
      if current {
        for unit in Set(view.task.supportingUnits) {
          supported[unit, default: []].append(position)
        }
      }
      byRoleUnit[view.roleUnit, default: []].append(position)
    }
  }
}
