/// Resolves the unit names of one import: each name to a registered unit's code or to a unit
/// the import will create, remembering where each new unit was first named.
struct UnitResolution<Reading: LedgerReading> {
  private var directory = UnitDirectory()
  private var createdKeys: Set<String> = []
  private(set) var created: [NewUnit] = []
  /// A name that reads as a sentence is kept as doubtful text (`not_a_body`) instead of
  /// refusing the plan (`--lenient`, `--review`).
  var keepsProse = false

  /// Knows the ledger's units and the mapping's names before any cell is read.
  ///
  /// Throws `LedgerError.unknownUnit` for a mapping to a code the ledger does not have.
  init(reading: Reading, mapping: [String: UnitCode]) throws {
    let registered = try reading.units()
    // A name a unit bore before a rename still names it, and a merged unit's name names the
    // unit it joined; a unit's current name wins over both, so each is added first.
    for unit in registered {
      for name in unit.formerNames ?? [] { directory.add(name, code: Self.open(unit, registered)) }
    }
    for unit in registered where unit.mergedInto != nil {
      directory.add(unit.name, code: Self.open(unit, registered))
    }
    for unit in registered where unit.mergedInto == nil {
      directory.add(unit.name, code: unit.code)
    }
    for (name, code) in mapping.sorted(by: { $0.key < $1.key }) {
      guard registered.contains(where: { $0.code == code }) else {
        throw LedgerError.unknownUnit(code.rawValue)
      }
      directory.add(name, code: code)
    }
  }

  /// The unit that does a unit's work now: the unit itself, or the one it was merged into
  /// (followed through later merges).
  static func open(_ unit: UnitState, _ units: [UnitState]) -> UnitCode {
    var current = unit
    var seen: Set<UnitCode> = [unit.code]
    while let into = current.mergedInto, let next = units.first(where: { $0.code == into }),
      seen.insert(into).inserted
    {
      current = next
    }
    return current.code
  }

  /// The units a cell names, each as the code of a registered unit or the name of a unit to
  /// create, in order, each once.
  ///
  /// Throws `LedgerError.unitNameIsProse` when a name reads as a sentence: a plan's prose must
  /// never become a unit.
  mutating func resolve(_ cell: String, line: RowLine, origin: NewUnit.Origin) throws -> [String] {
    try read(cell, line: line, origin: origin).names
  }

  /// The reading of a cell with its names resolved: codes of registered units, or names of
  /// units to create; collective, generic and glued phrases as the reader found them.
  mutating func read(_ cell: String, line: RowLine, origin: NewUnit.Origin) throws
    -> UnitCellReading
  {
    var reading = UnitCellReader.read(cell, known: directory)
    var names: [String] = []
    for name in reading.names {
      // A collective lead named before is known by its text; it is still a collective.
      guard !UnitNames.isVague(name), !UnitDictionary.shipped.isCollective(name) else {
        reading.collective.append(name)
        continue
      }
      let resolved: String
      if let entry = directory.find(name) {
        resolved = entry.code?.rawValue ?? entry.name
        if entry.code == nil { remember(entry.name, origin: origin) }
      } else {
        guard !UnitNames.looksLikeProse(name) else {
          guard keepsProse else { throw LedgerError.unitNameIsProse(line: line, text: name) }
          reading.doubtful.append(name)
          continue
        }
        directory.add(name, code: nil)
        resolved = UnitNames.canonical(name)
        remember(resolved, origin: origin)
      }
      if !names.contains(resolved) { names.append(resolved) }
    }
    reading.names = names
    return reading
  }

  /// A name taken exactly as a person wrote it (a corrected review): a known unit's code, or
  /// a new unit of that name; never split.
  mutating func exact(_ name: String, origin: NewUnit.Origin) -> String {
    if let entry = directory.find(name) {
      if entry.code == nil { remember(entry.name, origin: origin) }
      return entry.code?.rawValue ?? entry.name
    }
    directory.add(name, code: nil)
    remember(VietnameseText.clean(name), origin: origin)
    return VietnameseText.clean(name)
  }

  /// Records a unit to create, once, with the first place it was named.
  private mutating func remember(_ name: String, origin: NewUnit.Origin) {
    let key = VietnameseText.matchKey(name)
    guard !createdKeys.contains(key) else { return }
    createdKeys.insert(key)
    created.append(NewUnit(name: name, origin: origin))
  }
}
