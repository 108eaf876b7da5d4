import Foundation
import LedgerCore
import PostgresNIO

/// Where the hub's database is: a `postgres://user[:password]@host[:port]/database` URL.
///
/// `?sslmode=` as libpq reads it: `disable` turns TLS off; `allow` and `prefer` (the default)
/// use it when the server offers it; `require` refuses a server without it; `verify-ca` also
/// checks the server's certificate and `verify-full` its name too (against the system's
/// certificate authorities). Any other mode is refused, never taken as a weaker one.
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
    // One database name, not a path (trial: `/postgres/extra` was told to `createdb` it).
    guard !database.contains("/") else {
      throw LedgerError.notAHubAddress(Self.withoutPassword(text))
    }
    let mode = parts.queryItems?.first { $0.name == "sslmode" }?.value ?? "prefer"
    let asked: PostgresConnection.Configuration.TLS?
    do {
      asked = try Self.tls(mode: mode)
    } catch {
      throw LedgerError.hubUnreachable("\(host):\(port)")
    }
    guard let tls = asked else { throw LedgerError.notAHubAddress(Self.withoutPassword(text)) }
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

  /// The TLS an `sslmode` asks for; nil for a mode libpq does not have.
  static func tls(mode: String) throws -> PostgresConnection.Configuration.TLS? {
    func context(_ verification: CertificateVerification) throws -> NIOSSLContext {
      var configuration = TLSConfiguration.makeClientConfiguration()
      configuration.certificateVerification = verification
      return try NIOSSLContext(configuration: configuration)
    }
    switch mode {
    case "disable": return .disable
    case "allow", "prefer": return .prefer(try context(.none))
    case "require": return .require(try context(.none))
    case "verify-ca": return .require(try context(.noHostnameVerification))
    case "verify-full": return .require(try context(.fullVerification))
    default: return nil
    }
  }

  /// The URL with any password replaced, for messages, whether or not the rest of it reads
  /// (trial: a bad port showed the password).
  static func withoutPassword(_ text: String) -> String {
    if var parts = URLComponents(string: text) {
      guard parts.password != nil else { return text }
      parts.password = "***"
      return parts.string ?? text
    }
    // `scheme://user:password@host…`: the text between the user's colon and the last `@`
    // before the path is the password.
    guard let scheme = text.range(of: "://") else { return text }
    let rest = text[scheme.upperBound...]
    let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
    guard let at = authority.lastIndex(of: "@"),
      let colon = authority[..<at].firstIndex(of: ":")
    else { return text }
    return String(text[..<authority.index(after: colon)]) + "***" + String(text[at...])
  }
}
