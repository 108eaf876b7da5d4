import Foundation
import LedgerTestSupport
import Testing

/// A unit written two ways (trial: "Phòng KT, HT và ĐT" became KTHTVDT2 beside "Phòng Kinh tế,
/// Hạ tầng và Đô thị", and "Ban CHQS phường" BCHQSP2, without a word; `unit view` refused
/// "Văn phòng HĐND & UBND phường", which the import had read as the office).
@Suite("A unit written two ways")
struct UnitNamesakeCLITests {
  /// A plan of three rows: two name units already known, or named earlier, in short forms.
  let plan = """
    STT;Nội dung công việc;Cơ quan chủ trì;Cơ quan phối hợp;Thời gian hoàn thành;Sản phẩm;Người đứng đầu chịu trách nhiệm
    1;Lập danh mục chỉnh trang vỉa hè các tuyến phố chính;Phòng Kinh tế, Hạ tầng và Đô thị;Ban Chỉ huy Quân sự phường;Quý III/2027;Danh mục được phê duyệt;Trưởng phòng
    2;Rà soát danh sách hộ kinh doanh cá thể trên địa bàn;Phòng KT, HT và ĐT;Ban CHQS phường;Quý III/2027;Danh sách hộ kinh doanh;Trưởng phòng
    3;Tổng hợp báo cáo kết quả thực hiện kế hoạch năm;Văn phòng HĐND & UBND phường;;Quý IV/2027;Báo cáo tổng hợp;Chánh Văn phòng

    """

  @Test("The dry run says which new unit has another's initials; unit view reads '&' as 'và'")
  func namesakes() throws {
    let cli = try CLIRunner(now: "2027-01-10T09:00:00+07:00")
    #expect(try cli("init").status == 0)
    let office = try cli(
      "unit", "add", "Văn phòng HĐND và UBND phường", "--code", "VP", "--on", "01/01/2027")
    #expect(office.status == 0, "\(office.error)")
    try plan.write(
      to: cli.folder.appendingPathComponent("plan.csv"), atomically: true, encoding: .utf8)
    let run = try cli("import", "plan.csv", "--dry-run", "--lang", "en", "--on", "10/01/2027")
    #expect(run.status == 0, "\(run.error)")
    #expect(
      run.output.contains(
        "⚠ the same initials as KTHTVDT “Phòng Kinh tế, Hạ tầng và Đô thị”"), "\(run.output)")
    #expect(
      run.output.contains("⚠ the same initials as BCHQSP “Ban Chỉ huy Quân sự phường”"),
      "\(run.output)")
    // The office written with "&" is the registered one, in the import and in `unit view`.
    #expect(!run.output.contains("Văn phòng HĐND & UBND phường  ←"), "\(run.output)")
    let view = try cli("unit", "view", "Văn phòng HĐND & UBND phường", "--lang", "en")
    #expect(view.status == 0, "\(view.error)")
    #expect(view.output.hasPrefix("Văn phòng HĐND và UBND phường [VP]"), "\(view.output)")
  }
}
