import LedgerCore

/// What importing a plan did (or, for a dry run, would do).
public struct PlanImportOutcome: Sendable {
  public var prepared: PlanImport
  public var events: [RecordedEvent]
  public var dryRun: Bool
  public var effective: LocalDate
}

/// What is imported: a plan as read, or a corrected review taken exactly (`import --from-review`).
public enum PlanImportSource: Sendable {
  case plan(ParsedPlan)
  case review(PlanRegistered, [PlanReview.Row])
}

extension Ledger {
  /// Imports a parsed plan in one transaction, or for a dry run on a scratch copy (the file is
  /// never touched): the CLI's `import` and the web's upload both come here.
  public func importPlan(
    _ parsed: ParsedPlan, options: PlanImportOptions, actor: String, effective: LocalDate?,
    dryRun: Bool
  ) throws -> PlanImportOutcome {
    try importPlan(
      .plan(parsed), options: options, actor: actor, effective: effective, dryRun: dryRun)
  }

  /// Imports a plan or a corrected review in one transaction, or for a dry run on a scratch copy.
  ///
  /// The tasks are assigned on `effective`, else the plan's date, else today.
  public func importPlan(
    _ source: PlanImportSource, options: PlanImportOptions, actor: String,
    effective: LocalDate?, dryRun: Bool
  ) throws -> PlanImportOutcome {
    let target = dryRun ? try scratchCopy() : self
    var options = options
    let issued: LocalDate?
    switch source {
    case .plan(let parsed): issued = parsed.metadata.issued
    case .review(let registration, _): issued = registration.issued
    }
    let day = effective ?? options.issued ?? issued ?? today()
    options.assignedOn = day
    let prepared: PlanImport
    switch source {
    case .plan(let parsed): prepared = try target.prepareImport(parsed, options: options)
    case .review(let registration, let rows):
      prepared = try target.prepareImport(review: registration, rows: rows, options: options)
    }
    let events =
      prepared.alreadyImported
      ? [] : try target.recordAll(prepared.commands, actor: actor, effective: day)
    return PlanImportOutcome(prepared: prepared, events: events, dryRun: dryRun, effective: day)
  }
}
