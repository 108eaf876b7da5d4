/// Checks an event that arrives already made (an events file) against the rules a typed
/// command's event passes: the same text rules and the same ranges.
///
/// An event the decider made passes, since the decider cleaned and bounded every field; an
/// event written by hand with a percent of 150, an empty or invisible text or a control
/// character does not.
public enum PayloadRules {
  /// Throws the refusal the decider would have given for the first field that breaks a rule.
  public static func check(_ event: LedgerEvent) throws {
    try event.payload.checkStated()
  }

  /// Text that must be exactly what `TextRules.required` keeps.
  static func text(_ value: String, _ field: TextField, limit: Int = TextRules.shortLimit)
    throws
  {
    let cleaned = try TextRules.required(value, field, limit: limit)
    // Stored text is NFC with single spaces; anything else was not written by the ledger.
    guard cleaned == value else { throw LedgerError.uncleanText(field) }
  }

  static func optional(
    _ value: String?, _ field: TextField, limit: Int = TextRules.shortLimit
  ) throws {
    if let value { try text(value, field, limit: limit) }
  }

  /// A plan cell kept as written: no control characters, bounded.
  static func raw(_ value: String, _ field: TextField) throws {
    if let scalar = VietnameseText.firstControlCharacter(in: value) {
      throw LedgerError.controlCharacter(field, scalar: scalar.value)
    }
    guard value.count <= TextRules.longLimit else {
      throw LedgerError.textTooLong(field, limit: TextRules.longLimit)
    }
  }

  static func firstRepeated(_ units: [UnitCode]) -> UnitCode? {
    var seen = Set<UnitCode>()
    return units.first { !seen.insert($0).inserted }
  }
}
