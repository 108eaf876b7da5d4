import Foundation
import Hummingbird
import HummingbirdTesting
import LedgerCore
import LedgerStore
import LedgerTestSupport
import LedgerWeb
import Testing

/// A task whose role nobody holds says so on every list, as `status` does.
@Suite("Nobody named, said on the web")
struct NobodyNamedRowTests {
  @Test(
    "A task whose answerable role nobody holds shows “chưa rõ người (ROLE)”, never a blank cell (a second trial)"
  )
  func nobodyNamed() async throws {
    // Given task C led by a unit with no head, answerable by a role no head holds.
    let (ledger, _) = try Fixtures.ledger(at: "02/01/2026")
    try WebFixture.populate(ledger)
    try ledger.record(.registerUnit(name: "Phòng Kinh tế", code: "KT"), actor: "thuky")
    try ledger.record(
      .assignTask(
        AssignTask(
          id: TaskID("C"), title: "Rà soát hồ sơ đất đai", headRole: "Trưởng phòng Kinh tế",
          leadUnit: "KT", supportingUnits: [], expectedResult: "Báo cáo rà soát",
          deadline: .date(Fixtures.day("30/06/2026")))),
      actor: "thuky")
    let app = try await buildApplication(TestArguments(ledger: ledger))
    try await app.test(.router) { client in
      let user = try #require(try await client.signIn("thanhtra"))
      for path in ["/tasks", "/units/KT"] {
        let (status, page) = try await client.get(path, as: user)
        #expect(status == .ok, "\(path)")
        #expect(page.contains("<td>chưa rõ người (Trưởng phòng Kinh tế)</td>"), "\(path)")
        #expect(!page.contains("<td></td>"), "\(path)")
      }
    }
  }
}
