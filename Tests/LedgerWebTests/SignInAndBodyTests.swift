import Foundation
import Hummingbird
import HummingbirdTesting
import LedgerCore
import LedgerTestSupport
import LedgerWeb
import Testing

/// Where sign-in sends its user, and a body too large (trial, 01/12/2026).
@Suite("Web: sign-in's return path and a body too large")
struct SignInAndBodyTests {
  @Test("Sign-in returns only to a path on this server: `/\\host` and `//host` go to /")
  func returnPath() async throws {
    let app = try await buildApplication(try WebFixture.arguments())
    try await app.test(.router) { client in
      for (asked, expected) in [
        ("/%5Cevil.example", "/"), ("//evil.example", "/"), ("/tasks%0D%0A", "/"),
        ("/evaluation%3Fyear%3D2026", "/evaluation?year=2026"),
      ] {
        let (_, page) = try await client.get("/signin?next=\(asked)", as: nil)
        #expect(page.contains("value=\"\(expected)\""), "\(asked): \(page)")
        let form = "username=an.nv&password=\(WebFixture.password)&next=\(asked)"
        try await client.execute(
          uri: "/signin", method: .post,
          headers: [.contentType: "application/x-www-form-urlencoded"],
          body: ByteBuffer(string: form)
        ) { response in
          #expect(response.headers[.location] == expected, "\(asked)")
        }
      }
    }
  }

  @Test("A failed sign-in keeps the username typed, never the password (trial)")
  func keepsUsername() async throws {
    let app = try await buildApplication(try WebFixture.arguments())
    try await app.test(.router) { client in
      try await client.execute(
        uri: "/signin", method: .post,
        headers: [.contentType: "application/x-www-form-urlencoded"],
        body: ByteBuffer(string: "username=an.nv&password=sai-mat-khau&next=/")
      ) { response in
        let page = String(buffer: response.body)
        #expect(response.status == .unauthorized)
        #expect(page.contains(#"name="username" value="an.nv""#), "\(page)")
        #expect(!page.contains("sai-mat-khau"))
      }
    }
  }

  @Test("A page asked for without a session keeps its query through sign-in")
  func keepsQuery() async throws {
    let app = try await buildApplication(try WebFixture.arguments())
    try await app.test(.router) { client in
      try await client.execute(uri: "/evaluation?year=2026", method: .get) { response in
        #expect(response.status == .found)
        #expect(response.headers[.location] == "/signin?next=%2Fevaluation%3Fyear%3D2026")
      }
    }
  }

  @Test("A body over the limit is refused as too large, in words, with nothing written")
  func tooLarge() async throws {
    let (ledger, _) = try Fixtures.ledger(at: "02/01/2026")
    try WebFixture.populate(ledger)
    let app = try await buildApplication(TestArguments(ledger: ledger))
    try await app.test(.router) { client in
      let leader = try #require(try await client.signIn("an.nv"))
      let before = try ledger.eventCount()
      let text = String(repeating: "a", count: 2 << 20)
      let (status, body) = try await client.post(
        "/api/tasks/A/reports", #"{"text": "\#(text)"}"#, as: leader)
      #expect(status == .contentTooLarge)
      #expect(body.contains("body_too_large") && body.contains("1 MB"), "\(body.prefix(300))")
      #expect(try ledger.eventCount() == before)
    }
  }
}

/// A clerk records a leader's decision, never approves her own (trial, 01/12/2026).
@Suite("Web: the approver is not the clerk")
struct ApproverWebTests {
  @Test("A clerk naming herself as approver is refused (403), by name or unmarked; a leader is not")
  func selfApproval() async throws {
    let (ledger, _) = try Fixtures.ledger(at: "02/01/2026")
    try WebFixture.populate(ledger)
    let app = try await buildApplication(TestArguments(ledger: ledger))
    try await app.test(.router) { client in
      let clerk = try #require(try await client.signIn("thuky"))
      let before = try ledger.eventCount()
      for name in ["Phạm Thị Dung", "pham thi dung", "Phạm Thị Dung (PTD)", "PTD", "thuky"] {
        let (status, body) = try await client.post(
          "/api/tasks/A/extensions",
          #"{"to": "31/12/2026", "reason": "Chờ số liệu", "approved_by": "\#(name)"}"#, as: clerk)
        #expect(status == .forbidden, "\(name): \(body)")
        #expect(body.contains("approver_is_self"), "\(body)")
      }
      #expect(try ledger.eventCount() == before)
      // Nor anyone who is not a leader: herself with an honorific or her title, a unit head,
      // the inspector, a name nobody bears (trial: each was accepted).
      for name in ["Bà Phạm Thị Dung", "Văn thư Dung", "Trần Thị Bình", "Hoàng Văn Em", "Chủ tịch"]
      {
        let (status, body) = try await client.post(
          "/api/tasks/A/extensions",
          #"{"to": "31/12/2026", "reason": "Chờ số liệu", "approved_by": "\#(name)"}"#, as: clerk)
        #expect(status == .forbidden, "\(name): \(body)")
        #expect(
          body.contains("approver_not_leader") || body.contains("approver_is_self"), "\(body)")
        #expect(body.contains("Nguyễn Văn An") || body.contains("approver_is_self"), "\(body)")
      }
      #expect(try ledger.eventCount() == before)
      // The leader by name without marks is the leader.
      let (unmarked, unmarkedBody) = try await client.post(
        "/api/tasks/B/extensions",
        #"{"to": "30/12/2026", "reason": "Chờ số liệu", "approved_by": "nguyen van an"}"#,
        as: clerk)
      #expect(unmarked == .created, "\(unmarkedBody)")
      let (named, body) = try await client.post(
        "/api/tasks/A/extensions",
        #"{"to": "31/12/2026", "reason": "Chờ số liệu", "approved_by": "Nguyễn Văn An"}"#,
        as: clerk)
      #expect(named == .created, "\(body)")
      let leader = try #require(try await client.signIn("an.nv"))
      let (own, ownBody) = try await client.post(
        "/api/tasks/B/extensions",
        #"{"to": "31/12/2026", "reason": "Chờ số liệu", "approved_by": "Nguyễn Văn An"}"#,
        as: leader)
      #expect(own == .created, "\(ownBody)")
    }
  }
}

/// An acting head is marked on the pages as in the CLI (trial: `/heads` and `/evaluation` showed
/// "Giám đốc" where the CLI showed "Giám đốc (quyền)").
@Suite("Web: an acting head is marked")
struct ActingHeadWebTests {
  @Test("The unit, head and evaluation pages mark an acting head")
  func marked() async throws {
    let (ledger, clock) = try Fixtures.ledger(at: "02/01/2026")
    try WebFixture.populate(ledger)
    clock.set(day: "01/03/2026")
    try ledger.record(
      .appointHead(
        unit: "VHXH", person: "Đặng Thu Hà", role: "Trưởng phòng", replaces: "Trần Thị Bình",
        acting: true), actor: "thuky")
    // A task the unit's head answers for, so that she has a row on the dashboard.
    try ledger.record(
      .assignTask(
        AssignTask(
          id: TaskID("TP"), title: "Báo cáo văn hóa", headRole: "Trưởng phòng", leadUnit: "VHXH",
          expectedResult: "Báo cáo", deadline: .date(Fixtures.day("30/06/2026")))),
      actor: "thuky")
    let app = try await buildApplication(TestArguments(ledger: ledger))
    try await app.test(.router) { client in
      let leader = try #require(try await client.signIn("an.nv"))
      let (_, unit) = try await client.get("/units/VHXH", as: leader)
      #expect(unit.contains("Đặng Thu Hà – Trưởng phòng (quyền)"), "\(unit)")
      let (_, head) = try await client.get("/heads/%C4%90%E1%BA%B7ng%20Thu%20H%C3%A0", as: leader)
      #expect(head.contains("Trưởng phòng (quyền)"), "\(head)")
      let (_, evaluation) = try await client.get("/evaluation?year=2026", as: leader)
      #expect(evaluation.contains("Trưởng phòng (quyền)"), "\(evaluation)")
      let (_, dashboard) = try await client.get("/", as: leader)
      #expect(dashboard.contains("Đặng Thu Hà – Trưởng phòng (quyền)"), "\(dashboard)")
    }
  }
}
