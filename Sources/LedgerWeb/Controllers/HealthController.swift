import Hummingbird
import LedgerStore

/// `GET /healthz`: 200 with the number of events while the ledger can be read (for monitoring);
/// across communes also only while the hub answers (503 `hub_unreachable` otherwise).
struct HealthController {
  let ledger: Ledger
  /// What else must answer for the server to be well: the hub, across communes.
  var check: (@Sendable () async throws -> Void)? = nil

  func addRoutes(to router: Router<WebContext>) {
    router.get("/healthz") { _, _ in
      try await check?()
      return try APIResponse.json(Health(status: "ok", events: try ledger.eventCount()))
    }
  }

  struct Health: Encodable {
    var status: String
    var events: Int
  }
}
