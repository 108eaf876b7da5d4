import Foundation
import Hummingbird
import HummingbirdTesting
import LedgerCore
import LedgerStore
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
      // Nor is she shown the forms (trial: offered, then refused).
      let (_, page) = try await client.get("/tasks/A", as: former)
      #expect(!page.contains(#"action="/tasks/A/reports""#), "\(page)")
      // And told why: she does not head the unit that day, not that her role records nothing.
      #expect(
        page.contains("Ngày 05/03/2026 Trần Thị Bình không đứng đầu VHXH"), "\(page)")
      #expect(!page.contains("Vai trò của bạn không ghi được gì"), "\(page)")
      // Nor for a day of her tenure, now that she has left (trial: a replaced head completed
      // his unit's overdue task "on" a day of his tenure, weeks later, and turned it on time).
      let (earlier, refusal) = try await client.post(
        "/api/tasks/A/completions", #"{"result": "Xong", "on": "20/02/2026"}"#, as: former)
      #expect(earlier == .forbidden)
      #expect(refusal.contains("not_unit_head_now") && refusal.contains("05/03/2026"))
      #expect(try ledger.eventCount() == before)
      // The clerk records work she did while heading the unit, for that day, as the office's.
      let clerk = try #require(try await client.signIn("thuky"))
      let (recorded, _) = try await client.post(
        "/api/tasks/A/reports", #"{"text": "Báo cáo tháng 2", "on": "20/02/2026"}"#, as: clerk)
      #expect(recorded == .created)
      // The new head's account acts.
      let current = try #require(try await client.signIn("ha.dt"))
      let (now, _) = try await client.post(
        "/api/tasks/A/reports", #"{"text": "Báo cáo tiến độ"}"#, as: current)
      #expect(now == .created)
    }
  }

  @Test("After a task's deadline and a new head, the receipt form proposes the head of today")
  func formProposesTodaysHead() async throws {
    // Given task A due 30/06 at VHXH, overdue, and Đặng Thu Hà heading VHXH from 01/08.
    let (ledger, clock) = try Fixtures.ledger(at: "02/01/2026")
    try WebFixture.populate(ledger)
    clock.set(day: "01/08/2026")
    try ledger.record(
      .appointHead(
        unit: "VHXH", person: "Đặng Thu Hà", role: "Trưởng phòng", replaces: "Trần Thị Bình"),
      actor: "thuky")
    clock.set(day: "05/08/2026")
    let app = try await buildApplication(TestArguments(ledger: ledger))
    try await app.test(.router) { client in
      let clerk = try #require(try await client.signIn("thuky"))
      let (_, page) = try await client.get("/tasks/A", as: clerk)
      // The receipt is recorded today, by today's head; Bình answers for the missed deadline.
      #expect(page.contains(#"<input id="acknowledge-by" name="by" value="Đặng Thu Hà" required>"#))
      // Sent as proposed, it is recorded.
      let (sent, body) = try await client.post(
        "/api/tasks/A/acknowledgements", #"{"by": "Đặng Thu Hà"}"#, as: clerk)
      #expect(sent == .created, "\(body)")
    }
  }

  @Test(
    "A head writes only for days their unit led the task (trial: an earlier lead's overdue record erased)"
  )
  func onlyDaysTheUnitLed() async throws {
    // Given task B led by CAX, due 30/06, handed to VHXH on 05/07 with its own deadline.
    let (ledger, clock) = try Fixtures.ledger(at: "02/01/2026")
    try WebFixture.populate(ledger)
    clock.set(day: "05/07/2026")
    try ledger.record(
      .reassignLead(TaskID("B")!, lead: "VHXH", reason: "chuyển", due: Fixtures.day("30/09/2026")),
      actor: "thuky")
    clock.set(day: "10/07/2026")
    let app = try await buildApplication(TestArguments(ledger: ledger))
    try await app.test(.router) { client in
      let head = try #require(try await client.signIn("binh.tt"))
      let before = try ledger.eventCount()
      // VHXH's head completes it "on" 29/06, while CAX led it: refused, nothing written.
      let (status, body) = try await client.post(
        "/api/tasks/B/completions", #"{"result": "Xong", "on": "29/06/2026"}"#, as: head)
      #expect(status == .forbidden)
      #expect(body.contains("not_lead_on_day") && body.contains("CAX"), "\(body)")
      #expect(try ledger.eventCount() == before)
      // For a day VHXH led it, and today, she records.
      let (led, _) = try await client.post(
        "/api/tasks/B/reports", #"{"text": "Đang làm", "on": "06/07/2026"}"#, as: head)
      #expect(led == .created)
      let (today, _) = try await client.post(
        "/api/tasks/B/completions", #"{"result": "Xong"}"#, as: head)
      #expect(today == .created)
    }
  }

  /// The web fixture's commune on 05/07/2026, its chair Nguyễn Văn An replaced on 01/07 by
  /// Phạm Anh Tuấn.
  func chairReplaced() throws -> Ledger {
    let (ledger, clock) = try Fixtures.ledger(at: "02/01/2026")
    try WebFixture.populate(ledger)
    clock.set(day: "01/07/2026")
    try ledger.record(
      .appointHead(
        unit: "UBND", person: "Phạm Anh Tuấn", role: "Chủ tịch UBND xã", replaces: "Nguyễn Văn An"),
      actor: "thuky")
    clock.set(day: "05/07/2026")
    return ledger
  }

  @Test("A replaced chair's leader account is refused (trial: approved and withdrew weeks after)")
  func replacedLeaderIsRefused() async throws {
    let ledger = try chairReplaced()
    let app = try await buildApplication(TestArguments(ledger: ledger))
    try await app.test(.router) { client in
      let former = try #require(try await client.signIn("an.nv"))
      let before = try ledger.eventCount()
      let (status, body) = try await client.post(
        "/api/tasks/B/extensions", #"{"to": "30/11/2026", "reason": "Chờ kinh phí"}"#, as: former)
      #expect(status == .forbidden)
      #expect(body.contains("leader_not_in_office") && body.contains("05/07/2026"), "\(body)")
      #expect(try ledger.eventCount() == before)
    }
  }

  @Test("A clerk may not name the chair who had left as the approver (trial: 201 on the API)")
  func clerkNamesFormerChair() async throws {
    let ledger = try chairReplaced()
    let app = try await buildApplication(TestArguments(ledger: ledger))
    try await app.test(.router) { client in
      let clerk = try #require(try await client.signIn(WebFixture.username(.clerk)))
      let before = try ledger.eventCount()
      let (status, body) = try await client.post(
        "/api/tasks/B/extensions",
        #"{"to": "30/11/2026", "reason": "Chờ kinh phí", "approved_by": "Nguyễn Văn An"}"#,
        as: clerk)
      #expect(status == .forbidden)
      #expect(body.contains("approver_not_in_office") && body.contains("01/07/2026"), "\(body)")
      #expect(try ledger.eventCount() == before)
      // His decision dated in his tenure stands.
      let (earlier, said) = try await client.post(
        "/api/tasks/B/extensions",
        #"{"to": "30/11/2026", "reason": "Chờ kinh phí", "approved_by": "Nguyễn Văn An", "on": "30/06/2026"}"#,
        as: clerk)
      #expect(earlier == .created, "\(said)")
    }
  }

  @Test("An incoming head's account is told the day it records from, not to be disabled")
  func incomingHead() async throws {
    let (ledger, clock) = try Fixtures.ledger(at: "02/01/2026")
    try WebFixture.populate(ledger)
    clock.set(day: "25/05/2026")
    try ledger.record(
      .appointHead(
        unit: "VHXH", person: "Đặng Thu Hà", role: "Trưởng phòng", replaces: "Trần Thị Bình"),
      actor: "thuky", effective: Fixtures.day("01/06/2026"))
    try ledger.openAccount(
      .openAccount(username: "ha.dt", person: "Đặng Thu Hà", role: .head, unit: "VHXH"),
      passwordHash: Passwords.hash(WebFixture.password, cost: 4), actor: "quantri")
    let app = try await buildApplication(TestArguments(ledger: ledger))
    try await app.test(.router) { client in
      let incoming = try #require(try await client.signIn("ha.dt"))
      let (status, body) = try await client.post(
        "/api/tasks/A/reports", #"{"text": "Sớm"}"#, as: incoming)
      #expect(status == .forbidden)
      #expect(body.contains("01/06/2026") && !body.contains("khóa"), "\(body)")
    }
  }
}
