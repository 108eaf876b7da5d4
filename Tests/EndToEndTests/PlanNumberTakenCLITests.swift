import Foundation
import LedgerTestSupport
import Testing

/// A plan imported under a number the ledger holds for another plan is refused, saying whose
/// number it is; the same plan again is still "already in the ledger" (trial: a new plan under
/// a held number said "already in the ledger", exited 0 and imported nothing).
@Suite("A plan number held by another plan")
struct PlanNumberTakenCLITests {
  @Test("Another plan under a held number is refused, with nothing written; the same plan is not")
  func numberTaken() throws {
    let cli = try CLIRunner(now: "2026-07-05T09:00:00+07:00")
    #expect(try cli.run(["init"]).status == 0)
    let first = cli.folder.appendingPathComponent("ke-hoach-49.txt").path
    try PlanFixtures.plan(number: "49", rows: [.init("Lắp wifi tại nhà văn hóa")])
      .write(toFile: first, atomically: true, encoding: .utf8)
    #expect(try cli.run(["import", first]).status == 0)
    let other = cli.folder.appendingPathComponent("ke-hoach-moi.txt").path
    try PlanFixtures.plan(number: "50", rows: [.init("Số hóa sổ hộ tịch")])
      .write(toFile: other, atomically: true, encoding: .utf8)
    let before = cli.fileBytes()
    for extra in [[], ["--dry-run"]] {
      let run = try cli.run(["import", other, "--number", "49/KH-UBND", "--json"] + extra)
      #expect(run.status == 1, "\(run.output)")
      #expect(run.error.contains("\"code\" : \"plan_number_taken\""), "\(run.error)")
      #expect(run.error.contains("Chuyển đổi số năm 2026 (kế hoạch 49)"), "\(run.error)")
      #expect(cli.fileBytes() == before)
    }
    let vi = try cli.run(["import", other, "--number", "49/KH-UBND", "--lang", "vi"])
    #expect(vi.error.contains("Số 49/KH-UBND đã dùng cho kế hoạch"), "\(vi.error)")
    // The same plan again: already held, nothing new, not an error.
    let again = try cli.run(["import", first])
    #expect(again.status == 0, "\(again.error)")
    #expect(again.output.contains("already in the ledger"), "\(again.output)")
    #expect(cli.fileBytes() == before)
  }
}
