import Foundation
import PostgresNIO
import Testing

@testable import LedgerHub

/// The PostgreSQL server the hub's tests run against.
///
/// `CLEARLEDGER_TEST_POSTGRES_URL`, which `.ci/run` sets after starting a server on loopback.
/// Without it those tests are skipped, with that reason printed.
enum TestPostgres {
  static let url = ProcessInfo.processInfo.environment["CLEARLEDGER_TEST_POSTGRES_URL"]
  static let skipReason: Comment =
    "CLEARLEDGER_TEST_POSTGRES_URL is not set: no PostgreSQL server to test the hub against (.ci/run starts one)"

  /// The URL of a new, empty database of its own (`name`, dropped first if a previous run
  /// left it), so tests run side by side.
  static func database(_ name: String) async throws -> String {
    guard let url, var parts = URLComponents(string: url) else {
      throw HubTestError.noServer
    }
    let database = "hub_test_\(name)"
    try await Hub.with(try HubAddress(url: url)) { admin in
      try await admin.query(
        PostgresQuery(unsafeSQL: "DROP DATABASE IF EXISTS \(database) WITH (FORCE)"))
      try await admin.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(database)"))
    }
    parts.path = "/" + database
    return parts.string ?? url
  }

  /// Runs `body` with a hub on a new, empty database of its own, migrated unless asked not to.
  static func withHub<T: Sendable>(
    _ name: String, migrate: Bool = true, _ body: (Hub) async throws -> T
  ) async throws -> T {
    try await Hub.with(try HubAddress(url: try await database(name))) { hub in
      if migrate { try await hub.migrate() }
      return try await body(hub)
    }
  }

  enum HubTestError: Error { case noServer }
}
