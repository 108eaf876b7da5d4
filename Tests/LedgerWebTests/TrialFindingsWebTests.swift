import Foundation
import Hummingbird
import HummingbirdTesting
import LedgerCore
import LedgerTestSupport
import LedgerWeb
import Testing

/// What a fresh-eyes trial of the web app found (30/11/2026), each now held.
@Suite("Web: trial findings")
struct TrialFindingsWebTests {
  @Test("An overdue task is handed over through the API and the form with the new lead's due day")
  func reassignWithDue() async throws {
    // Given task A, due 30/06 and overdue at VHXH on 05/07.
    let (ledger, clock) = try Fixtures.ledger(at: "02/01/2026")
    try WebFixture.populate(ledger)
    clock.set(day: "05/07/2026")
    let app = try await buildApplication(TestArguments(ledger: ledger))
    try await app.test(.router) { client in
      let leader = try #require(try await client.signIn("an.nv"))
      // Without a due day it is refused in the web's words, not the CLI's `--due`.
      let before = try ledger.eventCount()
      let (refused, body) = try await client.post(
        "/api/tasks/A/reassignments", #"{"lead": "CAX", "reason": "Theo chức năng"}"#,
        as: leader)
      #expect(refused == .unprocessableContent)
      #expect(
        body.contains("reassign_needs_due") && body.contains("due") && !body.contains("--due"))
      #expect(try ledger.eventCount() == before)
      // With it, the hand-over is recorded with CAX's own deadline; VHXH keeps the missed one.
      let (status, _) = try await client.post(
        "/api/tasks/A/reassignments",
        #"{"lead": "CAX", "reason": "Theo chức năng", "due": "31/07/2026"}"#, as: leader)
      #expect(status == .created)
      let task = try #require(try ledger.task(TaskID("A")!))
      #expect(task.leadUnit == UnitCode("CAX")!)
      let board = try ledger.board()
      #expect(board.tasks.contains { $0.task.id.rawValue == "A" && $0.bucket == .overdue })
      // The task page's hand-over form has the field.
      let (_, page) = try await client.get("/tasks/A", as: leader)
      #expect(page.contains(#"id="reassign-due" name="due""#))
    }
  }

  @Test("/api/status filters by bucket and refuses a parameter or bucket it does not take")
  func statusFilters() async throws {
    let (ledger, clock) = try Fixtures.ledger(at: "02/01/2026")
    try WebFixture.populate(ledger)
    try ledger.record(
      .completeTask(TaskID("B")!, result: "Xong", evidence: nil, by: "Lê Văn Cường"),
      actor: "thuky")
    clock.set(day: "05/07/2026")
    let app = try await buildApplication(TestArguments(ledger: ledger))
    try await app.test(.router) { client in
      let clerk = try #require(try await client.signIn("thuky"))
      let (_, overdue) = try await client.get("/api/status?bucket=overdue", as: clerk)
      let rows = try #require(
        try JSONSerialization.jsonObject(with: Data(overdue.utf8)) as? [[String: Any]])
      #expect(rows.map { $0["id"] as? String } == ["A"])
      for (query, code) in [("bucket=xyz", "bad_request"), ("foo=1", "unknown_parameter")] {
        let (status, body) = try await client.get("/api/status?\(query)", as: clerk)
        #expect(status == .badRequest, "\(query)")
        #expect(body.contains(code), "\(query): \(body)")
      }
    }
  }

  @Test("Lists and the task page show the kind of deadline as `status` does (trial: a plain day)")
  func deadlineKinds() async throws {
    let (ledger, clock) = try Fixtures.ledger(at: "02/01/2026")
    try WebFixture.populate(ledger)
    for (id, deadline) in [
      ("ON", Deadline.ongoing), ("YR", .yearly(day: 30, month: 11)),
      ("MO", .recurring(.monthly, day: nil)),
    ] {
      try ledger.record(Fixtures.assign(id, due: deadline), actor: "thuky")
    }
    clock.set(day: "05/07/2026")
    let app = try await buildApplication(TestArguments(ledger: ledger))
    try await app.test(.router) { client in
      let clerk = try #require(try await client.signIn("thuky"))
      let (_, list) = try await client.get("/tasks", as: clerk)
      for words in [
        "thường xuyên", "hằng năm trước 30/11",
        "hằng tháng, hạn ngày cuối tháng (kỳ chưa báo cáo đầu tiên: 31/01/2026)",
      ] {
        #expect(list.contains(words), "\(words)")
      }
      let (_, page) = try await client.get("/tasks/YR", as: clerk)
      #expect(page.contains("hằng năm trước 30/11"), "\(page)")
      #expect(!page.contains("<td>30/11/2026</td>"), "\(page)")
    }
  }

  @Test(
    "The dashboard lists what is overdue apart from what was completed late, and links each bucket")
  func dashboardOverdue() async throws {
    let (ledger, clock) = try Fixtures.ledger(at: "02/01/2026")
    try WebFixture.populate(ledger)
    clock.set(day: "05/07/2026")
    try ledger.record(
      .completeTask(TaskID("B")!, result: "Xong", evidence: nil, by: "Lê Văn Cường"),
      actor: "thuky")
    let app = try await buildApplication(TestArguments(ledger: ledger))
    try await app.test(.router) { client in
      let clerk = try #require(try await client.signIn("thuky"))
      let (_, page) = try await client.get("/", as: clerk)
      let overdue = try #require(
        page.components(separatedBy: "id=\"overdue\"").dropFirst().first?
          .components(separatedBy: "</section>").first)
      #expect(overdue.contains("href=\"/tasks/A?\""), "\(overdue)")
      #expect(!overdue.contains("href=\"/tasks/B?\""), "\(overdue)")
      #expect(page.contains("href=\"/tasks?bucket=overdue\">quá hạn: 1</a>"), "\(page)")
      #expect(page.contains("href=\"/tasks?bucket=completed_late\""), "\(page)")
      // On a day before A's deadline nothing is overdue, and the page says so.
      let (_, before) = try await client.get("/?as_of=01/03/2026", as: clerk)
      #expect(before.contains("Không có nhiệm vụ nào đang quá hạn."), "\(before)")
      #expect(
        before.contains("/tasks?bucket=in_progress_within_deadline&amp;as_of=01%2F03%2F2026"),
        "\(before)")
    }
  }

  @Test("A unit or person a page's path names that does not exist is a 404, as a task is")
  func unknownPathIsNotFound() async throws {
    let args = try WebFixture.arguments()
    let app = try await buildApplication(args)
    try await app.test(.router) { client in
      let clerk = try #require(try await client.signIn("thuky"))
      for (path, code) in [
        ("/units/KHONG-CO", "unknown_unit"),
        ("/heads/Ng%C6%B0%E1%BB%9Di%20L%E1%BA%A1", "unknown_person"),
      ] {
        let (status, body) = try await client.get(path, as: clerk)
        #expect(status == .notFound, "\(path)")
        #expect(body.contains(code), "\(path)")
      }
    }
  }
}
