import Foundation
import Hummingbird
import HummingbirdTesting
import LedgerCore
import LedgerStore
import LedgerTestSupport
import LedgerWeb
import Testing

/// A deadline extended after it had passed, as the task list shows it.
@Suite("Web: an extension granted after the deadline")
struct LateExtensionWebTests {
  @Test("The list shows the day the task is judged by and where its deadline now stands")
  func listShowsCountedAndExtendedDay() async throws {
    // Given task A due 30/06, extended on 10/07 (after it passed) to 31/08; judged on 15/07.
    let (ledger, clock) = try Fixtures.ledger(at: "02/01/2026")
    try WebFixture.populate(ledger)
    clock.set(day: "10/07/2026")
    try ledger.record(
      .extendDeadline(
        TaskID("A")!, to: Fixtures.day("31/08/2026"), reason: "Chờ bộ ngành",
        approvedBy: "Nguyễn Văn An"),
      actor: "thuky")
    clock.set(day: "15/07/2026")
    let app = try await buildApplication(TestArguments(ledger: ledger))
    try await app.test(.router) { client in
      let leader = try #require(try await client.signIn("an.nv"))
      for (path, words) in [
        ("/tasks?lang=vi", "30/06/2026 (gia hạn đến 31/08/2026, không tính)"),
        ("/tasks?lang=en", "30/06/2026 (extended to 31/08/2026, not counted)"),
      ] {
        let (status, page) = try await client.get(path, as: leader)
        #expect(status == .ok)
        #expect(page.contains(words), "\(path)")
      }
      // Task B, never extended, shows its one day alone.
      let (_, page) = try await client.get("/tasks?lang=vi", as: leader)
      #expect(page.contains("<td>30/06/2026</td>"))
      // The audit flags the extension as `audit` does (trial: the web showed no flag), and a
      // filter it does not take is refused, not ignored.
      let inspector = try #require(try await client.signIn("thanhtra"))
      let (_, audit) = try await client.get("/audit?lang=vi", as: inspector)
      #expect(audit.contains("<span class=\"badge red\">gia hạn sau hạn</span>"), "\(audit)")
      for query in ["unit=VHXH", "since=15/06/2026", "bogus=1"] {
        let (status, refusal) = try await client.get("/audit?\(query)", as: inspector)
        #expect(status == .badRequest, "\(query)")
        #expect(refusal.contains("unknown_parameter"), "\(query): \(refusal)")
      }
      let (kept, _) = try await client.get("/audit?task=A&known_at=2026-07-12", as: inspector)
      #expect(kept == .ok)
    }
  }
}
