import Foundation
import LedgerStore

/// What `buildApplication` needs from outside: where to listen, the ledger, and the clock that
/// expires sessions and sign-in lockouts.
///
/// The server passes the file ledger and the continuous clock; tests pass an in-memory ledger
/// with a fixed clock and a manual session clock.
public protocol WebArguments: Sendable {
  associatedtype SessionClock: Clock where SessionClock.Duration == Duration
  var hostname: String { get }
  var port: Int { get }
  var ledger: Ledger { get }
  /// Adds `Secure` to the session cookie (when served over HTTPS).
  var secureCookies: Bool { get }
  /// How long a session lasts without being used.
  var sessionLifetime: Duration { get }
  /// The clock sessions and sign-in lockouts are measured by.
  var sessionClock: SessionClock { get }
  /// How long a failed sign-in waits before answering, per failure so far (0 in tests).
  var failedSignInDelay: Duration { get }
}

/// The arguments of `clearledger serve`.
public struct ServeArguments: WebArguments {
  public var hostname: String
  public var port: Int
  public var ledger: Ledger
  public var secureCookies: Bool
  public var sessionLifetime: Duration = .seconds(8 * 60 * 60)
  public var sessionClock: ContinuousClock = .continuous
  public var failedSignInDelay: Duration = .milliseconds(500)

  public init(hostname: String, port: Int, ledger: Ledger, secureCookies: Bool) {
    self.hostname = hostname
    self.port = port
    self.ledger = ledger
    self.secureCookies = secureCookies
  }
}
