/// Tells who a named person is, so that facts about one person meet and facts about two people
/// of one name never do.
///
/// A fact that carries a staff code is that code's person. A fact that carries only a name
/// (an appointment or judgement recorded before the person was registered) is the registered
/// person of that name when exactly one has it; otherwise it is known by its name alone.
public struct PersonIdentity: Sendable {
  private let codesByName: [String: [String]]

  /// An identity over the people the ledger registers.
  public init(persons: [PersonRegistered] = []) {
    var codes: [String: [String]] = [:]
    for person in persons {
      codes[VietnameseText.matchKey(person.name), default: []].append(person.code)
    }
    codesByName = codes
  }

  /// The key that is the same for every fact about one person: `#CODE`, or the name's
  /// matching key when no code can be known.
  public func key(code: String?, name: String) -> String {
    if let code { return "#" + code }
    let match = VietnameseText.matchKey(name)
    if let codes = codesByName[match], codes.count == 1 { return "#" + codes[0] }
    return match
  }

  /// The key of a head's tenure.
  public func key(_ tenure: Tenure) -> String { key(code: tenure.code, name: tenure.person) }

  /// The key of a person a command named.
  public func key(_ person: KnownPerson) -> String { key(code: person.code, name: person.name) }
}
