import Hummingbird
import LedgerStore

/// `GET /healthz`: 200 with the number of events while the ledger can be read (for monitoring);
/// across communes also only while the hub answers (503 `hub_unreachable` otherwise), with the
/// hub's sources and events.
struct HealthController {
  let ledger: Ledger
  /// What else must answer for the server to be well, and what it holds: the hub, across
  /// communes.
  var check: (@Sendable () async throws -> HubHealth)? = nil

  func addRoutes(to router: Router<WebContext>) {
    router.get("/healthz") { _, _ in
      guard let check else {
        return try APIResponse.json(Health(status: "ok", events: try ledger.eventCount()))
      }
      // Across communes, the events counted are the hub's; the body's own ledger (its
      // accounts) is counted apart (trial: its count stood for the hub's).
      let hub = try await check()
      return try APIResponse.json(
        Health(
          status: "ok", events: hub.events, sources: hub.sources,
          accountLedgerEvents: try ledger.eventCount()))
    }
  }

  struct Health: Encodable {
    var status: String
    var events: Int
    var sources: Int? = nil
    var accountLedgerEvents: Int? = nil

    enum CodingKeys: String, CodingKey {
      case status, events, sources
      case accountLedgerEvents = "account_ledger_events"
    }
  }
}

/// What the hub holds, as `/healthz` across communes tells it.
public struct HubHealth: Sendable {
  public var sources: Int
  public var events: Int

  public init(sources: Int, events: Int) {
    self.sources = sources
    self.events = events
  }
}
