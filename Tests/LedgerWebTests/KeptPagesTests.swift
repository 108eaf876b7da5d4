import Foundation
import Hummingbird
import HummingbirdTesting
import LedgerCore
import LedgerStore
import LedgerTestSupport
import LedgerWeb
import Testing

/// A server in use keeps its board, folds writes into it with the dashboard's counts, and keeps
/// a page's text while its model is unchanged: every page it serves must be the page a fresh
/// server (nothing kept) serves for the same ledger.
@Suite("Kept pages")
struct KeptPagesTests {
  static let paths = [
    "/", "/?lang=en", "/tasks?bucket=overdue", "/tasks", "/tasks/A", "/tasks/B", "/tasks/C",
    "/tasks/D",
  ]

  /// The pages a server serves to a newly signed-in clerk, each with the session's form token
  /// left out.
  static func pages(_ app: some ApplicationProtocol, paths: [String]) async throws -> [String] {
    try await app.test(.router) { client in
      let clerk = try #require(try await client.signIn("thuky"))
      var pages: [String] = []
      for path in paths {
        let (status, body) = try await client.get(path, as: clerk)
        #expect(status == .ok, "\(path)")
        pages.append(body.replacingOccurrences(of: clerk.csrf, with: "TOKEN"))
      }
      return pages
    }
  }

  @Test(
    "After each write (reports, a start, a completion, a unit renamed, a new day) every page equals a fresh server's"
  )
  func keptEqualsFresh() async throws {
    let (ledger, clock) = try Fixtures.ledger(at: "05/01/2026")
    try WebFixture.populate(ledger)
    // C is overdue, D due within the week: the dashboard's red and orange, the overdue list.
    try ledger.record(
      Fixtures.assign("C", due: .date(Fixtures.day("04/01/2026"))), actor: "thuky",
      effective: Fixtures.day("02/01/2026"))
    try ledger.record(
      Fixtures.assign("D", due: .date(Fixtures.day("09/01/2026")), lead: "CAX", support: []),
      actor: "thuky",
      effective: Fixtures.day("02/01/2026"))
    let app = try await buildApplication(TestArguments(ledger: ledger))
    let writes: [(path: String, body: String)?] = [
      ("/api/tasks/C/reports", #"{"text": "Đã làm 40%", "percent": 40}"#),
      ("/api/tasks/A/reports", #"{"text": "Đã làm 10%", "percent": 10}"#),
      ("/api/tasks/C/reports", #"{"text": "Đã làm 50%", "percent": 50}"#),
      ("/api/tasks/D/completions", #"{"evidence": "Biên bản 12"}"#),
      nil,  // a unit renamed (another process, on the unit's stream)
      ("/api/tasks/B/reports", #"{"text": "Đã làm 20%", "percent": 20}"#),
      nil,  // a new day
      ("/api/tasks/A/reports", #"{"text": "Đã làm 30%", "percent": 30}"#),
    ]
    try await app.test(.router) { client in
      let clerk = try #require(try await client.signIn("thuky"))
      // The pages are asked for once, then again after each write, on the same server.
      for path in Self.paths { _ = try await client.get(path, as: clerk) }
      for (step, write) in writes.enumerated() {
        if let write {
          let (status, body) = try await client.post(write.path, write.body, as: clerk)
          #expect(status == .created, "\(write.path): \(body)")
        } else if step == 4 {
          try ledger.record(
            .renameUnit(unit: "CAX", name: "Công an xã Hòa Bình", decision: nil), actor: "thuky")
        } else {
          clock.set(day: "08/01/2026")
        }
        var kept: [String] = []
        for path in Self.paths {
          let (status, body) = try await client.get(path, as: clerk)
          #expect(status == .ok, "\(path)")
          kept.append(body.replacingOccurrences(of: clerk.csrf, with: "TOKEN"))
        }
        let fresh = try await Self.pages(
          try await buildApplication(TestArguments(ledger: ledger)), paths: Self.paths)
        for (index, path) in Self.paths.enumerated() {
          #expect(kept[index] == fresh[index], "step \(step): \(path)")
        }
      }
      // The writes showed: C's report on its page, the new unit name, the new day.
      let (_, page) = try await client.get("/tasks/C", as: clerk)
      #expect(page.contains("Đã làm 50%"))
      let (_, list) = try await client.get("/tasks", as: clerk)
      #expect(list.contains("Công an xã Hòa Bình"))
      let (_, dashboard) = try await client.get("/", as: clerk)
      #expect(dashboard.contains("08/01/2026"))
    }
  }
}
