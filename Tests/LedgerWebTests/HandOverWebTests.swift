import Foundation
import Hummingbird
import HummingbirdTesting
import LedgerCore
import LedgerStore
import LedgerTestSupport
import LedgerWeb
import Testing

/// A task handed over after its deadline, as its web page shows it: the five clears of the task
/// as it stands (as `check` gives them), and the earlier lead's overdue part apart.
@Suite("Web: a task handed over after its deadline")
struct HandOverWebTests {
  /// The fixture commune plus KT (Hoàng Văn Dũng) and task PS-1: due 30/04 at VHXH, overdue,
  /// handed to KT on 10/05 with KT's own due 30/06, completed by KT on 25/06; judged on 05/07.
  static func ledger() throws -> Ledger {
    let (ledger, clock) = try Fixtures.ledger(at: "02/01/2026")
    try WebFixture.populate(ledger)
    let on = Fixtures.day("01/01/2026")
    try ledger.record(
      .registerUnit(name: "Phòng Kinh tế", code: "KT"), actor: "thuky", effective: on)
    try ledger.record(
      .appointHead(unit: "KT", person: "Hoàng Văn Dũng", role: "Trưởng phòng"), actor: "thuky",
      effective: on)
    try ledger.record(
      Fixtures.assign("PS-1", due: .date(Fixtures.day("30/04/2026"))), actor: "thuky",
      effective: Fixtures.day("02/01/2026"))
    let id = try #require(TaskID("PS-1"))
    clock.set(day: "10/05/2026")
    try ledger.record(
      .reassignLead(id, lead: "KT", reason: "Theo chức năng", due: Fixtures.day("30/06/2026")),
      actor: "thuky")
    clock.set(day: "25/06/2026")
    try ledger.record(
      .completeTask(id, result: "Xong", evidence: nil, by: "Hoàng Văn Dũng"), actor: "thuky")
    clock.set(day: "05/07/2026")
    return ledger
  }

  @Test("The task page's five clears are the ones `check` gives, for KT as the task stands")
  func clearsMatchCheck() async throws {
    let ledger = try Self.ledger()
    let check = FiveClearCheck(board: try ledger.board())
    let judged = try #require(check.results.first { $0.view.task.id.rawValue == "PS-1" })
    #expect(judged.view.lead.rawValue == "KT")
    let app = try await buildApplication(TestArguments(ledger: ledger))
    try await app.test(.router) { client in
      let leader = try #require(try await client.signIn("an.nv"))
      let (status, page) = try await client.get("/tasks/PS-1", as: leader)
      #expect(status == .ok)
      // Every clear, in `check`'s words, in order.
      var rest = Substring(page)
      for finding in judged.findings {
        let line = "<strong>\(finding.clear.label(.vi))</strong>: \(finding.reason(.vi))</li>"
        let found = try #require(rest.range(of: line), "missing \(line)")
        rest = rest[found.upperBound...]
      }
      #expect(
        page.contains(
          "<strong>Rõ người</strong>: Nguyễn Văn An (Chủ tịch UBND xã) và Hoàng Văn Dũng (trưởng KT) vào ngày 25/06/2026."
        ))
      #expect(!page.contains("Trần Thị Bình (trưởng VHXH) vào ngày 30/04/2026"))
      #expect(page.contains("<strong>Rõ thời gian</strong>: Hạn 30/06/2026"))
      // The earlier lead's overdue part is shown apart: VHXH, due 30/04, overdue.
      let earlier = try #require(page.range(of: "Phần quá hạn của đơn vị chủ trì trước"))
      let part = page[earlier.upperBound...]
      #expect(part.contains("VHXH"))
      #expect(part.contains("30/04/2026"))
    }
  }

  @Test("The dashboard and the task list count tasks, and say when a task has two lines")
  func countsTellLinesFromTasks() async throws {
    let ledger = try Self.ledger()
    let board = try ledger.board()
    let tasks = Set(board.tasks.map(\.task.id)).count
    #expect(board.tasks.count == tasks + 1, "PS-1 has a line for VHXH and one for KT")
    let words = "\(tasks + 1) dòng cho \(tasks) nhiệm vụ"
    let app = try await buildApplication(TestArguments(ledger: ledger))
    try await app.test(.router) { client in
      let leader = try #require(try await client.signIn("an.nv"))
      let (status, dashboard) = try await client.get("/", as: leader)
      #expect(status == .ok)
      #expect(dashboard.contains("(\(words))"), "\(dashboard)")
      let (_, list) = try await client.get("/tasks", as: leader)
      #expect(list.contains("(\(words))</h1>"), "\(list)")
      // VHXH's page lists only its own line of PS-1 beside its other tasks: plain counts.
      let (_, unit) = try await client.get("/units/KT", as: leader)
      #expect(!unit.contains("dòng cho"), "\(unit)")
    }
  }

  @Test("An explanation asked of the handed-over task goes to VHXH, which missed the deadline")
  func explanationGoesToEarlierLead() async throws {
    let ledger = try Self.ledger()
    let app = try await buildApplication(TestArguments(ledger: ledger))
    try await app.test(.router) { client in
      let leader = try #require(try await client.signIn("an.nv"))
      let head = try #require(try await client.signIn("binh.tt"))
      let (ask, askBody) = try await client.post(
        "/api/tasks/PS-1/explanation-requests", #"{"due": "15/07/2026", "reason": "Quá hạn"}"#,
        as: leader)
      #expect(ask == .created, "\(askBody)")
      // A clerk recording the answer is offered VHXH's head, not KT's (the lead now).
      let clerk = try #require(try await client.signIn("thuky"))
      let (_, clerkPage) = try await client.get("/tasks/PS-1", as: clerk)
      #expect(
        clerkPage.contains(#"<input id="explanation-by" name="by" value="Trần Thị Bình" required>"#)
      )
      // VHXH's head is offered the answer and gives it.
      let (_, page) = try await client.get("/tasks/PS-1", as: head)
      #expect(page.contains("/tasks/PS-1/explanations\""))
      let (given, givenBody) = try await client.post(
        "/api/tasks/PS-1/explanations", #"{"text": "Thiếu máy quét"}"#, as: head)
      #expect(given == .created, "\(givenBody)")
      let task = try #require(try ledger.task(TaskID("PS-1")!))
      #expect(task.record.explanations.last?.unit == UnitCode("VHXH")!)
      #expect(task.record.explanations.last?.answeredBy == "Trần Thị Bình")
      // It shows under VHXH's row, not KT's.
      let (_, vhxh) = try await client.get("/units/VHXH", as: leader)
      #expect(vhxh.contains("Yêu cầu giải trình ngày 05/07/2026 (Nguyễn Văn An), hạn 15/07/2026"))
      let (_, kt) = try await client.get("/units/KT", as: leader)
      #expect(!kt.contains("Yêu cầu giải trình ngày 05/07/2026"))
    }
  }
}
