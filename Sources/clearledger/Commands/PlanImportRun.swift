import Foundation
import LedgerCore
import LedgerJSON
import LedgerStore

/// Prepares and performs one import, on the ledger or, for a dry run, on a scratch copy.
struct PlanImportRun {
  let ledger: Ledger
  let source: Source
  let options: PlanImportOptions

  /// What is imported: a plan as read, or a corrected review taken exactly.
  typealias Source = PlanImportSource

  /// What happened (or would happen).
  struct Outcome {
    var prepared: PlanImport
    var events: [RecordedEvent]
    var dryRun: Bool
    var effective: LocalDate
    /// The units the ledger held before the import, by code: a new unit whose initials are
    /// one of theirs is said to be perhaps that unit.
    var registered: [UnitCode: String] = [:]
  }

  func execute(actor: String, effective: LocalDate?, dryRun: Bool) throws -> Outcome {
    let registered = Dictionary(
      try ledger.units().map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
    let done = try ledger.importPlan(
      source, options: options, actor: actor, effective: effective, dryRun: dryRun)
    return Outcome(
      prepared: done.prepared, events: done.events, dryRun: done.dryRun, effective: done.effective,
      registered: registered)
  }
}

extension PlanImportRun.Outcome {
  /// The outcome for `--json`.
  var json: PlanImportJSON { PlanImportJSON(self) }
}

/// `import --json`.
struct PlanImportJSON: Encodable {
  struct Plan: Encodable {
    var id: String
    @ExplicitNull var number: String?
    var draft: Bool
    var title: String
    @ExplicitNull var issuer: String?
    @ExplicitNull var issued: String?
    @ExplicitNull var reportingDay: String?
    @ExplicitNull var supersedes: String?
  }
  struct Unit: Encodable {
    var code: String
    var name: String
    /// Where the plan names it first: a task's cell, or the body.
    @ExplicitNull var fromTask: String?
    @ExplicitNull var fromColumn: String?
    var fromText: String
  }
  struct Recurring: Encodable {
    var task: String
    var every: String
  }
  struct Task: Encodable {
    var id: String
    var title: String
    var headRole: String
    var leadUnit: String
    var supportingUnits: [String]
    var deadline: TaskDeadlineJSON
    /// Further leads named in the same cell (the plan breaks "one task, one lead").
    var coLeads: [String]
    /// The lead cell's exact text when it names a group of bodies.
    @ExplicitNull var collectiveLead: String?
    /// The plan's deadline could not be read (`--lenient`): not ongoing.
    var deadlineUnread: Bool
    /// What the reader inferred or flagged on the row (`several_leads`, `collective_lead`, …).
    var flags: [String]
  }
  var plan: Plan
  var alreadyImported: Bool
  var dryRun: Bool
  var effective: String
  var units: [Unit]
  var tasks: [Task]
  var superseded: [String]
  var deadlinesNotRead: [String]
  var yearlyWithoutDay: [String]
  var recurring: [Recurring]
  var withoutHeadRole: [String]
  var events: Int

  init(_ outcome: PlanImportRun.Outcome) {
    let r = outcome.prepared.registration
    plan = Plan(
      id: outcome.prepared.id.rawValue, number: r.number, draft: r.number == nil, title: r.title,
      issuer: r.issuer, issued: r.issued?.iso, reportingDay: r.reportingDay?.description,
      supersedes: r.supersedes)
    alreadyImported = outcome.prepared.alreadyImported
    dryRun = outcome.dryRun
    effective = outcome.effective.iso
    let origins = Dictionary(
      outcome.prepared.newUnitOrigins.map { (VietnameseText.matchKey($0.name), $0.origin) },
      uniquingKeysWith: { first, _ in first })
    units = outcome.events.compactMap {
      guard case .unitRegistered(let u) = $0.event else { return nil }
      switch origins[VietnameseText.matchKey(u.name)] {
      case .cell(let task, let column, let text):
        return Unit(
          code: u.code.rawValue, name: u.name, fromTask: task.rawValue,
          fromColumn: column.rawValue, fromText: text)
      case .body(let phrase):
        return Unit(
          code: u.code.rawValue, name: u.name, fromTask: nil, fromColumn: nil, fromText: phrase)
      case nil:
        return Unit(
          code: u.code.rawValue, name: u.name, fromTask: nil, fromColumn: nil, fromText: u.name)
      }
    }
    let flags = Dictionary(
      outcome.prepared.rows.map { ($0.task, $0.flags) }, uniquingKeysWith: { first, _ in first })
    tasks = outcome.events.compactMap {
      guard case .taskAssigned(let t) = $0.event, case .task(let id) = $0.stream else { return nil }
      return Task(
        id: id.rawValue, title: t.title, headRole: t.headRole, leadUnit: t.leadUnit.rawValue,
        supportingUnits: t.supportingUnits.map(\.rawValue),
        deadline: TaskDeadlineJSON(
          t.deadline, unreadText: t.deadlineUnread == true ? (t.source?.deadlineText ?? "") : nil),
        coLeads: (t.coLeads ?? []).map(\.rawValue), collectiveLead: t.collectiveLead,
        deadlineUnread: t.deadlineUnread == true, flags: flags[id]?.map(\.rawValue) ?? [])
    }
    superseded = outcome.prepared.superseded.map(\.rawValue)
    deadlinesNotRead = outcome.prepared.unreadDeadlines.map(\.rawValue)
    yearlyWithoutDay = outcome.prepared.yearlyWithoutDay.map(\.rawValue)
    recurring = outcome.prepared.recurring.map {
      Recurring(task: $0.task.rawValue, every: $0.every.rawValue)
    }
    withoutHeadRole = outcome.prepared.withoutHeadRole.map(\.rawValue)
    events = outcome.events.count
  }
}
