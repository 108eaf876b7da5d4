import Foundation
import LedgerCore
import LedgerTestSupport
import Testing

@Suite("Reading plans")
struct PlanParserTests {
  @Test("The seed plan: both appendices, six tasks, the split row joined, its metadata")
  func seed() throws {
    // When
    let plan = try PlanParser.parse(text: PlanFixtures.seed())
    // Then
    #expect(
      plan.rows.compactMap { $0.taskID()?.rawValue } == [
        "PL1-I-1", "PL1-I-2", "PL2-I-1", "PL2-II-1", "PL2-III-1", "PL2-IV-1",
      ])
    let split = try #require(plan.rows.first { $0.taskID()?.rawValue == "PL2-II-1" })
    #expect(
      split.task.hasSuffix(
        "đất đai, doanh nghiệp, triển khai tiếp cận, giải quyết thủ tục hành chính không phụ thuộc vào địa giới hành chính."
      ))
    #expect(split.lead == "Trung tâm Phục vụ hành chính công xã")
    #expect(split.line == 182)
    #expect(
      plan.rows.map(\.deadline) == [
        "Tháng 6/2026", "Tháng 9/2026", "Thường xuyên", "Thường xuyên", "Thường xuyên", "Hàng năm",
      ])
    #expect(
      plan.rows.allSatisfy { $0.head == "Chủ tịch UBND xã" && $0.support == "Các đơn vị liên quan" }
    )
    #expect(plan.metadata.number == nil)
    #expect(plan.metadata.issued == nil)
    #expect(plan.metadata.issuer == "UBND xã Chí Minh")
    #expect(plan.metadata.title.hasPrefix("Thực hiện Nghị quyết 57-NQ/TW ngày 22/12/2024"))
    #expect(plan.metadata.reportingDay == DayOfYear(day: 30, month: 11))
    #expect(plan.metadata.supersedes == "37/KH-UBND")
    #expect(
      plan.bodyUnits == [
        "Phòng Văn hóa - Xã hội", "Phòng Kinh tế", "Trung tâm Dịch vụ sự nghiệp công xã",
        "Công an xã",
      ])
  }

  @Test("NFD input and old-style tone marks give the same plan, stored NFC")
  func normalisation() throws {
    let text = try PlanFixtures.seed()
    let nfd = try PlanParser.parse(text: text.decomposedStringWithCanonicalMapping)
    let nfc = try PlanParser.parse(text: text)
    #expect(nfd == nfc)
    let oldStyle = try PlanParser.parse(
      text: text.replacingOccurrences(of: "Văn hóa", with: "Văn hoá"))
    #expect(
      oldStyle.rows.map { VietnameseText.matchKey($0.lead) }
        == nfc.rows.map { VietnameseText.matchKey($0.lead) })
  }

  @Test(
    "Columns are found by meaning, whatever the header says",
    arguments: [
      [
        "TT", "Nhiệm vụ", "Lãnh đạo chỉ đạo", "Đơn vị chủ trì", "Đơn vị phối hợp", "Sản phẩm",
        "Thời hạn",
      ],
      [
        "Số TT", "Tên nhiệm vụ", "Người chịu trách nhiệm", "Chủ trì", "Phối hợp",
        "Kết quả/sản phẩm", "Tiến độ",
      ],
      [
        "STT", "Nội dung", "Người đứng đầu chịu trách nhiệm", "Cơ quan chủ trì", "Cơ quan phối hợp",
        "Kết quả", "Thời gian hoàn thành",
      ],
    ])
  func headerVariants(header: [String]) throws {
    let text = PlanFixtures.plan(
      header: header, rows: [.init("Xây dựng cơ sở dữ liệu đất đai của xã")])
    let plan = try PlanParser.parse(text: text)
    let row = try #require(plan.rows.first)
    #expect(row.task == "Xây dựng cơ sở dữ liệu đất đai của xã")
    #expect(row.lead == "Phòng Văn hóa - Xã hội")
    #expect(row.support == "Công an xã")
    #expect(row.result == "Cơ sở dữ liệu vận hành")
    #expect(row.deadline == "Tháng 6/2026")
    #expect(row.head == "Chủ tịch UBND xã")
  }

  @Test("Columns in another order are still found")
  func reorderedColumns() throws {
    let text = """
      PHỤ LỤC
      Thời hạn\tĐơn vị chủ trì\tSTT\tNhiệm vụ
      \t\tA\tNhóm nhiệm vụ
      Quý III/2026\tCông an xã\t1\tDiễn tập an toàn thông tin cho hệ thống của xã
      """
    let row = try #require(try PlanParser.parse(text: text).rows.first)
    #expect(row.taskID()?.rawValue == "PL1-A-1")
    #expect(row.lead == "Công an xã")
    #expect(row.deadline == "Quý III/2026")
  }

  @Test("A plan with no task table is refused")
  func noTable() {
    #expect(throws: LedgerError.noPlanTable) {
      try PlanParser.parse(text: "Số: 12/KH-UBND\n\nKẾ HOẠCH\nKhông có phụ lục.")
    }
  }

  @Test("CSV records use the same columns")
  func csv() throws {
    let records = [
      ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Sản phẩm", "Thời hạn"],
      ["I", "Hạ tầng", "", "", ""],
      ["1", "Lắp camera giám sát tại 5 điểm", "Công an xã", "5 camera hoạt động", "Quý II/2026"],
      ["", "và kết nối về trung tâm", "", "", ""],
    ]
    let plan = try PlanParser.parse(records: records, title: "camera")
    #expect(plan.rows.count == 1)
    #expect(plan.rows[0].task == "Lắp camera giám sát tại 5 điểm và kết nối về trung tâm")
    #expect(plan.rows[0].taskID()?.rawValue == "KH-I-1")
  }

  @Test("Unit names: lists split, vague phrases dropped, body sentences cut at the verb")
  func unitNames() {
    #expect(
      UnitNames.split("Phòng Văn hóa - Xã hội; Công an xã và Phòng Kinh tế") == [
        "Phòng Văn hóa - Xã hội", "Công an xã", "Phòng Kinh tế",
      ])
    #expect(UnitNames.split("Các đơn vị liên quan").isEmpty)
    #expect(UnitNames.split("Các cơ quan, đơn vị liên quan") == [String]())
    #expect(UnitNames.split("Công an xã, các đơn vị liên quan") == ["Công an xã"])
    #expect(
      UnitNames.leadingUnit(of: "Phòng Văn hóa - Xã hội xã chủ trì, phối hợp")
        == "Phòng Văn hóa - Xã hội")
    #expect(UnitNames.leadingUnit(of: "Công an xã tăng cường đảm bảo an toàn") == "Công an xã")
    #expect(UnitNames.leadingUnit(of: "Các cơ quan, đơn vị căn cứ đặc điểm") == nil)
    #expect(UnitCode.initials(of: "Phòng Văn hóa - Xã hội")?.rawValue == "VHXH")
    #expect(UnitCode.initials(of: "UBND xã")?.rawValue == "UBND")
    #expect(UnitCode.initials(of: "Công an xã")?.rawValue == "CAX")
    #expect(UnitCode.initials(of: "Trung tâm Phục vụ hành chính công xã")?.rawValue == "TTPVHCC")
  }
}
