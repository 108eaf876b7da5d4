import GRDB
import LedgerCore
import Synchronization

/// The units (with their tenures) and the registered persons of one ledger, kept between reads
/// until a unit's stream or the person registry moves.
///
/// Every write naming a person checks the name against every head ever appointed and every
/// person registered, and every page build reads the units: reading them from the tables each
/// time was a tenth of a server's time under writers. What is kept is keyed by the hash of the
/// last event on the unit streams (and, for the persons, on the person streams), read in the
/// caller's transaction: the chain makes that hash stand for every event before it, so an equal
/// hash means the same unit (or person) history, whichever process recorded it and even inside
/// a write transaction that is later rolled back. A write by the CLI in another process is seen
/// by the next read, never a stale copy.
final class PeopleMemo: Sendable {
  /// What the units, persons and names were read at: the hash of the last event on the unit
  /// streams and on the person streams (nil when there is none).
  struct Stamp: Equatable, Sendable {
    var units: String?
    var persons: String?
  }

  private struct Kept: Sendable {
    var units: (stamp: String?, value: [UnitState])?
    var persons: (stamp: String?, value: [PersonRegistered])?
    var names: (stamp: Stamp, value: PersonNames)?
  }

  private let kept = Mutex(Kept())

  /// Every unit with its tenures, as `ProjectionTables.units` reads them.
  func units(in db: Database) throws -> [UnitState] {
    try units(in: db, at: try Self.lastHash(of: .units, in: db))
  }

  /// Every registered person, in the order registered.
  func persons(in db: Database) throws -> [PersonRegistered] {
    try persons(in: db, at: try Self.lastHash(of: .persons, in: db))
  }

  /// The names commands can use for the ledger's people (`PersonNames`), worked out once per
  /// unit and person history.
  func personNames(in db: Database) throws -> PersonNames {
    let stamp = Stamp(
      units: try Self.lastHash(of: .units, in: db),
      persons: try Self.lastHash(of: .persons, in: db))
    if let names = kept.withLock({ $0.names?.stamp == stamp ? $0.names?.value : nil }) {
      return names
    }
    let names = PersonNames.of(
      units: try units(in: db, at: stamp.units), persons: try persons(in: db, at: stamp.persons))
    kept.withLock { $0.names = (stamp, names) }
    return names
  }

  private func units(in db: Database, at stamp: String?) throws -> [UnitState] {
    if let units = kept.withLock({ $0.units?.stamp == stamp ? $0.units?.value : nil }) {
      return units
    }
    let units = try ProjectionTables.units(in: db)
    kept.withLock { $0.units = (stamp, units) }
    return units
  }

  private func persons(in db: Database, at stamp: String?) throws -> [PersonRegistered] {
    if let persons = kept.withLock({ $0.persons?.stamp == stamp ? $0.persons?.value : nil }) {
      return persons
    }
    let persons = try StoreReading(db: db).persons()
    kept.withLock { $0.persons = (stamp, persons) }
    return persons
  }

  /// The streams a kept value follows.
  enum Streams {
    case units, persons

    /// The range of stream names: every `unit:…` (or `person:…`) name sorts in it.
    var range: (low: String, high: String) {
      switch self {
      case .units: ("unit:", "unit;")
      case .persons: ("person:", "person;")
      }
    }
  }

  /// The hash of the last event on the streams: one walk of the stream index over those
  /// streams' events and one row read.
  static func lastHash(of streams: Streams, in db: Database) throws -> String? {
    try String.fetchOne(
      try db.cachedStatement(
        sql: """
          SELECT hash FROM events WHERE position =
            (SELECT max(position) FROM events WHERE stream >= ? AND stream < ?)
          """), arguments: [streams.range.low, streams.range.high])
  }
}
