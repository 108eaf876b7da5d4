import LedgerCore
import PostgresNIO

/// Turns PostgreSQL's failures into the ledger's own errors, at the hub's boundary: a user
/// never sees a raw PostgreSQL message, only what happened and what to do.
enum HubErrors {
  /// Runs `body`, mapping any PostgreSQL error it throws.
  static func map<T>(place: String, _ body: () async throws -> T) async throws -> T {
    do {
      return try await body()
    } catch let error as LedgerError {
      throw error
    } catch let error as PSQLError {
      throw ledgerError(error, place: place)
    }
  }

  /// The ledger's error for a PostgreSQL one.
  static func ledgerError(_ error: PSQLError, place: String) -> LedgerError {
    guard error.code == .server, let state = error.serverInfo?[.sqlState] else {
      return .hubUnreachable(place)
    }
    return ledgerError(sqlState: state, place: place)
  }

  /// The ledger's error for a failure to connect: the login refused (invalid_password,
  /// invalid_authorization_specification: no such role, or not allowed), the database missing
  /// (invalid_catalog_name), TLS asked of a server without it, else the server not reached.
  static func connectionError(_ error: PSQLError, address: HubAddress) -> LedgerError {
    if error.code == .sslUnsupported { return .hubWithoutTLS(place: address.place) }
    switch error.code == .server ? error.serverInfo?[.sqlState] : nil {
    case "28P01", "28000":
      return .hubLoginRefused(place: address.place, user: address.user)
    case "3D000":
      return .hubDatabaseMissing(
        database: address.database, host: address.host, port: address.port, user: address.user)
    default: return ledgerError(error, place: address.place)
    }
  }

  /// The ledger's error for a server's SQLSTATE.
  static func ledgerError(sqlState state: String, place: String) -> LedgerError {
    switch state {
    // undefined_table: the schema is not there yet.
    case "42P01": return .hubNotInitialized
    // invalid_catalog_name, invalid_authorization_specification, invalid_password.
    case "3D000", "28000", "28P01": return .hubUnreachable(place)
    // The server shutting down or ending the connection (admin_shutdown, crash_shutdown,
    // cannot_connect_now), and connection exceptions (class 08).
    case "57P01", "57P02", "57P03": return .hubUnreachable(place)
    case _ where state.hasPrefix("08"): return .hubUnreachable(place)
    default: return .hubFailure(sqlState: state)
    }
  }
}
