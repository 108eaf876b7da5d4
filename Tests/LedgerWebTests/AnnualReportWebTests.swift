import Foundation
import Hummingbird
import HummingbirdTesting
import LedgerCore
import LedgerTestSupport
import LedgerWeb
import Testing

/// The year's report through the web (trial: the API refused `annual` and the form had no such
/// choice, so a unit using only the web was overdue on every yearly obligation).
@Suite("Web: the year's report")
struct AnnualReportWebTests {
  @Test("A yearly obligation is met by a report filed as the year's, by form or JSON")
  func annualReport() async throws {
    let (ledger, clock) = try Fixtures.ledger(at: "02/01/2026")
    try WebFixture.populate(ledger)
    try ledger.record(
      Fixtures.assign("Y", due: .yearly(day: 30, month: 11), support: []), actor: "thuky")
    try ledger.record(
      Fixtures.assign("Z", due: .yearly(day: 30, month: 11), support: []), actor: "thuky")
    clock.set(day: "25/11/2026")
    let app = try await buildApplication(TestArguments(ledger: ledger))
    try await app.test(.router) { client in
      let head = try #require(try await client.signIn("binh.tt"))
      let (_, page) = try await client.get("/tasks/Y", as: head)
      #expect(page.contains(#"name="annual""#), "the form offers the year's report")
      let (_, fixed) = try await client.get("/tasks/A", as: head)
      #expect(!fixed.contains(#"name="annual""#), "not for a task with a fixed deadline")
      // A progress report does not meet it; the year's report does.
      let (plain, _) = try await client.post(
        "/api/tasks/Z/reports", #"{"text": "Tiến độ tháng 11"}"#, as: head)
      #expect(plain == .created)
      let (annual, body) = try await client.post(
        "/api/tasks/Y/reports", #"{"text": "Báo cáo năm 2026", "annual": true}"#, as: head)
      #expect(annual == .created, "\(body)")
      clock.set(day: "01/12/2026")
      let board = try ledger.board()
      #expect(board.tasks.first { $0.task.id == TaskID("Y") }?.bucket == .completedOnTime)
      #expect(board.tasks.first { $0.task.id == TaskID("Z") }?.bucket == .overdue)
      // On a task that owes no yearly report it is refused, nothing written.
      let before = try ledger.eventCount()
      let (refused, refusal) = try await client.post(
        "/api/tasks/A/reports", #"{"text": "Báo cáo năm", "annual": true}"#, as: head)
      #expect(refused == .unprocessableContent, "\(refusal)")
      #expect(refusal.contains("annual_report_without_obligation"))
      #expect(try ledger.eventCount() == before)
    }
  }
}
