/// A board's views grouped by unit, in board order, so that per-unit and per-head views look
/// only at the views that can concern a unit instead of at every view for every unit.
struct ViewIndex {
  /// The views each unit answers for as lead (`TaskView.isLed(by:)`).
  private(set) var led: [UnitCode: [TaskView]] = [:]
  /// The current views of the tasks each unit supports.
  private(set) var supported: [UnitCode: [TaskView]] = [:]
  /// The views whose head role is held in each unit (`TaskView.roleUnit`).
  private(set) var byRoleUnit: [UnitCode: [TaskView]] = [:]

  init(_ views: [TaskView]) {
    for view in views {
      var leads: Set<UnitCode> = [view.lead]
      if view.isCurrent { leads.formUnion(view.task.coLeads ?? []) }
      for unit in leads { led[unit, default: []].append(view) }
      if view.isCurrent {
        for unit in Set(view.task.supportingUnits) { supported[unit, default: []].append(view) }
      }
      byRoleUnit[view.roleUnit, default: []].append(view)
    }
  }
}
