import LedgerCore
import Testing

@Suite("Transcription artefacts in large plans")
struct TranscriptionArtefactTests {
  static let header = "STT\tNội dung công việc\tCơ quan chủ trì\tCơ quan phối hợp\tThời hạn"

  @Test("A row cut at a page break is joined and flagged; text outside the table is flagged")
  func pageBreaks() throws {
    let text = [
      Self.header,
      "1\tĐào tạo kỹ\tSở Y tế\tSở Tài chính,\t2026",
      "\tnăng số cho cán bộ\t\tSở Nội vụ\t",
      "",
      "2\tBan hành quy chế chia sẻ dữ liệu\tSở Tư pháp\t\t12/2026",
      "và triển khai trên toàn tỉnh",
    ].joined(separator: "\n")
    let plan = try PlanParser.parse(text: text)
    #expect(plan.rows.count == 2)
    #expect(plan.rows[0].task == "Đào tạo kỹ năng số cho cán bộ")
    #expect(plan.rows[0].continued)
    #expect(UnitNames.split(plan.rows[0].support) == ["Sở Tài chính", "Sở Nội vụ"])
    #expect(plan.rows[1].stray == ["và triển khai trên toàn tỉnh"])
    #expect(!plan.rows[1].continued)
  }

  @Test("A word a page break cut in two is joined without a space; whole words keep theirs (trial)")
  func wordCutInTwo() throws {
    let text = [
      Self.header,
      "1\tRà soát thủ tục hành ch\tTrung tâm Ứng dụng khoa học và công ng\t\t2026",
      "\tính còn hiệu lực\thệ\t\t",
      "2\tĐào tạo kỹ\tSở Y tế\t\t2026",
      "\tthuật số\t\t\t",
    ].joined(separator: "\n")
    let plan = try PlanParser.parse(text: text)
    #expect(plan.rows[0].task == "Rà soát thủ tục hành chính còn hiệu lực")
    #expect(plan.rows[0].lead == "Trung tâm Ứng dụng khoa học và công nghệ")
    #expect(plan.rows[1].task == "Đào tạo kỹ thuật số")
  }

  @Test("A plan written as a Markdown table is read like a tab-separated one (trial)")
  func markdownTable() throws {
    let text = [
      "KẾ HOẠCH Chuyển đổi số năm 2026",
      "",
      "| STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn |",
      "|-----|:-------------------|-----------------|------------------|---------:|",
      "| 1 | Số hóa hồ sơ một cửa | Văn phòng HĐND và UBND xã | Công an xã | Quý II/2026 |",
      "| 2 | Tập huấn kỹ năng số | Phòng Văn hóa - Xã hội | | 30/11/2026 |",
    ].joined(separator: "\n")
    let plan = try PlanParser.parse(text: text)
    #expect(plan.rows.count == 2)
    #expect(plan.rows[0].lead == "Văn phòng HĐND và UBND xã")
    #expect(plan.rows[0].deadline == "Quý II/2026")
    #expect(plan.rows[1].task == "Tập huấn kỹ năng số")
    #expect(plan.rows[1].support.isEmpty)
  }

  @Test("An indicators table before the tasks table is not read as tasks")
  func indicatorsFirst() throws {
    let text = [
      "PHỤ LỤC I", "STT\tChỉ tiêu\tĐơn vị tính\tMục tiêu năm 2025",
      "1\tTỷ lệ hồ sơ trực tuyến\t%\t80",
      "PHỤ LỤC II", Self.header, "1\tBan hành quy chế\tBộ Tư pháp\t\t2025",
    ].joined(separator: "\n")
    let plan = try PlanParser.parse(text: text)
    #expect(plan.rows.map { $0.taskID()?.rawValue } == ["PL2-1"])
  }

  @Test("A table missing its lead column names what it saw; prose assignments are refused")
  func refusals() {
    #expect(
      throws: LedgerError.taskTableIncomplete(
        line: 1, headers: ["STT", "Nội dung công việc", "Cơ quan phối hợp", "Thời hạn"],
        missing: ["lead"])
    ) {
      try PlanParser.parse(
        text: "STT\tNội dung công việc\tCơ quan phối hợp\tThời hạn\n1\tViệc\tSở Y tế\t2026")
    }
    #expect(
      throws: LedgerError.tasksInProse(
        line: 2, text: "1. Ủy ban Pháp luật chủ trì, phối hợp với các cơ quan thẩm tra dự án luật.")
    ) {
      try PlanParser.parse(
        text: """
          KẾ HOẠCH
          1. Ủy ban Pháp luật chủ trì, phối hợp với các cơ quan thẩm tra dự án luật.
          2. Bộ Tư pháp chủ trì rà soát văn bản quy phạm pháp luật.
          """)
    }
  }
}
