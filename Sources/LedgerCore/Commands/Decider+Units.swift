extension LedgerCommand {
  /// True for a fact that may take effect after the day it is recorded: an appointment or the
  /// end of a tenure, whose decision is issued days ahead.
  ///
  /// Every other fact dated in the future is refused.
  var mayTakeEffectAhead: Bool {
    // A decision is issued days before it takes effect: an appointment, and the end of a
    // tenure (trial: `head vacate --on` the next day was refused as a future fact).
    switch self {
    case .appointHead, .vacateHead: return true
    default: return false
    }
  }
}

extension Decider {
  /// A unit that exists on the effective day, by code or name.
  ///
  /// Throws `unknownUnit` for a name no unit bears, `unitClosed` for a unit dissolved or merged
  /// by then.
  func openUnit(_ typed: String) throws -> UnitState {
    guard let unit = try reading.unit(named: typed) else {
      throw LedgerError.unknownUnit(typed, among: try reading.units())
    }
    if let closed = unit.closedOn { throw LedgerError.unitClosed(unit.code, on: closed) }
    return unit
  }

  /// Decides a change of a unit's head or of the unit itself: a vacancy, a rename, a merge or
  /// a dissolution.
  func decideUnitChange(_ command: LedgerCommand) throws -> Decision {
    let event: LedgerEvent
    let unit: UnitState
    switch command {
    case .vacateHead(let typed, let decision):
      unit = try openUnit(typed)
      guard let sitting = unit.head(on: effective) else {
        throw LedgerError.noSittingHead(unit.code, on: effective)
      }
      event = .headVacated(
        HeadVacated(
          unit: unit.code, person: sitting.person,
          decision: try TextRules.documentNumber(decision)))
    case .renameUnit(let typed, let name, let decision):
      unit = try openUnit(typed)
      let name = try ScriptRules.singleScript(
        TextRules.required(name, .name), .name, allowMixed: false)
      let key = VietnameseText.matchKey(name)
      // The name may not be another unit's; renaming a unit to its own name changes nothing.
      if let holder = try reading.units().first(where: { VietnameseText.matchKey($0.name) == key })
      {
        throw LedgerError.unitNameTaken(name: holder.name, code: holder.code)
      }
      event = .unitRenamed(
        UnitRenamed(
          unit: unit.code, previousName: unit.name, name: name,
          decision: try TextRules.documentNumber(decision)))
    case .mergeUnit(let typed, let intoTyped, let decision):
      unit = try openUnit(typed)
      let into = try openUnit(intoTyped)
      guard into.code != unit.code else { throw LedgerError.mergeIntoItself(unit.code) }
      try checkLeadsNoOpenTask(unit.code)
      event = .unitMerged(
        UnitMerged(
          unit: unit.code, into: into.code, decision: try TextRules.documentNumber(decision)))
    case .dissolveUnit(let typed, let decision):
      unit = try openUnit(typed)
      try checkLeadsNoOpenTask(unit.code)
      event = .unitDissolved(
        UnitDissolved(unit: unit.code, decision: try TextRules.documentNumber(decision)))
    default:
      preconditionFailure("not a unit change: \(command)")
    }
    let stream = StreamID.unit(unit.code)
    return Decision(
      stream: stream, expectedVersion: try reading.streamVersion(stream), event: event,
      effective: effective)
  }

  /// Refuses to end a unit that still leads open work.
  private func checkLeadsNoOpenTask(_ unit: UnitCode) throws {
    let open = try reading.tasks(ledBy: unit).filter { !$0.status.isClosed }.map(\.id)
    guard open.isEmpty else { throw LedgerError.unitLeadsOpenTasks(unit, tasks: open.sorted()) }
  }
}
