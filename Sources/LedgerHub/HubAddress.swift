import Foundation
import LedgerCore
import PostgresNIO

/// Where the hub's database is: a `postgres://user[:password]@host[:port]/database` URL.
///
/// `?sslmode=disable` turns TLS off; otherwise TLS is used when the server offers it.
public struct HubAddress: Sendable {
  /// The connection settings postgres-nio takes.
  let configuration: PostgresConnection.Configuration
  /// Host and port, to name the server in messages (never the password).
  public let place: String
  /// The server's host and port, the user and the database, for messages.
  let host: String
  let port: Int
  let user: String
  let database: String

  /// Reads a URL; throws `notAHubAddress` naming what could be read of it when it is not one.
  public init(url text: String) throws {
    guard let parts = URLComponents(string: text),
      parts.scheme == "postgres" || parts.scheme == "postgresql",
      let host = parts.host, !host.isEmpty
    else { throw LedgerError.notAHubAddress(Self.withoutPassword(text)) }
    let port = parts.port ?? 5432
    let database = parts.path.hasPrefix("/") ? String(parts.path.dropFirst()) : parts.path
    let mode = parts.queryItems?.first { $0.name == "sslmode" }?.value ?? "prefer"
    let tls: PostgresConnection.Configuration.TLS
    if mode == "disable" {
      tls = .disable
    } else {
      do {
        tls = .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
      } catch {
        throw LedgerError.hubUnreachable("\(host):\(port)")
      }
    }
    let user = parts.user ?? "postgres"
    configuration = PostgresConnection.Configuration(
      host: host, port: port, username: user, password: parts.password,
      database: database.isEmpty ? nil : database, tls: tls)
    place = "\(host):\(port)/\(database)"
    self.host = host
    self.port = port
    self.user = user
    // PostgreSQL's default database is the user's name.
    self.database = database.isEmpty ? user : database
  }

  /// The URL with any password replaced, for messages.
  private static func withoutPassword(_ text: String) -> String {
    guard var parts = URLComponents(string: text), parts.password != nil else { return text }
    parts.password = "***"
    return parts.string ?? text
  }
}
