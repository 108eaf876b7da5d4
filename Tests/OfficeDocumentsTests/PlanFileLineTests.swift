import Foundation
import LedgerCore
import LedgerStore
import LedgerTestSupport
import OfficeDocuments
import PlanDocuments
import Testing

/// A message about a row names the line a person finds on opening the file.
@Suite("Plan files: rows named by the file's own lines")
struct PlanFileLineTests {
  /// A CSV written for this test: a title line, a header, and cells that run over several lines.
  static let csv = """
    KẾ HOẠCH THỰC HIỆN CHUYỂN ĐỔI SỐ NĂM 2026
    STT,Nội dung công việc,Cơ quan chủ trì,Cơ quan phối hợp,Thời gian hoàn thành
    1,"Rà soát dữ liệu dân cư,
    làm sạch dữ liệu
    trên địa bàn",Công an xã,"Phòng Kinh tế,
    Trạm Y tế xã",Tháng 6/2026
    2,"Số hóa hồ sơ
    một cửa",Phòng Văn hóa - Xã hội,,Tháng 13/2026
    3,Tập huấn kỹ năng số,Phòng Kinh tế,,Quý III/2026
    """

  @Test("Each record starts on its line of the file, whatever line breaks its quoted cells hold")
  func startLines() {
    #expect(DelimitedText.startLines(Self.csv, delimiter: ",") == [1, 2, 3, 7, 9])
    #expect(DelimitedText.startLines("sep=;\na;b\nc;d", delimiter: ";") == [2, 3])
  }

  @Test("A CSV row's line in the plan and in an error is the file's line, not the record's index")
  func csvRowLines() throws {
    #expect(throws: LedgerError.unreadableDeadline(line: 7, text: "Tháng 13/2026")) {
      let plan = try PlanFile.parse(Data(Self.csv.utf8), name: "ke-hoach")
      let (ledger, _) = try Fixtures.ledger(at: "05/01/2026")
      _ = try ledger.prepareImport(plan, options: PlanImportOptions())
    }
    let plan = try PlanFile.parse(Data(Self.csv.utf8), name: "ke-hoach")
    #expect(plan.rows.map(\.line) == [3, 7, 9])
  }
}
