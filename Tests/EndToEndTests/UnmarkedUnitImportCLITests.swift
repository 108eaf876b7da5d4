import Foundation
import LedgerTestSupport
import Testing

/// A plan naming, with its marks, a unit the ledger holds without them: that unit
/// (trial: the import was refused with `unit_name_taken` and no word of what to do).
@Suite("A plan's unit matched to one registered without marks")
struct UnmarkedUnitImportCLITests {
  @Test(
    "\"Phòng Kinh tế\" in the plan is KT, registered as \"Phong Kinh te\"; nothing new made of it")
  func matched() throws {
    let cli = try CLIRunner(now: "2026-02-01T09:00:00+07:00")
    #expect(try cli("init").status == 0)
    #expect(try cli("unit", "add", "Phong Kinh te", "--code", "KT").status == 0)
    let plan = cli.folder.appendingPathComponent("kh.csv")
    try """
    Thời hạn;Đơn vị chủ trì;Nội dung nhiệm vụ;Sản phẩm;STT;Lãnh đạo chịu trách nhiệm
    Quý II/2026;Phòng Kinh tế;Xây dựng bản đồ số các hộ kinh doanh;Bản đồ số;1;Chủ tịch UBND xã
    Tháng 3/2026;Công an xã;Rà soát an ninh mạng;Báo cáo;2;Chủ tịch UBND xã

    """.write(to: plan, atomically: true, encoding: .utf8)
    let run = try cli(
      "import", plan.path, "--number", "15/KH", "--issued", "01/02/2026", "--json")
    #expect(run.status == 0, "\(run.error)")
    let status = try cli("status", "--json")
    let rows = try #require(
      try JSONSerialization.jsonObject(with: Data(status.output.utf8)) as? [[String: Any]])
    let leads = Set(rows.compactMap { $0["lead_unit"] as? String })
    #expect(leads.contains("KT"), "\(rows)")
    let units = try cli("unit", "list", "--json")
    #expect(!units.output.contains("Phòng Kinh tế"), "\(units.output)")
  }
}
