import Foundation
import Hummingbird
import HummingbirdTesting
import LedgerCore
import LedgerStore
import LedgerTestSupport
import LedgerWeb
import Testing

/// The follow-up of a task through the web: receipt, explanation asked and given, amendment and
/// correction, each recorded as the signed-in account and shown on the task page.
@Suite("Web: follow-up actions")
struct FollowUpWebTests {
  @Test("A leader asks for an explanation, the lead unit's head gives it, the page shows each step")
  func explanationRound() async throws {
    // Given task A (led by VHXH, headed by Trần Thị Bình) and a leader and that head signed in.
    let args = try WebFixture.arguments()
    let app = try await buildApplication(args)
    try await app.test(.router) { client in
      let leader = try #require(try await client.signIn("an.nv"))
      let head = try #require(try await client.signIn("binh.tt"))
      // The head's page offers the receipt but no explanation yet.
      let (_, before) = try await client.get("/tasks/A", as: head)
      #expect(before.contains("/tasks/A/acknowledgements"))
      #expect(!before.contains("/tasks/A/explanations\""))
      // When the head acknowledges and the leader asks for an explanation.
      let (ack, ackBody) = try await client.post("/api/tasks/A/acknowledgements", "{}", as: head)
      #expect(ack == .created, "\(ackBody)")
      let (ask, askBody) = try await client.post(
        "/api/tasks/A/explanation-requests", #"{"due": "20/01/2026", "reason": "Chậm"}"#,
        as: leader)
      #expect(ask == .created, "\(askBody)")
      // Then a second request is refused while the first waits, and nothing is written.
      let count = try args.ledger.eventCount()
      let (again, againBody) = try await client.post(
        "/api/tasks/A/explanation-requests", #"{"due": "25/01/2026"}"#, as: leader)
      #expect(again == .unprocessableContent)
      #expect(againBody.contains("explanation_pending"))
      #expect(try args.ledger.eventCount() == count)
      // The head's page now offers the explanation, and no second receipt.
      let (_, pending) = try await client.get("/tasks/A", as: head)
      #expect(pending.contains("/tasks/A/explanations\""))
      #expect(pending.contains("20/01/2026"))
      #expect(!pending.contains("/tasks/A/acknowledgements"))
      let (given, givenBody) = try await client.post(
        "/api/tasks/A/explanations", #"{"text": "Chờ dữ liệu từ huyện", "doc": "20/BC-VHXH"}"#,
        as: head)
      #expect(given == .created, "\(givenBody)")
      let last = try #require(try args.ledger.history(of: .task(TaskID("A")!)).last)
      #expect(last.event.actor == "Trần Thị Bình (web: binh.tt)")
      guard case .taskExplained(let answer) = last.event.event else {
        Issue.record("not an explanation: \(last.event.event)")
        return
      }
      #expect(answer.by == "Trần Thị Bình")
      #expect(answer.document == "20/BC-VHXH")
      // The unit's page and the head's page say it, as `unit view` and `head view` do (trial).
      let (_, unitPage) = try await client.get("/units/VHXH", as: leader)
      #expect(
        unitPage.contains("Yêu cầu giải trình ngày 05/01/2026 (Nguyễn Văn An), hạn 20/01/2026"))
      let (_, headPage) = try await client.get(
        "/heads/Tr%E1%BA%A7n%20Th%E1%BB%8B%20B%C3%ACnh", as: leader)
      #expect(headPage.contains("Yêu cầu giải trình ngày 05/01/2026"))
    }
  }

  @Test("A leader's amendment through the form changes the wording and names the leader")
  func amendmentForm() async throws {
    let args = try WebFixture.arguments()
    let app = try await buildApplication(args)
    try await app.test(.router) { client in
      let leader = try #require(try await client.signIn("an.nv"))
      let (_, page) = try await client.get("/tasks/A", as: leader)
      #expect(page.contains("/tasks/A/amendments"))
      let form =
        "csrf_token=\(leader.csrf)&title=S%E1%BB%91+h%C3%B3a+h%E1%BB%99+t%E1%BB%8Bch+2026"
        + "&support=CAX%0AUBND&reason=Theo+Q%C4%90+15"
      let status = try await client.execute(
        uri: "/tasks/A/amendments", method: .post,
        headers: [
          .cookie: leader.cookie, .contentType: "application/x-www-form-urlencoded",
        ], body: ByteBuffer(string: form)
      ) { $0.status }
      #expect(status == .seeOther || status == .found)
      let state = try #require(try args.ledger.task(TaskID("A")!))
      #expect(state.title == "Số hóa hộ tịch 2026")
      #expect(state.supportingUnits.map(\.rawValue).sorted() == ["CAX", "UBND"])
      let last = try #require(try args.ledger.history(of: .task(TaskID("A")!)).last)
      #expect(last.event.actor == "Nguyễn Văn An (web: an.nv)")
    }
  }

  @Test("A correction through a task's page retracts only that task's own events")
  func correctionStaysInTask() async throws {
    // Given tasks A and B and a clerk signed in.
    let args = try WebFixture.arguments()
    let app = try await buildApplication(args)
    let bAssigned = try #require(try args.ledger.history(of: .task(TaskID("B")!)).first)
    let aAssigned = try #require(try args.ledger.history(of: .task(TaskID("A")!)).first)
    try await app.test(.router) { client in
      let clerk = try #require(try await client.signIn("thuky"))
      // When B's assignment is named on A's path, it is refused and nothing is written.
      let bytes = try args.ledger.eventCount()
      let (refused, body) = try await client.post(
        "/api/tasks/A/corrections",
        #"{"position": \#(bAssigned.event.position), "reason": "Ghi nhầm"}"#, as: clerk)
      #expect(refused == .badRequest, "\(body)")
      #expect(body.contains("#\(bAssigned.event.position)"))
      #expect(body.contains("không thuộc nhiệm vụ A"))
      #expect(try args.ledger.eventCount() == bytes)
      // A number past the ledger's last event is named as no event at all, not as another task's.
      let (missing, missingBody) = try await client.post(
        "/api/tasks/A/corrections", #"{"position": 9999, "reason": "Ghi nhầm"}"#, as: clerk)
      #expect(missing == .badRequest, "\(missingBody)")
      #expect(missingBody.contains("Sổ không có sự kiện #9999"))
      #expect(try args.ledger.eventCount() == bytes)
      // And A's own assignment can be retracted there.
      let (done, doneBody) = try await client.post(
        "/api/tasks/A/corrections",
        #"{"position": \#(aAssigned.event.position), "reason": "Ghi nhầm"}"#, as: clerk)
      #expect(done == .created, "\(doneBody)")
      #expect(doneBody.contains("event.corrected"))
    }
  }

  @Test("A head records only their own work; a clerk names the approving leader")
  func performerAndApprover() async throws {
    let args = try WebFixture.arguments()
    let app = try await buildApplication(args)
    try await app.test(.router) { client in
      let head = try #require(try await client.signIn("binh.tt"))
      let clerk = try #require(try await client.signIn("thuky"))
      var before = try args.ledger.eventCount()
      // A head crediting a report to the chair is refused; nothing is written.
      let (credited, body) = try await client.post(
        "/api/tasks/A/reports", #"{"text": "Báo cáo thay", "by": "Nguyễn Văn An"}"#, as: head)
      #expect(credited == .forbidden, "\(body)")
      #expect(body.contains("performer_not_self"))
      #expect(try args.ledger.eventCount() == before)
      // Her own name typed without marks is hers, recorded as registered (trial: refused).
      let (own, ownBody) = try await client.post(
        "/api/tasks/A/reports", #"{"text": "Báo cáo", "by": "tran thi binh"}"#, as: head)
      #expect(own == .created, "\(ownBody)")
      #expect(ownBody.contains(#""by" : "Trần Thị Bình""#), "\(ownBody)")
      before = try args.ledger.eventCount()
      // A clerk's extension without the approving leader is refused; nothing is written.
      let (unnamed, unnamedBody) = try await client.post(
        "/api/tasks/A/extensions", #"{"to": "31/12/2026", "reason": "Chờ bộ ngành"}"#, as: clerk)
      #expect(unnamed == .badRequest, "\(unnamedBody)")
      #expect(unnamedBody.contains("approver_needed"))
      #expect(try args.ledger.eventCount() == before)
      // The clerk's page proposes no approver and asks the receipt's head by name.
      let (_, page) = try await client.get("/tasks/A", as: clerk)
      #expect(page.contains(#"name="approved_by" value="" required"#))
      #expect(page.contains(#"name="by" value="Trần Thị Bình" required"#))
      // A task that does not exist is not found.
      let (missing, _) = try await client.get("/api/tasks/KHONG-CO/history", as: clerk)
      #expect(missing == .notFound)
      // A clerk's report without `by` names no performer (the clerk is only the recorder); a
      // head's names the head (trial: the clerk had been recorded as doing the work).
      for (user, expected) in [(clerk, nil), (head, "Trần Thị Bình")] as [(SignedIn, String?)] {
        let (filed, filedBody) = try await client.post(
          "/api/tasks/A/reports", #"{"text": "Báo cáo tháng"}"#, as: user)
        #expect(filed == .created, "\(filedBody)")
        let last = try #require(try args.ledger.history(of: .task(TaskID("A")!)).last)
        guard case .progressReported(let report) = last.event.event else {
          Issue.record("not a report: \(last.event.event)")
          continue
        }
        #expect(report.by == expected)
      }
    }
  }

  @Test("A task handed over after its deadline stays in the blamed unit's filtered list (trial)")
  func unitFilterFollowsBlame() async throws {
    // Given task A, due 30/06 and overdue at VHXH, handed to CAX on 05/07.
    let (ledger, clock) = try Fixtures.ledger(at: "02/01/2026")
    try WebFixture.populate(ledger)
    clock.set(day: "05/07/2026")
    try ledger.record(
      .reassignLead(
        TaskID("A")!, lead: "CAX", reason: "Theo chức năng", due: Fixtures.day("31/07/2026")),
      actor: "thuky")
    let app = try await buildApplication(TestArguments(ledger: ledger))
    try await app.test(.router) { client in
      let clerk = try #require(try await client.signIn("thuky"))
      // Then the list filtered by VHXH shows A overdue, as `status --unit VHXH` does.
      let (_, vhxh) = try await client.get("/api/status?unit=VHXH", as: clerk)
      let rows = try #require(
        try JSONSerialization.jsonObject(with: Data(vhxh.utf8)) as? [[String: Any]])
      #expect(
        rows.contains { $0["id"] as? String == "A" && $0["bucket"] as? String == "overdue" },
        "\(vhxh)")
      let (_, page) = try await client.get("/tasks?unit=VHXH&bucket=overdue", as: clerk)
      #expect(page.contains(">A</a>"))
      // And CAX's overdue list does not carry VHXH's blame.
      let (_, cax) = try await client.get("/tasks?unit=CAX&bucket=overdue", as: clerk)
      #expect(!cax.contains(">A</a>"))
      // The unit's page says how the task left (trial: it said only "overdue").
      let (_, unitPage) = try await client.get("/units/VHXH", as: clerk)
      #expect(unitPage.contains("sau đó chuyển cho CAX ngày 05/07/2026"))
    }
  }

  @Test("A day and a time typed into the page's form (a space sent as +) is read (trial)")
  func knownAtFromForm() async throws {
    let args = try WebFixture.arguments()
    let app = try await buildApplication(args)
    try await app.test(.router) { client in
      let clerk = try #require(try await client.signIn("thuky"))
      let (status, body) = try await client.get(
        "/api/status?known_at=05%2F01%2F2026+10%3A00", as: clerk)
      #expect(status == .ok, "\(body)")
      let (page, _) = try await client.get("/?known_at=05%2F01%2F2026+10%3A00", as: clerk)
      #expect(page == .ok)
      // The navigation keeps the time asked, so moving between views stays in the past (trial).
      let (_, dashboard) = try await client.get("/?as_of=30%2F06%2F2026", as: clerk)
      #expect(dashboard.contains(#"<a href="/tasks?as_of=30%2F06%2F2026">"#))
      #expect(dashboard.contains(#"<a href="/units?as_of=30%2F06%2F2026">"#))
    }
  }
}
