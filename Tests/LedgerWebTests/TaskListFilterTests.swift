import Foundation
import Hummingbird
import HummingbirdTesting
import LedgerCore
import LedgerTestSupport
import Testing

@testable import LedgerWeb

/// The web task list's person and words filters find what `status --person` and
/// `status --text` find on the same ledger file.
@Suite("Task list filters as status's")
struct TaskListFilterTests {
  /// The task ids of a `/tasks` page, in order.
  static func ids(_ page: String) throws -> [String] {
    let rows = try NSRegularExpression(
      pattern: #"<tr class="[^"]*"><td><a href="[^"]*">([^<]+)</a>"#)
    return rows.matches(in: page, range: NSRange(page.startIndex..., in: page)).compactMap {
      Range($0.range(at: 1), in: page).map { String(page[$0]) }
    }
  }

  /// The task ids `status --json` lists with `arguments`, run by the built binary on `path`.
  static func cliIDs(_ arguments: [String], database path: String) throws -> [String] {
    var cli = try CLIRunner()
    cli.environment["CLEARLEDGER_DB"] = path
    let run = try cli.run(["status", "--json"] + arguments)
    #expect(run.status == 0, "\(run.error)")
    let rows = try #require(
      try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]],
      "\(run.output)")
    return rows.compactMap { $0["id"] as? String }
  }

  @Test("person (name, a performer, a staff code) and q list what status --person/--text list")
  func sameAsStatus() async throws {
    let (ledger, _, folder) = try Fixtures.fileLedger(at: "05/01/2026")
    defer { try? FileManager.default.removeItem(at: folder) }
    try WebFixture.populate(ledger)
    try ledger.record(.registerPerson(name: "Đỗ Thị Hạnh", code: "DTH"), actor: "thuky")
    try ledger.record(
      .assignTask(
        AssignTask(
          id: TaskID("C"), title: "Sơ kết công tác hòa giải", headRole: "Chủ tịch UBND xã",
          leadUnit: "CAX", supportingUnits: [], expectedResult: "Báo cáo sơ kết",
          deadline: .date(Fixtures.day("30/06/2026")))),
      actor: "thuky")
    let app = try await buildApplication(TestArguments(ledger: ledger))
    try await app.test(.router) { client in
      let clerk = try #require(try await client.signIn("thuky"))
      // Đỗ Thị Hạnh answers for nothing but filed a report on B.
      let (filed, answer) = try await client.post(
        "/api/tasks/B/reports", #"{"text": "Đã làm", "by": "Đỗ Thị Hạnh"}"#, as: clerk)
      #expect(filed == .created, "\(answer)")
      // A parameter the list does not take is refused, never ignored (trial: `text=` listed
      // every task).
      let (unknown, refusal) = try await client.get("/tasks?text=hoa", as: clerk)
      #expect(unknown == .badRequest && refusal.contains("unknown_parameter"), "\(refusal)")
      for (query, cli, expected) in [
        (
          "person=%C4%90%E1%BB%97%20Th%E1%BB%8B%20H%E1%BA%A1nh", ["--person", "Đỗ Thị Hạnh"], ["B"]
        ),
        ("person=do%20thi%20hanh", ["--person", "do thi hanh"], ["B"]),
        ("person=Tr%E1%BA%A7n%20Th%E1%BB%8B%20B%C3%ACnh", ["--person", "Trần Thị Bình"], ["A"]),
        // Words, not a phrase: unmarked, "so hoa" begins "Sơ" and "hòa" in C's title.
        ("q=so%20hoa", ["--text", "so hoa"], ["C"]),
        ("q=hoa%20giai%20so", ["--text", "hoa giai so"], ["C"]),
        ("q=so%20hoa%20xyz", ["--text", "so hoa xyz"], []),
        ("q=so%20ket", ["--text", "so ket"], ["C"]),
      ] {
        let (status, page) = try await client.get("/tasks?\(query)", as: clerk)
        #expect(status == .ok)
        let web = try Self.ids(page)
        #expect(web == expected, "\(query)")
        #expect(Set(web) == Set(try Self.cliIDs(cli, database: ledger.path)), "\(query)")
      }
      // A staff code names its person, as /heads/DTH does.
      let (_, coded) = try await client.get("/tasks?person=DTH", as: clerk)
      #expect(try Self.ids(coded) == ["B"])
    }
  }
}
