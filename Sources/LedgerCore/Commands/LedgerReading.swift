/// What the decider may read of the ledger: current state, as the store's projections hold it.
///
/// The store implements it over SQLite; tests can implement it over arrays.
public protocol LedgerReading {
  /// Every registered unit.
  func units() throws -> [UnitState]
  /// A task's current state, nil when no assignment counts.
  func task(_ id: TaskID) throws -> TaskState?
  /// The number of events in a stream (0 when it has none).
  func streamVersion(_ stream: StreamID) throws -> Int
  /// The event at a global position.
  func event(at position: Int64) throws -> RecordedEvent?
  /// Every event of a stream, in order.
  func events(in stream: StreamID) throws -> [RecordedEvent]
  /// How many tasks name the unit as lead or supporting unit.
  func taskCount(referencing unit: UnitCode) throws -> Int
  /// How many task streams exist, for numbering new tasks.
  func taskStreamCount() throws -> Int
  /// The tasks recorded as coming from a plan (by its number or draft id).
  func tasks(ofPlan plan: String) throws -> [TaskState]
  /// Every registered person, in the order registered.
  func persons() throws -> [PersonRegistered]
  /// The tasks a unit leads now.
  func tasks(ledBy unit: UnitCode) throws -> [TaskState]
  /// The ids of the task streams whose id is `id` ignoring ASCII case, in any order.
  func taskIDs(ignoringCase id: TaskID) throws -> [TaskID]
  /// The people commands can name: the registered ones and every head ever appointed
  /// (a reading may keep them between reads; by default worked out from `units` and `persons`).
  func personNames() throws -> PersonNames
}

extension LedgerReading {
  /// The people commands can name: the registered ones and every head ever appointed.
  public func personNames() throws -> PersonNames {
    PersonNames.of(units: try units(), persons: try persons())
  }

  /// A person of the ledger as recorded (with their code when another person shares the
  /// name), found by name or staff code; a name two people share is refused, and one nobody
  /// holds is refused with `unknown`'s error (given the name and the closest names).
  public func knownPerson(
    _ typed: String, unknown: (String, [String]) -> LedgerError
  ) throws -> String {
    let text = try TextRules.required(typed, .person)
    let names = try personNames()
    guard let known = try names.match(text) else {
      throw unknown(VietnameseText.clean(text), names.closest(to: text))
    }
    return names.count(sharingKeyOf: known.name) > 1 ? known.label : known.name
  }

  /// Finds a unit by its code or by its name, ignoring case, normalisation and tone placement.
  public func unit(named text: String) throws -> UnitState? {
    UnitState.named(text, among: try units())
  }
}
