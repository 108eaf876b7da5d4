import Foundation
import LedgerCore
import OfficeDocuments
import PlanDocuments
import Testing

/// Sheets saved as CSV keep the plan's title and blank rows above the task table.
@Suite("CSV plans with a title above the table")
struct TitledCSVTests {
  static let table = """
    Thời hạn;Đơn vị chủ trì;Nội dung nhiệm vụ;STT;Sản phẩm;Đơn vị phối hợp\r
    ;;Công tác văn phòng;I;;\r
    Quý II/2026;Văn phòng HĐND và UBND xã;Số hóa hồ sơ lưu trữ giai đoạn 2020-2025;1;Hồ sơ được số hóa;Phòng Kinh tế\r
    31.10.2026;Phòng Văn hoá - Xã hội;Tổ chức hội thi tìm hiểu pháp luật;2;Báo cáo kết quả;Công an xã\r

    """

  @Test(
    "A title line, with or without delimiters and blank lines, is the plan's title; the table is read",
    arguments: [
      "KẾ HOẠCH;;;;;\r\n", "KẾ HOẠCH Cải cách hành chính xã năm 2026\r\n\r\n",
      "KẾ HOẠCH\r\nCải cách hành chính xã năm 2026\r\n", "",
    ])
  func titleAboveTable(title: String) throws {
    // Given a CSV as Excel saves it under Vietnamese settings, with a BOM
    let data = Data(("\u{FEFF}" + title + Self.table).utf8)

    // When it is read as a plan
    let plan = try PlanFile.parse(data, name: "ke-hoach")

    // Then both tasks are there with their lead, one office name kept whole
    #expect(plan.rows.count == 2)
    #expect(plan.rows.first?.lead == "Văn phòng HĐND và UBND xã")
    if title.contains("KẾ HOẠCH") {
      #expect(plan.metadata.title.hasPrefix("KẾ HOẠCH") || plan.metadata.title.contains("Cải cách"))
    }
  }
}
