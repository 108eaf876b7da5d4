import Hummingbird
import LedgerStore

/// `GET /healthz`: 200 with the number of events while the ledger can be read (for monitoring).
struct HealthController {
  let ledger: Ledger

  func addRoutes(to router: Router<WebContext>) {
    router.get("/healthz") { _, _ in
      try APIResponse.json(Health(status: "ok", events: try ledger.eventCount()))
    }
  }

  struct Health: Encodable {
    var status: String
    var events: Int
  }
}
