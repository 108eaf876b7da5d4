import Foundation
import LedgerCore
import PostgresNIO

extension Hub {
  /// One source's board today as known now, read with one statement; nil when the general
  /// read (`boards`) must answer.
  ///
  /// The source's row, its last position, how far its kept rows are folded and those rows
  /// come back together: one round trip instead of six, and one statement sees one snapshot,
  /// so no transaction is opened. `boards` answers instead when the day asked is not the
  /// source's today, when its kept rows are not through its last event or one does not read
  /// (its log is then folded), or when this database's schema is older than the statement
  /// (`boards` then reads it as it stands).
  func keptBoardNow(of id: String, asOf day: LocalDate?, time: HubTime) async throws
    -> SourceAnswer<AccountabilityBoard>?
  {
    guard time.isNow else { return nil }
    let statement: PostgresQuery = """
      SELECT (SELECT coalesce(max(version), 0) FROM hub_migrations)::bigint,
        s.source, s.name, s.public_key,
        coalesce((SELECT max(e.position) FROM hub_events e WHERE e.source = \(id)), 0),
        s.time_zone,
        (SELECT k.position FROM hub_kept k WHERE k.source = \(id)),
        ARRAY(SELECT u.state FROM hub_units u WHERE u.source = \(id)),
        ARRAY(SELECT t.state FROM hub_tasks t WHERE t.source = \(id))
      FROM hub_sources s WHERE s.source = \(id)
      """
    typealias Row = (Int64, String, String, String?, Int64, String, Int64?, [String], [String])
    var found: Row?
    do {
      for try await row in try await connection.query(statement, logger: logger).decode(
        Row.self)
      {
        found = row
      }
    } catch let error as PSQLError where Self.isOlderSchema(error) {
      return nil
    } catch let error as PSQLError {
      throw HubErrors.ledgerError(error, place: place)
    }
    // No such source: `boards` says so, with the sources there are.
    guard let (version, source, name, key, events, zone, kept, unitRows, taskRows) = found
    else { return nil }
    try Self.requireSchema(version: Int(version))
    let answered = HubSource(
      id: source, name: name, publicKey: key, events: events, timeZone: zone)
    let today = time.today(in: answered.zone)
    guard (day ?? today) == today, kept == events else { return nil }
    guard let units = Self.decoded(UnitState.self, unitRows),
      let tasks = Self.decoded(TaskState.self, taskRows)
    else { return nil }
    var states = SourceStates(position: events, tasks: tasks, units: units)
    states.sort()
    return SourceAnswer(source: answered, answer: states.board(on: today))
  }

  /// The values of JSON texts, in their order; nil when one does not read.
  static func decoded<Value: Decodable>(_ type: Value.Type, _ texts: [String]) -> [Value]? {
    let decoder = JSONDecoder()
    var values: [Value] = []
    values.reserveCapacity(texts.count)
    for text in texts {
      guard let value = try? decoder.decode(Value.self, from: Data(text.utf8)) else {
        return nil
      }
      values.append(value)
    }
    return values
  }

  /// Whether PostgreSQL refused a statement for a table or column this database does not
  /// have yet (undefined_table, undefined_column): a hub whose schema is older than this
  /// program's, read as it stands.
  private static func isOlderSchema(_ error: PSQLError) -> Bool {
    guard error.code == .server, let state = error.serverInfo?[.sqlState] else { return false }
    return state == "42P01" || state == "42703"
  }
}
