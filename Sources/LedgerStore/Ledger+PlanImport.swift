import LedgerCore

/// What importing a plan did (or, for a dry run, would do).
public struct PlanImportOutcome: Sendable {
  public var prepared: PlanImport
  public var events: [RecordedEvent]
  public var dryRun: Bool
  public var effective: LocalDate
}

extension Ledger {
  /// Imports a parsed plan in one transaction, or for a dry run on a scratch copy (the file is
  /// never touched): the CLI's `import` and the web's upload both come here.
  public func importPlan(
    _ parsed: ParsedPlan, options: PlanImportOptions, actor: String, effective: LocalDate?,
    dryRun: Bool
  ) throws -> PlanImportOutcome {
    let target = dryRun ? try scratchCopy() : self
    let prepared = try target.prepareImport(parsed, options: options)
    let day = effective ?? prepared.registration.issued ?? today()
    let events =
      prepared.alreadyImported
      ? [] : try target.recordAll(prepared.commands, actor: actor, effective: day)
    return PlanImportOutcome(prepared: prepared, events: events, dryRun: dryRun, effective: day)
  }
}
