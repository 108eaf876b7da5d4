/// The rules for registering units and persons and appointing heads.
extension Decider {
  /// Registers a unit under a new code and a name no other unit holds.
  func registerUnit(name: String, code: String?, allowMixedScript: Bool) throws
    -> Decision
  {
    let name = try ScriptRules.singleScript(
      TextRules.required(name, .name), .name, allowMixed: allowMixedScript)
    let units = try reading.units()
    // The same name, or the same letters where one of the two was typed without marks
    // ("Phong Van hoa - Xa hoi" beside "Phòng Văn hóa - Xã hội"): one unit, not two.
    if let existing = units.first(where: { VietnameseText.lookupMatches(name, $0.name) })
      ?? units.first(where: { VietnameseText.lookupMatches($0.name, name) })
    {
      throw LedgerError.unitNameTaken(name: existing.name, code: existing.code)
    }
    let taken = Set(units.map(\.code))
    let chosen: UnitCode
    if let code {
      guard let parsed = UnitCode(code), parsed != TaskAssigned.collectiveLeadCode else {
        throw LedgerError.invalidUnitCode(code)
      }
      guard !taken.contains(parsed) else { throw LedgerError.unitCodeTaken(parsed) }
      chosen = parsed
    } else {
      let base = UnitCode.initials(of: name)?.rawValue ?? "U"
      var candidate = UnitCode(base)
      var suffix = 2
      while let code = candidate, taken.contains(code) {
        candidate = UnitCode("\(base)\(suffix)")
        suffix += 1
      }
      guard let free = candidate else { throw LedgerError.invalidUnitCode(base) }
      chosen = free
    }
    let stream = StreamID.unit(chosen)
    return Decision(
      stream: stream, expectedVersion: try reading.streamVersion(stream),
      event: .unitRegistered(UnitRegistered(code: chosen, name: name)), effective: effective)
  }

  /// Whether what `--replaces` says names the sitting head: their name as people type it, or
  /// their staff code (trial: `--replaces HVD` was refused, though the person argument takes
  /// codes).
  static func names(_ typed: String, _ tenure: Tenure) -> Bool {
    VietnameseText.lookupMatches(typed, tenure.person)
      || tenure.code.map { $0.uppercased() == typed.uppercased() } == true
  }

  /// Appoints a head of a unit; ending a sitting head's tenure must be said aloud.
  func appointHead(
    unit: String, person: String, role: String, replaces: String?, allowMixedScript: Bool,
    acting: Bool, decision: String?
  ) throws -> Decision {
    let target = try openUnit(unit)
    let typed = try ScriptRules.singleScript(
      TextRules.required(person, .person), .person, allowMixed: allowMixedScript)
    // A registered person or known head is named as registered; a new name is taken as typed
    // (`head appoint` registers it first).
    let known = try reading.personNames().match(typed)
    let person = known?.name ?? typed
    let role = try ScriptRules.singleScript(
      TextRules.required(role, .role), .role, allowMixed: allowMixedScript)
    let identity = PersonIdentity(persons: try reading.persons())
    let newcomer = identity.key(code: known?.code, name: person)
    if let current = target.head(on: effective), identity.key(current) == newcomer,
      VietnameseText.matchKey(current.role) == VietnameseText.matchKey(role)
    {
      throw LedgerError.alreadyHead(person: current.person, unit: target.code, since: current.from)
    }
    // Ending someone else's tenure is said aloud: the sitting head must be named.
    if !replacementsConfirmed, let current = target.head(on: effective),
      identity.key(current) != newcomer,
      !(replaces.map { Self.names($0, current) } ?? false)
    {
      throw LedgerError.endsTenure(
        person: current.person, unit: target.code, since: current.from, named: replaces)
    }
    let stream = StreamID.unit(target.code)
    return Decision(
      stream: stream, expectedVersion: try reading.streamVersion(stream),
      event: .headAppointed(
        HeadAppointed(
          unit: target.code, person: person, role: role, code: known?.code,
          acting: acting ? true : nil, decision: try TextRules.documentNumber(decision))),
      effective: effective)
  }

  /// Registers a person under a new code.
  func registerPerson(name: String, code: String?) throws -> Decision {
    let name = try TextRules.required(name, .person)
    let persons = try reading.persons()
    let key = VietnameseText.matchKey(name)
    let namesakes = persons.filter { VietnameseText.matchKey($0.name) == key }
    let chosen: String
    if let code {
      guard let parsed = PersonRegistered.code(code) else {
        throw LedgerError.invalidPersonCode(code)
      }
      if let holder = persons.first(where: { $0.code == parsed }) {
        throw LedgerError.personCodeTaken(parsed, name: holder.name)
      }
      chosen = parsed
    } else {
      // Without a code, a second person of one name could not be told apart.
      guard namesakes.isEmpty else {
        throw LedgerError.personNameTaken(namesakes[0].name, codes: namesakes.map(\.code))
      }
      let base = UnitCode.initials(of: name)?.rawValue ?? "P"
      let taken = Set(persons.map(\.code))
      var candidate = base
      var suffix = 2
      while taken.contains(candidate) {
        candidate = "\(base)-\(suffix)"
        suffix += 1
      }
      chosen = candidate
    }
    let stream = StreamID.person(chosen)
    return Decision(
      stream: stream, expectedVersion: try reading.streamVersion(stream),
      event: .personRegistered(PersonRegistered(code: chosen, name: name)), effective: effective)
  }
}
