/// Judges one task on a day: its views (one per charged lead unit) with the heads who answer.
///
/// A task's views depend only on the task, the units (their tenures) and the day judged, so a
/// board can judge again only the tasks that changed (`AccountabilityBoard.replacing`).
struct TaskJudge {
  private let byCode: [UnitCode: UnitState]
  private var holders: RoleHolders
  /// The day judged (`StatusSpans` moves it from day to day; the views depend on no other
  /// state that a day changes).
  var day: LocalDate
  let dayIsOver: Bool
  let policy: EvaluationPolicy

  init(units: [UnitState], on day: LocalDate, dayIsOver: Bool, policy: EvaluationPolicy) {
    byCode = Dictionary(units.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    holders = RoleHolders(units: units)
    self.day = day
    self.dayIsOver = dayIsOver
    self.policy = policy
  }

  /// The task's views: one for its current lead, one more for each earlier lead blame stays with.
  mutating func views(of task: TaskState) -> [TaskView] {
    task.charges(on: day, dayIsOver: dayIsOver, policy: policy).map { charge in
      let holder = holders.holder(of: task, lead: charge.unit, on: charge.decidingDay)
      let leadHead = byCode[charge.unit]?.head(on: charge.decidingDay)
      var view = TaskView(
        task: task, charge: charge, headPerson: holder?.person,
        roleUnit: holders.roleUnit(of: task, lead: charge.unit, on: charge.decidingDay),
        headUnit: holder?.unit,
        leadUnitHead: leadHead?.person)
      view.headCode = holder?.code
      view.leadUnitHeadCode = leadHead?.code
      if leadHead == nil {
        view.leadVacatedTenure = byCode[charge.unit]?.tenures.last { tenure in
          tenure.until.map { $0 <= charge.decidingDay } ?? false
        }
      }
      if holder == nil {
        view.vacatedTenure = holders.lastHolder(
          of: task, lead: charge.unit, before: charge.decidingDay)
      }
      return view
    }
  }
}
