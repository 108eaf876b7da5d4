import LedgerCore
import PostgresNIO

/// The province's hub: communes' ledgers gathered in one PostgreSQL database.
///
/// Each source (a commune) keeps its own positions, hashes and chain; the hub only checks and
/// stores them, and answers with the same `LedgerCore` folds and views a commune's ledger
/// uses. One connection, used by one task at a time.
public final class Hub: Sendable {
  let connection: PostgresConnection
  let logger: Logger
  /// The server, for messages.
  public let place: String

  private init(connection: PostgresConnection, logger: Logger, place: String) {
    self.connection = connection
    self.logger = logger
    self.place = place
  }

  /// Connects to the hub's database; throws `hubLoginRefused` when the server refuses the
  /// user, `hubDatabaseMissing` when it has no such database, else `hubUnreachable`.
  public static func connect(_ address: HubAddress) async throws -> Hub {
    var logger = Logger(label: "clearledger.hub")
    logger.logLevel = .critical
    do {
      let connection = try await PostgresConnection.connect(
        configuration: address.configuration, id: 1, logger: logger)
      return Hub(connection: connection, logger: logger, place: address.place)
    } catch let error as PSQLError {
      throw HubErrors.connectionError(error, address: address)
    } catch {
      throw LedgerError.hubUnreachable(address.place)
    }
  }

  /// Connects, runs `body` with the hub, and closes the connection whatever happens.
  public static func with<T: Sendable>(
    _ address: HubAddress, _ body: (Hub) async throws -> T
  ) async throws -> T {
    try await with(try await connect(address), body)
  }

  /// Runs `body` with a hub already connected, and closes the connection whatever happens.
  public static func with<T: Sendable>(
    _ hub: Hub, _ body: (Hub) async throws -> T
  ) async throws -> T {
    do {
      let value = try await body(hub)
      await hub.close()
      return value
    } catch {
      await hub.close()
      throw error
    }
  }

  /// Whether the connection is closed (by us, or by the server: a restart, a terminated
  /// backend); a query on it would never be answered.
  public var isClosed: Bool { connection.isClosed }

  /// Closes the connection.
  public func close() async {
    try? await connection.close()
  }

  /// Runs a query, mapping PostgreSQL's errors to ours.
  @discardableResult
  func query(_ query: PostgresQuery) async throws -> PostgresRowSequence {
    try await HubErrors.map(place: place) {
      try await connection.query(query, logger: logger)
    }
  }

  /// Runs `body` in one transaction: committed if it returns, rolled back if it throws.
  func transaction<T>(_ body: () async throws -> T) async throws -> T {
    try await query("BEGIN")
    do {
      let value = try await body()
      try await query("COMMIT")
      return value
    } catch {
      _ = try? await connection.query("ROLLBACK", logger: logger)
      throw error
    }
  }

  /// Runs `body` in one read-only transaction that sees one snapshot of the database, so that
  /// what its statements read is consistent (no ingest commits between them).
  func snapshot<T>(_ body: () async throws -> T) async throws -> T {
    try await query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
    do {
      let value = try await body()
      try await query("COMMIT")
      return value
    } catch {
      _ = try? await connection.query("ROLLBACK", logger: logger)
      throw error
    }
  }
}
