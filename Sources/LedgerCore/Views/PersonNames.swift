/// Finds the person a typed name means, among the people the ledger knows (every head ever
/// appointed): never a name that matches nobody.
///
/// A name matches when it is the same after NFC and tone placement, or, typed without any
/// marks ("hoang van dung"), the same letters. A name matching nobody is refused with the
/// closest names the ledger knows, with and without diacritics.
public struct PersonNames: Sendable {
  /// Every known name, once each (by matching key), in Vietnamese order.
  public let names: [String]

  public init(units: [UnitState]) {
    var seen: Set<String> = []
    let all = units.flatMap(\.tenures).map(\.person).filter {
      seen.insert(VietnameseText.matchKey($0)).inserted
    }
    names = VietnameseText.sorted(all, by: { $0 })
  }

  /// The known spelling of the person typed; throws `LedgerError.unknownPerson` with the
  /// closest names when none (or, typed without marks, more than one) matches.
  public func resolve(_ typed: String) throws -> String {
    let key = VietnameseText.matchKey(typed)
    if let exact = names.first(where: { VietnameseText.matchKey($0) == key }) { return exact }
    let loose = names.filter { VietnameseText.lookupMatches(typed, $0) }
    if loose.count == 1 { return loose[0] }
    throw LedgerError.unknownPerson(VietnameseText.clean(typed), closest: closest(to: typed))
  }

  /// Up to three known names nearest the typed one, each also written without diacritics.
  public func closest(to typed: String) -> [String] {
    let target = Array(VietnameseText.searchKey(typed))
    return names.map { name in (name, Self.distance(target, Array(VietnameseText.searchKey(name))))
    }
    .sorted { $0.1 < $1.1 }.prefix(3)
    .map { "\($0.0) (\(VietnameseText.searchKey($0.0)))" }
  }

  /// Edit distance between two strings of characters.
  static func distance(_ a: [Character], _ b: [Character]) -> Int {
    guard !a.isEmpty else { return b.count }
    var previous = Array(0...b.count)
    for (i, x) in a.enumerated() {
      var row = [i + 1]
      for (j, y) in b.enumerated() {
        row.append(min(previous[j + 1] + 1, row[j] + 1, previous[j] + (x == y ? 0 : 1)))
      }
      previous = row
    }
    return previous[b.count]
  }
}
