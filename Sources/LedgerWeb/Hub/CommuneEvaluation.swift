import LedgerCore

/// One commune's evaluation of a year as the hub computes it (the commune's own `evaluate`,
/// with its rules), and what a page needs to read a typed unit or person as that commune does.
public struct CommuneEvaluation: Sendable {
  public var evaluation: Evaluation
  /// The commune's units, to read a typed unit code or name.
  public var units: [UnitState]
  /// The commune's people (its heads and the persons it registered), to read a typed person.
  public var names: PersonNames

  public init(evaluation: Evaluation, units: [UnitState], names: PersonNames) {
    self.evaluation = evaluation
    self.units = units
    self.names = names
  }
}
