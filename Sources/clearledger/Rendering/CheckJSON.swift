import LedgerCore
import LedgerJSON

/// `check --json`: per task the five clears with rule, severity and reason; then totals.
struct CheckJSON: Encodable {
  struct Clear: Encodable {
    var clear: String
    var satisfied: Bool
    var severity: String
    var rule: String
    var reasonVi: String
    var reasonEn: String
  }
  struct Task: Encodable {
    var id: String
    var title: String
    var leadUnit: String
    @ExplicitNull var plan: String?
    var satisfied: Int
    var clears: [Clear]
  }
  struct Totals: Encodable {
    var tasks: Int
    var fullyClear: Int
    var failedByClear: [String: Int]
    var findingsBySeverity: [String: Int]

    init(_ totals: FiveClearCheck.Totals) {
      tasks = totals.tasks
      fullyClear = totals.fullyClear
      failedByClear = Dictionary(
        uniqueKeysWithValues: LedgerCore.Clear.allCases.map {
          ($0.rawValue, totals.failedByClear[$0] ?? 0)
        })
      findingsBySeverity = Dictionary(
        uniqueKeysWithValues: Severity.allCases.map { ($0.rawValue, totals.bySeverity[$0] ?? 0) })
    }
  }
  struct UnitTotals: Encodable {
    var unit: String
    var name: String
    var totals: Totals
  }
  var asOf: String
  var tasks: [Task]
  var units: [UnitTotals]
  var plan: Totals
  /// Tasks not acknowledged by their lead unit in time (`check` only).
  var unacknowledged: [ReceiptJSON]? = nil

  init(_ check: FiveClearCheck, day: LocalDate) {
    asOf = day.iso
    tasks = check.results.map { result in
      Task(
        id: result.view.task.id.rawValue, title: result.view.task.title,
        leadUnit: result.view.task.leadUnit.rawValue, plan: result.view.task.plan,
        satisfied: result.satisfied,
        clears: result.findings.map {
          Clear(
            clear: $0.clear.rawValue, satisfied: $0.satisfied, severity: $0.severity.rawValue,
            rule: $0.rule, reasonVi: $0.vi, reasonEn: $0.en)
        })
    }
    units = check.units.map {
      UnitTotals(unit: $0.unit.code.rawValue, name: $0.unit.name, totals: Totals($0.totals))
    }
    plan = Totals(check.overall)
  }
}
