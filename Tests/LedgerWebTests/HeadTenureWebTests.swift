import Foundation
import Hummingbird
import HummingbirdTesting
import LedgerCore
import LedgerTestSupport
import LedgerWeb
import Testing

/// A unit head's account acts only while its person heads the unit (trial: a head replaced on
/// 01/08 still filed reports for the unit on 20/08).
@Suite("Web: a head's account follows the tenure")
struct HeadTenureWebTests {
  @Test("A replaced head's account is refused (403) and writes nothing; the new head's acts")
  func replacedHeadIsRefused() async throws {
    // Given Trần Thị Bình heading VHXH from 01/01, replaced by Đặng Thu Hà on 01/03.
    let (ledger, clock) = try Fixtures.ledger(at: "02/01/2026")
    try WebFixture.populate(ledger)
    clock.set(day: "01/03/2026")
    try ledger.record(
      .appointHead(
        unit: "VHXH", person: "Đặng Thu Hà", role: "Trưởng phòng", replaces: "Trần Thị Bình"),
      actor: "thuky")
    try ledger.openAccount(
      .openAccount(username: "ha.dt", person: "Đặng Thu Hà", role: .head, unit: "VHXH"),
      passwordHash: Passwords.hash(WebFixture.password, cost: 4), actor: "quantri")
    clock.set(day: "05/03/2026")
    let app = try await buildApplication(TestArguments(ledger: ledger))
    try await app.test(.router) { client in
      let former = try #require(try await client.signIn("binh.tt"))
      let before = try ledger.eventCount()
      let (status, body) = try await client.post(
        "/api/tasks/A/reports", #"{"text": "Báo cáo tiến độ"}"#, as: former)
      #expect(status == .forbidden)
      #expect(body.contains("not_unit_head_now") && body.contains("05/03/2026"))
      #expect(try ledger.eventCount() == before)
      // Work she did while heading the unit may still be recorded for that day.
      let (earlier, _) = try await client.post(
        "/api/tasks/A/reports", #"{"text": "Báo cáo tháng 2", "on": "20/02/2026"}"#, as: former)
      #expect(earlier == .created)
      // The new head's account acts.
      let current = try #require(try await client.signIn("ha.dt"))
      let (now, _) = try await client.post(
        "/api/tasks/A/reports", #"{"text": "Báo cáo tiến độ"}"#, as: current)
      #expect(now == .created)
    }
  }
}
