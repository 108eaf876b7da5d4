import Foundation
import LedgerCore
import LedgerProof
import PostgresNIO

extension Hub {
  /// Registers a commune's ledger as a source, its ledger's time zone given (`init
  /// --timezone`; Vietnam's by default); refuses a bad or taken id, or a zone not known.
  ///
  /// The name follows the rules a commune's ledger applies to a unit's name: stored NFC and
  /// trimmed, refused when it holds a control character or a bidi override, is made only of
  /// invisible characters, is too long, or (unless `allowMixedScript`) mixes scripts.
  @discardableResult
  public func addSource(
    _ id: String, name: String, publicKey: String? = nil,
    timeZone: String = HubSource.defaultTimeZone, allowMixedScript: Bool = false
  ) async throws -> HubSource {
    let (name, key) = try Self.checkedSource(
      id, name: name, publicKey: publicKey, timeZone: timeZone,
      allowMixedScript: allowMixedScript)
    let version = try await requireSchema()
    // A hub before migration 10 keeps no zone: its sources are Vietnam's.
    guard version >= 10 || timeZone == HubSource.defaultTimeZone else {
      throw LedgerError.hubNotInitialized
    }
    return try await transaction {
      // One source per commune: a name another source has (however its tones are placed or
      // its letters cased, or written without marks, as `--source NAME` finds it) is refused;
      // the table is locked so two adds cannot both pass (trial: "Xa Chi Minh" was taken
      // beside "Xã Chí Minh", and then asking for it by name found the other).
      try await query("LOCK TABLE hub_sources IN SHARE ROW EXCLUSIVE MODE")
      let names = try await query("SELECT source, name FROM hub_sources")
      for try await (other, otherName) in names.decode((String, String).self)
      where other != id
        && (VietnameseText.lookupMatches(name, otherName)
          || VietnameseText.lookupMatches(otherName, name))
      {
        throw LedgerError.communeNameTaken(name: otherName, source: other)
      }
      let rows =
        version >= 10
        ? try await query(
          """
          INSERT INTO hub_sources (source, name, public_key, time_zone)
          VALUES (\(id), \(name), \(key), \(timeZone))
          ON CONFLICT (source) DO NOTHING RETURNING source
          """)
        : try await query(
          """
          INSERT INTO hub_sources (source, name, public_key) VALUES (\(id), \(name), \(key))
          ON CONFLICT (source) DO NOTHING RETURNING source
          """)
      var inserted = false
      for try await _ in rows { inserted = true }
      guard inserted else { throw LedgerError.sourceExists(id) }
      return HubSource(id: id, name: name, publicKey: key, events: 0, timeZone: timeZone)
    }
  }

  /// A source's id, name, key and zone checked as `addSource` checks them before asking the
  /// hub anything: the name and key as stored.
  public static func checkedSource(
    _ id: String, name: String, publicKey: String?, timeZone: String, allowMixedScript: Bool
  ) throws -> (name: String, key: String?) {
    guard HubSource.isValidID(id) else { throw LedgerError.invalidSourceName(id) }
    guard TimeZone(identifier: timeZone) != nil else {
      throw LedgerError.invalidTimeZone(timeZone)
    }
    let name = try ScriptRules.singleScript(
      TextRules.required(name, .name), .name, allowMixed: allowMixedScript)
    let key = publicKey.map(VietnameseText.clean).flatMap { $0.isEmpty ? nil : $0 }
    if let key, (try? VerifierKey(parsing: key)) == nil {
      throw LedgerError.unreadableSourceKey(key)
    }
    return (name, key)
  }

  /// Every source, by id, with how many events the hub holds of each and when its last was
  /// recorded: both from one lookup of its last event.
  public func sources() async throws -> [HubSource] {
    let zone = Self.zoneColumn(version: try await requireSchema())
    let rows = try await query(
      """
      SELECT s.source, s.name, s.public_key, coalesce(last.position, 0), \(unescaped: zone),
        last.recorded
      FROM hub_sources s
      LEFT JOIN LATERAL (
        SELECT e.position, e.recorded FROM hub_events e WHERE e.source = s.source
        ORDER BY e.position DESC LIMIT 1) last ON true
      ORDER BY s.source
      """)
    var sources: [HubSource] = []
    for try await (id, name, key, events, timeZone, last) in rows.decode(
      (String, String, String?, Int64, String, String?).self)
    {
      sources.append(
        HubSource(
          id: id, name: name, publicKey: key, events: events, timeZone: timeZone,
          lastRecorded: last))
    }
    return sources
  }

  /// The sources' zone as SQL: the column from migration 10, else Vietnam's for every one.
  static func zoneColumn(version: Int) -> String {
    version >= 10 ? "s.time_zone" : "'\(HubSource.defaultTimeZone)'::text"
  }

  /// One source, or every source when `id` is nil; throws `unknownSource` for an id not here.
  ///
  /// One source is read alone (its row and its last position), with no work over the others:
  /// its events are named by the id itself, so the planner looks in its partition only.
  public func sources(_ id: String?) async throws -> [HubSource] {
    guard let id else { return try await sources() }
    let zone = Self.zoneColumn(version: try await requireSchema())
    let rows = try await query(
      """
      SELECT s.source, s.name, s.public_key, coalesce(last.position, 0), \(unescaped: zone),
        last.recorded
      FROM hub_sources s
      LEFT JOIN LATERAL (
        SELECT e.position, e.recorded FROM hub_events e WHERE e.source = \(id)
        ORDER BY e.position DESC LIMIT 1) last ON true
      WHERE s.source = \(id)
      """)
    for try await (id, name, key, events, timeZone, last) in rows.decode(
      (String, String, String?, Int64, String, String?).self)
    {
      return [
        HubSource(
          id: id, name: name, publicKey: key, events: events, timeZone: timeZone,
          lastRecorded: last)
      ]
    }
    throw Self.unknown(id, among: try await sources().map { ($0.id, $0.name) })
  }

  /// The error for a source id not held: `sourceAskedByName` when it is a source's name as
  /// people write it (any Unicode form, tone placement or case; without marks when typed so),
  /// else `unknownSource`.
  public static func unknown(_ typed: String, among sources: [(id: String, name: String)])
    -> LedgerError
  {
    let found = sources.filter { VietnameseText.lookupMatches(typed, $0.name) }
    // The name as written, marks and all, is the one source that bears it.
    let exact = found.filter { VietnameseText.matchKey($0.name) == VietnameseText.matchKey(typed) }
    if let one = exact.count == 1 ? exact.first : found.count == 1 ? found.first : nil {
      return .sourceAskedByName(typed: typed, id: one.id, name: one.name)
    }
    if found.count > 1 {
      return .sourceNameAmbiguous(typed: typed, sources: found.map { "\($0.id) (\($0.name))" })
    }
    return .unknownSource(typed)
  }

  /// The other source whose first event is this one, if any: a history is one source's only.
  func source(withFirstEvent hash: String, except id: String) async throws -> String? {
    let rows = try await query(
      """
      SELECT source FROM hub_events WHERE position = 1 AND hash = \(hash) AND source <> \(id)
      LIMIT 1
      """)
    for try await other in rows.decode(String.self) { return other }
    return nil
  }
}
