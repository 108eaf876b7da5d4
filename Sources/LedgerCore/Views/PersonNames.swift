import Synchronization

/// Finds the person a typed name means, among the people the ledger knows (every person registered
/// and every head ever appointed): never a name that matches nobody.
///
/// A name matches when it is the same after NFC and tone placement, or, typed without any
/// marks ("hoang van dung"), the same letters. A name matching nobody is refused with the
/// closest names the ledger knows, with and without diacritics.
public struct PersonNames: Sendable {
  /// Every known name, once each (by matching key), in Vietnamese order.
  public let names: [String]
  /// Every person: the registered ones, then heads whose name no registered person has.
  public let people: [KnownPerson]

  /// The matching key of each of `people`, in the same order, worked out once.
  private let keys: [String]
  /// The letters of each of `people` without marks (`VietnameseText.searchKey`), in order.
  private let searchKeys: [String]

  public init(units: [UnitState], persons: [PersonRegistered] = []) {
    // Many tenures name the same person: each spelling's key is worked out once.
    var known: [String: String] = [:]
    func key(_ name: String) -> String {
      if let key = known[name] { return key }
      let key = VietnameseText.matchKey(name)
      known[name] = key
      return key
    }
    let registered = persons.map { KnownPerson(name: $0.name, code: $0.code) }
    var seen = Set(registered.map { key($0.name) })
    let heads = units.flatMap(\.tenures).map(\.person).filter {
      seen.insert(key($0)).inserted
    }
    people = VietnameseText.sorted(
      registered + heads.map { KnownPerson(name: $0, code: nil) }, by: \.name)
    keys = people.map { key($0.name) }
    searchKeys = people.map { VietnameseText.searchKey($0.name) }
    var once: Set<String> = []
    names = VietnameseText.sorted(
      people.map(\.name).filter { once.insert(key($0)).inserted }, by: { $0 })
  }

  /// The names commands can use for the people of a ledger, remembered for the last units
  /// and persons asked about: a ledger's people change seldom, and every write naming a
  /// person asks (working the names out again costs more than the rest of the write).
  public static func of(units: [UnitState], persons: [PersonRegistered]) -> PersonNames {
    let input = Input(heads: units.flatMap { $0.tenures.map(\.person) }, persons: persons)
    if let kept = last.withLock({ $0?.input == input ? $0?.names : nil }) { return kept }
    let names = PersonNames(units: units, persons: persons)
    last.withLock { $0 = (input, names) }
    return names
  }

  /// What the names are made from: every head's name, in order, and the registered persons.
  private struct Input: Equatable, Sendable {
    var heads: [String]
    var persons: [PersonRegistered]
  }

  private static let last = Mutex<(input: Input, names: PersonNames)?>(nil)

  /// Whether a known person's name has these letters once marks and case are set aside
  /// (`VietnameseText.searchKey`).
  public func contains(searchKey letters: String) -> Bool { searchKeys.contains(letters) }

  /// How many known people have a name that matches `name` once marks and case are set aside.
  public func count(sharingKeyOf name: String) -> Int {
    let key = VietnameseText.matchKey(name)
    return keys.reduce(0) { $0 + ($1 == key ? 1 : 0) }
  }

  /// The known spelling of the person typed; throws `LedgerError.unknownPerson` with the
  /// closest names when none (or, typed without marks, more than one) matches.
  public func resolve(_ typed: String) throws -> String { try person(typed).name }

  /// The one person the typed code or name means.
  ///
  /// Throws `unknownPerson` (with the closest names) when none matches and `ambiguousPerson`
  /// (with each match's code) when two people share the name.
  public func person(_ typed: String) throws -> KnownPerson {
    if let found = try match(typed) { return found }
    throw LedgerError.unknownPerson(VietnameseText.clean(typed), closest: closest(to: typed))
  }

  /// The one person the typed code or name means, nil when nobody matches; throws
  /// `ambiguousPerson` when more than one does.
  public func match(_ typed: String) throws -> KnownPerson? {
    if let code = PersonRegistered.code(typed), let found = people.first(where: { $0.code == code })
    {
      return found
    }
    let key = VietnameseText.matchKey(typed)
    let exact = people.indices.filter { keys[$0] == key }.map { people[$0] }
    // `VietnameseText.lookupMatches` with the keys kept: no key matched, so only a name typed
    // without marks can match, by its letters.
    let typedWithoutMarks = typed.unicodeScalars.allSatisfy(\.isASCII)
    let letters = VietnameseText.searchKey(typed)
    let matches =
      exact.isEmpty
      ? (typedWithoutMarks
        ? people.indices.filter { searchKeys[$0] == letters }.map { people[$0] } : [])
      : exact
    guard matches.count <= 1 else {
      throw LedgerError.ambiguousPerson(VietnameseText.clean(typed), matches: matches.map(\.label))
    }
    return matches.first
  }

  /// Up to three known people nearest the typed name, each also written without diacritics
  /// (and with their code, when registered).
  public func closest(to typed: String) -> [String] {
    let target = Array(VietnameseText.searchKey(typed))
    return people.map { person in
      (person, Self.distance(target, Array(VietnameseText.searchKey(person.name))))
    }
    .sorted { $0.1 < $1.1 }.prefix(3)
    .map { person, _ in
      let folded = VietnameseText.searchKey(person.name)
      return "\(person.name) (\(person.code.map { "\($0), " } ?? "")\(folded))"
    }
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
