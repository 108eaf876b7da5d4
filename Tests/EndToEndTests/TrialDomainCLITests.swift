import Foundation
import LedgerTestSupport
import Testing

/// Defects a fresh-eyes trial found in what the ledger says about late extensions and
/// hand-overs, end to end.
///
/// The commune: VHXH (Trần Thị Bình), KT (Hoàng Văn Dũng), UBND (Nguyễn Văn An, chair); task A
/// led by VHXH, answerable by its Trưởng phòng, due 31/05/2026.
@Suite("Trial: late extensions and hand-overs end to end")
struct TrialDomainCLITests {
  func commune() throws -> CLIRunner {
    try CLIRunner.threeUnitCommune(due: "31/05/2026")
  }

  @Test(
    "An extension granted after the deadline to a day still to come: the explanation says the new deadline is not yet due, not met"
  )
  func lateExtensionNotYetDue() throws {
    let cli = try commune()
    let extended = try cli(
      "task", "extend", "A", "--to", "31/07/2026", "--reason", "Chậm", "--approved-by",
      "Nguyễn Văn An", now: "2026-06-05T09:00:00+07:00")
    #expect(extended.status == 0, "\(extended.error)")
    let july = "2026-07-10T09:00:00+07:00"
    let english = try cli(
      "evaluate", "--year", "2026", "--explain", "Trần Thị Bình", "--lang", "en", now: july)
    #expect(english.status == 0, "\(english.error)")
    #expect(
      english.output.contains(
        "31/05/2026 missed → 31/07/2026 (extended on 05/06/2026) not yet due"), "\(english.output)")
    #expect(!english.output.contains(") met"), "\(english.output)")
    let vietnamese = try cli(
      "evaluate", "--year", "2026", "--explain", "Trần Thị Bình", "--lang", "vi", now: july)
    #expect(
      vietnamese.output.contains(
        "31/05/2026 trễ → 31/07/2026 (gia hạn ngày 05/06/2026) chưa đến hạn"),
      "\(vietnamese.output)")
    #expect(!vietnamese.output.contains(") đạt"), "\(vietnamese.output)")
    // The counts: the missed deadline stays overdue and is the one delay; nothing is on time.
    let json = try cli("evaluate", "--year", "2026", "--json", now: july)
    let rows = try #require(
      try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
    let binh = try #require(
      rows.first {
        $0["person"] as? String == "Trần Thị Bình" && $0["capacity"] as? String == "lead_unit_head"
      })
    #expect(binh["completed_on_time"] as? Int == 0, "\(binh)")
    #expect(binh["overdue"] as? Int == 1, "\(binh)")
  }

  @Test(
    "A task handed over after its deadline: `check` judges it as it stands, with the new lead's head on its day (the words the web task page shows)"
  )
  func handedOverCheck() throws {
    let cli = try commune()
    let assigned = try cli(
      "task", "assign", "Hoàn thành kết nối, chia sẻ dữ liệu PS-1", "--id", "PS-1", "--lead",
      "VHXH", "--role", "Chủ tịch UBND xã", "--role-unit", "UBND", "--result",
      "Hoàn thành kết nối", "--due", "30/04/2026")
    #expect(assigned.status == 0, "\(assigned.error)")
    let moved = try cli(
      "task", "reassign", "PS-1", "--lead", "KT", "--reason", "Theo chức năng", "--due",
      "30/06/2026", now: "2026-05-10T09:00:00+07:00")
    #expect(moved.status == 0, "\(moved.error)")
    let done = try cli("task", "complete", "PS-1", now: "2026-06-25T09:00:00+07:00")
    #expect(done.status == 0, "\(done.error)")
    let check = try cli("check", "--lang", "vi", now: "2026-07-05T09:00:00+07:00")
    #expect(check.status == 0, "\(check.error)")
    // The sentence HandOverWebTests finds on /tasks/PS-1 (here with the staff codes the CLI's
    // appointments give).
    #expect(
      check.output.contains(
        "Nguyễn Văn An (NVA) (Chủ tịch UBND xã) và Hoàng Văn Dũng (HVD) (trưởng KT) vào ngày 25/06/2026."
      ),
      "\(check.output)")
    #expect(check.output.contains("Hạn 30/06/2026"), "\(check.output)")
    #expect(!check.output.contains("(trưởng VHXH) vào ngày 30/04/2026"), "\(check.output)")
  }
}
