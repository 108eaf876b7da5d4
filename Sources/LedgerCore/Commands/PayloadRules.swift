/// Checks an event that arrives already made (an events file) against the rules a typed
/// command's event passes: the same text rules and the same ranges.
///
/// An event the decider made passes, since the decider cleaned and bounded every field; an
/// event written by hand with a percent of 150, an empty or invisible text or a control
/// character does not.
public enum PayloadRules {
  /// Throws the refusal the decider would have given for the first field that breaks a rule.
  public static func check(_ event: LedgerEvent) throws {
    switch event {
    case .unitRegistered(let p):
      try text(p.name, .name)
    case .headAppointed(let p):
      try text(p.person, .person)
      try text(p.role, .role)
    case .taskAssigned(let p):
      try text(p.title, .title, limit: TextRules.longLimit)
      try text(p.headRole, .role)
      try text(p.expectedResult, .result, limit: TextRules.longLimit)
      try optional(p.plan, .plan)
      if p.supportingUnits.contains(p.leadUnit) { throw LedgerError.leadAlsoSupporting(p.leadUnit) }
      if let repeated = Self.firstRepeated(p.supportingUnits) {
        throw LedgerError.duplicateSupportingUnit(repeated)
      }
      if let source = p.source {
        for cell in [source.section, source.row, source.leadText, source.deadlineText] {
          try raw(cell, .source)
        }
        if let support = source.supportText { try raw(support, .source) }
      }
    case .taskStarted(let p):
      try optional(p.by, .by)
    case .progressReported(let p):
      try text(p.text, .text, limit: TextRules.longLimit)
      if let percent = p.percent, !(0...100).contains(percent) {
        throw LedgerError.percentOutOfRange(percent)
      }
      if let document = p.document, try TextRules.documentNumber(document) != document {
        throw LedgerError.invalidDocumentNumber(document)
      }
      try optional(p.by, .by)
    case .deadlineExtended(let p):
      try text(p.reason, .reason, limit: TextRules.longLimit)
      try text(p.approvedBy, .approvedBy)
    case .leadReassigned(let p):
      try text(p.reason, .reason, limit: TextRules.longLimit)
      if p.previousLead == p.newLead { throw LedgerError.invalidUnitCode(p.newLead.rawValue) }
    case .taskCompleted(let p):
      try optional(p.result, .result, limit: TextRules.longLimit)
      try optional(p.evidence, .evidence, limit: TextRules.longLimit)
      try optional(p.by, .by)
    case .taskCancelled(let p):
      try text(p.reason, .reason, limit: TextRules.longLimit)
    case .taskPaused(let p):
      try text(p.reason, .reason, limit: TextRules.longLimit)
    case .taskResumed(let p):
      try optional(p.reason, .reason, limit: TextRules.longLimit)
    case .eventCorrected(let p):
      try text(p.reason, .reason, limit: TextRules.longLimit)
      if p.retracts < 1 { throw LedgerError.unknownPosition(p.retracts) }
    case .planRegistered(let p):
      try text(p.title, .title, limit: TextRules.longLimit)
      try optional(p.issuer, .name)
      try optional(p.number, .plan)
      try optional(p.supersedes, .plan)
    case .taskSuperseded(let p):
      try text(p.byPlan, .plan)
    case .generalPointsScored(let p):
      try text(p.person, .person)
      try text(p.reason, .reason, limit: TextRules.longLimit)
      guard (2000...2100).contains(p.year) else { throw LedgerError.invalidYear(p.year) }
      guard (0...30).contains(p.points) else { throw LedgerError.pointsOutOfRange(p.points) }
    }
  }

  /// Text that must be exactly what `TextRules.required` keeps.
  private static func text(_ value: String, _ field: TextField, limit: Int = TextRules.shortLimit)
    throws
  {
    let cleaned = try TextRules.required(value, field, limit: limit)
    // Stored text is NFC with single spaces; anything else was not written by the ledger.
    guard cleaned == value else { throw LedgerError.uncleanText(field) }
  }

  private static func optional(
    _ value: String?, _ field: TextField, limit: Int = TextRules.shortLimit
  ) throws {
    if let value { try text(value, field, limit: limit) }
  }

  /// A plan cell kept as written: no control characters, bounded.
  private static func raw(_ value: String, _ field: TextField) throws {
    if let scalar = VietnameseText.firstControlCharacter(in: value) {
      throw LedgerError.controlCharacter(field, scalar: scalar.value)
    }
    guard value.count <= TextRules.longLimit else {
      throw LedgerError.textTooLong(field, limit: TextRules.longLimit)
    }
  }

  private static func firstRepeated(_ units: [UnitCode]) -> UnitCode? {
    var seen = Set<UnitCode>()
    return units.first { !seen.insert($0).inserted }
  }
}
