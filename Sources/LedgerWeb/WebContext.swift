import Hummingbird
import HummingbirdAuth
import LedgerCore

/// The request context: the signed-in account (once resolved), the session and the language.
public struct WebContext: AuthRequestContext, SessionRequestContext, RequestContext {
  public typealias Session = WebSession
  public var coreContext: CoreRequestContextStorage
  /// The signed-in account and, on a task's routes, the task acted on.
  public var identity: WebIdentity?
  public let sessions: SessionContext<WebSession>
  /// The language pages are written in: Vietnamese unless the user chose English.
  public var language: Language = .vi
  /// The page's `as_of` and `known_at` as a query suffix (`&as_of=…`), for the navigation.
  public var timeSuffix = ""
  /// The peer's address, for limiting sign-in attempts ("unknown" when not on a socket).
  public var peerAddress: String

  public init(source: ApplicationRequestContextSource) {
    coreContext = .init(source: source)
    identity = nil
    sessions = .init()
    peerAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
  }
}

/// What a session holds: who signed in, and the token every form and API write must carry.
public struct WebSession: Codable, Sendable, Equatable {
  public var username: String
  public var csrfToken: String
}

/// Who is asking: the account as its events leave it, and the task a route is about.
public struct WebIdentity: Sendable {
  public var account: AccountState
  public var task: TaskState?
}
