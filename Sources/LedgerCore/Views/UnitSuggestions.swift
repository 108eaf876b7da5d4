/// The registered units nearest a name that matched none, for the "unknown unit" error.
///
/// Names are compared with their marks folded away, as people's names are (`PersonNames`), so
/// "Phong Kinh te" typed without diacritics suggests "Phòng Kinh tế (KT, phong kinh te)".
public enum UnitSuggestions {
  /// Up to three units whose folded name or code is within a third of the typed text's length
  /// (at least two edits), nearest first, each with its code and its name without diacritics.
  public static func closest(to typed: String, among units: [UnitState]) -> [String] {
    let target = Array(VietnameseText.searchKey(typed))
    let limit = max(2, target.count / 3)
    return units.map { unit -> (UnitState, Int) in
      let name = PersonNames.distance(target, Array(VietnameseText.searchKey(unit.name)))
      let code = PersonNames.distance(target, Array(unit.code.rawValue.lowercased()))
      return (unit, min(name, code))
    }
    .filter { $0.1 <= limit }.sorted { ($0.1, $0.0.code.rawValue) < ($1.1, $1.0.code.rawValue) }
    .prefix(3)
    .map { unit, _ in "\(unit.name) (\(unit.code), \(VietnameseText.searchKey(unit.name)))" }
  }
}

extension LedgerError {
  /// The "unknown unit" error for a typed name, with the registered units nearest it.
  public static func unknownUnit(_ typed: String, among units: [UnitState]) -> LedgerError {
    .unknownUnit(typed, closest: UnitSuggestions.closest(to: typed, among: units))
  }
}
