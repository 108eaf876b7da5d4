import Foundation
import LedgerCore
import LedgerTestSupport
import Testing

@testable import LedgerStore

/// Defects a fresh-eyes trial found on plans nobody wrote for the reader, each on a fixture
/// written here.
@Suite("Large plans: what a trial on unseen plans found")
struct PlanTrialDefectTests {
  /// A district plan written for these tests: numbered group headings, a collective lead with
  /// "thị trấn", a ministry with its sub-body in parentheses, a lead cell with "là đầu mối", a
  /// level of government as lead, a district office that extends a known commune office's name.
  static let district = """
    UBND HUYỆN AN PHÚ
    Số: 15/KH-UBND
    An Phú, ngày 10 tháng 02 năm 2025
    KẾ HOẠCH
    Triển khai cải cách hành chính năm 2025
    PHỤ LỤC
    STT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành
    1.\tNhóm nhiệm vụ về thể chế\t\t\t
    1\tRà soát văn bản của huyện\tPhòng Tư pháp\tCác phòng, ban liên quan\t6/2025
    2\tCông khai thủ tục hành chính\tUBND các xã, phường, thị trấn\tPhòng Tư pháp\tQuý II/2025
    2.\tNhóm nhiệm vụ về tổ chức bộ máy\t\t\t
    1\tThống kê số liệu cán bộ\tBộ KH&ĐT (Tổng cục Thống kê)\tSở Nội vụ\t2025
    2\tTổng hợp báo cáo định kỳ\tPhòng Nội vụ là đầu mối\tVăn phòng HĐND và UBND huyện\t12/2025
    3\tKiện toàn bộ phận một cửa\tUBND cấp huyện\tPhòng Nội vụ\t12/2025
    4\tSắp xếp thôn, tổ dân phố\tPhòng Nội vụ\tthị trấn\tQuý IV/2025
    """

  func prepared(_ text: String, options: PlanImportOptions = PlanImportOptions()) throws
    -> (Ledger, PlanImport)
  {
    let (ledger, _) = try Fixtures.ledger(at: "10/02/2025")
    var options = options
    options.assignedOn = Fixtures.day("10/02/2025")
    return (ledger, try ledger.prepareImport(try PlanParser.parse(text: text), options: options))
  }

  func row(_ plan: PlanImport, _ id: String) throws -> RowReading {
    try #require(plan.rows.first { $0.task.rawValue == id })
  }

  @Test("A name read only from the plan must look like a body, else it is flagged, never a unit")
  func onlyBodiesBecomeUnits() throws {
    let (_, plan) = try prepared(Self.district)
    #expect(
      plan.newUnits.sorted() == [
        "Bộ KH&ĐT", "Phòng Nội vụ", "Phòng Tư pháp", "Sở Nội vụ", "Văn phòng HĐND và UBND huyện",
      ])
    for fragment in [
      "thị trấn", "là đầu mối", "huyện", "UBND cấp huyện", "Nhóm nhiệm vụ về thể chế",
    ] {
      #expect(!plan.newUnits.contains(fragment), "\(fragment)")
    }
    let meeting = try row(plan, "PL1-2-2")
    #expect(meeting.lead == "Phòng Nội vụ")
    #expect(meeting.doubtful == ["là đầu mối"])
    #expect(meeting.flags.contains(.notABody))
    let villages = try row(plan, "PL1-2-4")
    #expect(villages.coordinators.isEmpty)
    #expect(villages.doubtful == ["thị trấn"])
    #expect(villages.flags.contains(.notABody))
    #expect(UnitNames.looksLikeBody("Liên đoàn Lao động huyện"))
    #expect(!UnitNames.looksLikeBody("thị trấn"))
    #expect(!UnitNames.looksLikeBody("Nhóm nhiệm vụ về thể chế"))
    // Headings that open with a body's head word but name an action are no body either.
    for heading in [
      "Ban hành văn bản quy phạm", "Tổ chức hội nghị sơ kết", "Quy hoạch sử dụng đất",
    ] {
      #expect(!UnitNames.looksLikeBody(heading), "\(heading)")
    }
    #expect(UnitNames.looksLikeBody("Ban Chỉ huy Quân sự xã"))
    #expect(UnitNames.looksLikeBody("Quỹ Phát triển đất"))
  }

  @Test("A lead cell that names no body stops the import naming the row; a review keeps it")
  func leadThatIsNoBody() throws {
    let text = Self.district.replacingOccurrences(
      of: "4\tSắp xếp thôn, tổ dân phố\tPhòng Nội vụ", with: "4\tSắp xếp thôn, tổ dân phố\tthị trấn"
    )
    #expect(throws: LedgerError.leadNotABody(line: 15, text: "thị trấn")) {
      _ = try prepared(text)
    }
    var options = PlanImportOptions()
    options.review = true
    let (_, plan) = try prepared(text, options: options)
    let kept = try row(plan, "PL1-2-4")
    #expect(kept.lead.isEmpty)
    #expect(kept.flags.contains(.notABody))
    #expect(!plan.taskIDs.contains(kept.task))
    let message = LedgerError.leadNotABody(line: 15, text: "thị trấn").message(.vi)
    #expect(message.contains("Dòng 15") && message.contains("--review"))
  }

  @Test(
    "A collective lead is no unit: the task keeps its text, and check fails clear responsibility")
  func collectiveIsNoUnit() throws {
    let (ledger, plan) = try prepared(Self.district)
    for collective in ["UBND các xã, phường, thị trấn", "UBND cấp huyện"] {
      #expect(!plan.newUnits.contains(collective))
    }
    let towns = try row(plan, "PL1-1-2")
    #expect(towns.lead.isEmpty)
    #expect(towns.collectiveLead == "UBND các xã, phường, thị trấn")
    #expect(try row(plan, "PL1-2-3").collectiveLead == "UBND cấp huyện")
    _ = try ledger.recordAll(plan.commands, actor: "thư ký", effective: Fixtures.day("10/02/2025"))
    #expect(try ledger.units().allSatisfy { $0.code != TaskAssigned.collectiveLeadCode })
    let task = try #require(try ledger.task(TaskID("PL1-1-2")!))
    #expect(task.leadUnit == TaskAssigned.collectiveLeadCode)
    #expect(task.collectiveLead == "UBND các xã, phường, thị trấn")
    let view = try #require(try ledger.board().tasks.first { $0.task.id == task.id })
    let findings = FiveClearRules.findings(for: view)
    let responsibility = try #require(findings.first { $0.clear == .responsibility })
    #expect(responsibility.rule == "responsibility.collective_lead")
    #expect(responsibility.vi.contains("“UBND các xã, phường, thị trấn”"))
    let person = try #require(findings.first { $0.clear == .person })
    #expect(!person.vi.contains(TaskAssigned.collectiveLeadCode.rawValue))
    // Named by a person later, the task has one lead and is no collective any more.
    _ = try ledger.record(
      .reassignLead(
        TaskID("PL1-1-2")!, lead: "Phòng Tư pháp", reason: "Chỉ định đầu mối", due: nil),
      actor: "thư ký", effective: Fixtures.day("10/02/2025"))
    let named = try #require(try ledger.task(TaskID("PL1-1-2")!))
    #expect(named.collectiveLead == nil)
    #expect(throws: LedgerError.invalidUnitCode("TAP-THE")) {
      _ = try ledger.record(
        .registerUnit(name: "Tập thể", code: "TAP-THE"), actor: "thư ký",
        effective: Fixtures.day("10/02/2025"))
    }
  }

  @Test("A parenthesised sub-body belongs to the body before it: one lead, the parenthesis a note")
  func subBodyInParentheses() throws {
    let reading = UnitCellReader.read("Bộ KH&ĐT (Tổng cục Thống kê)")
    #expect(reading.names == ["Bộ KH&ĐT"])
    #expect(reading.notes == ["Tổng cục Thống kê"])
    // On a line of its own in the cell (a Word or CSV cell), the parenthesis still belongs above.
    let wrapped = UnitCellReader.read("Sở Nội vụ\n(Phòng Công chức, viên chức)")
    #expect(wrapped.names == ["Sở Nội vụ"])
    #expect(wrapped.notes == ["Phòng Công chức, viên chức"])
    // Words after a name that say its part are a note to flag, not a sentence to refuse.
    let role = UnitCellReader.read("Sở Nội vụ là cơ quan thường trực")
    #expect(role.names == ["Sở Nội vụ"])
    #expect(role.doubtful == ["là cơ quan thường trực"])
    #expect(
      UnitCellReader.read("Bộ Tài chính (Tổng cục Thuế), Bộ Công an").names == [
        "Bộ Tài chính", "Bộ Công an",
      ])
    let (_, plan) = try prepared(Self.district)
    let statistics = try row(plan, "PL1-2-1")
    #expect(statistics.lead == "Bộ KH&ĐT")
    #expect(statistics.coLeads.isEmpty)
    #expect(statistics.notes == ["Tổng cục Thống kê"])
    #expect(statistics.flags.contains(.noteInParentheses))
    #expect(!statistics.flags.contains(.severalLeads))
  }

  @Test("A deadline before the plan's date names the row; a review keeps the row flagged")
  func deadlineBeforePlan() throws {
    let text = Self.district.replacingOccurrences(
      of: "Phòng Nội vụ\t12/2025", with: "Phòng Nội vụ\t01/01/2025")
    #expect(throws: LedgerError.self) { _ = try prepared(text) }
    do {
      _ = try prepared(text)
    } catch let LedgerError.planDeadlineBeforeDate(line, text, _, _) {
      #expect(line == 14)
      #expect(text == "01/01/2025")
    }
    var options = PlanImportOptions()
    options.review = true
    let (_, plan) = try prepared(text, options: options)
    let early = try row(plan, "PL1-2-3")
    #expect(early.flags.contains(.deadlineBeforePlan))
    #expect(!plan.taskIDs.contains(early.task))
    let records = PlanReview.records(plan, name: { $0 })
    let written = try #require(records.first { $0.first == "PL1-2-3" })
    #expect(written[14].contains("thời hạn sớm hơn ngày của kế hoạch"))
    // Corrected by a person, the review imports.
    var corrected = records
    let index = try #require(corrected.firstIndex { $0.first == "PL1-2-3" })
    corrected[index][12] = "31/12/2025"
    let (registration, rows) = try PlanReview.read(corrected)
    let (ledger, _) = try Fixtures.ledger(at: "10/02/2025")
    var reviewOptions = PlanImportOptions()
    reviewOptions.assignedOn = Fixtures.day("10/02/2025")
    let reviewed = try ledger.prepareImport(
      review: registration, rows: rows, options: reviewOptions)
    #expect(reviewed.taskIDs.contains(TaskID("PL1-2-3")!))
    // The review keeps the phrase that names no coordinator: check still warns after it (trial).
    #expect(written.count == 15)
    let first = try #require(records.first { $0.first == "PL1-1-1" })
    #expect(first[10] == "Các phòng, ban liên quan")
    _ = try ledger.recordAll(
      reviewed.commands, actor: "thư ký", effective: Fixtures.day("10/02/2025"))
    #expect(try ledger.units().allSatisfy { !UnitNames.isVague($0.name) })
    let view = try #require(try ledger.board().tasks.first { $0.task.id.rawValue == "PL1-1-1" })
    let responsibility = try #require(
      FiveClearRules.findings(for: view).first { $0.clear == .responsibility })
    #expect(responsibility.rule == "responsibility.vague_support")
  }

  @Test("Numbered group headings are sections of the rows under them, never tasks")
  func numberedGroupHeadings() throws {
    let parsed = try PlanParser.parse(text: Self.district)
    #expect(parsed.rows.count == 6)
    #expect(parsed.rows.map(\.section) == ["1", "1", "2", "2", "2", "2"])
    #expect(!parsed.rows.contains { $0.task.hasPrefix("Nhóm nhiệm vụ") })
    #expect(parsed.rows.map { $0.taskID()?.rawValue ?? "" }.first == "PL1-1-1")
    // Under a Roman section, the number goes after it; a heading in one cell reads the same.
    let roman = """
      STT\tNội dung\tCơ quan chủ trì\tThời hạn
      I\tTHỂ CHẾ\t\t
      1. Nhóm văn bản\t\t\t
      1\tRà soát văn bản\tPhòng Tư pháp\t6/2026
      2.\tNhóm thủ tục\t\t
      1\tCông khai thủ tục\tPhòng Tư pháp\t9/2026
      """
    let rows = try PlanParser.parse(text: roman).rows
    #expect(rows.map(\.section) == ["I-1", "I-2"])
    #expect(rows.map(\.row) == ["1", "1"])
    // A heading with no number is not the rest of the row above (trial).
    let unnumbered = """
      STT\tNội dung\tCơ quan chủ trì\tThời hạn
      1\tRà soát văn bản\tPhòng Tư pháp\t6/2026
      \tNHÓM NHIỆM VỤ VỀ DỮ LIỆU\t\t
      2\tLàm sạch dữ liệu dân cư\tCông an xã\t9/2026
      \tNhóm nhiệm vụ về đào tạo\t\t
      3\tĐào tạo kỹ năng số\tPhòng Văn hóa - Xã hội\t12/2026
      \tcho người dân\t\t
      """
    let plain = try PlanParser.parse(text: unnumbered).rows
    #expect(
      plain.map(\.task) == [
        "Rà soát văn bản", "Làm sạch dữ liệu dân cư", "Đào tạo kỹ năng số cho người dân",
      ])
    #expect(plain.map(\.continued) == [false, false, true])
  }

  @Test("A plan that assigns by paragraph is refused even when no line opens “<unit> chủ trì”")
  func proseWithoutLeadingUnit() throws {
    let prose = """
      UBND XÃ AN BÌNH
      KẾ HOẠCH
      Thực hiện chuyển đổi số năm 2026
      III. TỔ CHỨC THỰC HIỆN
      1. Giao Sở Tài chính chủ trì, phối hợp với các đơn vị bố trí kinh phí thực hiện kế hoạch.
      2. Đề nghị UBND xã An Bình triển khai các nội dung của kế hoạch trên địa bàn.
      3. Việc tuyên truyền trên hệ thống loa do Phòng Văn hóa - Xã hội thực hiện hằng tháng.
      """
    #expect(throws: LedgerError.self) { _ = try PlanParser.parse(text: prose) }
    do {
      _ = try PlanParser.parse(text: prose)
    } catch let LedgerError.tasksInProse(line, _) {
      #expect(line == 5)
    }
    for sentence in [
      "Giao Sở Tài chính chủ trì, phối hợp với các đơn vị bố trí kinh phí.",
      "Đề nghị UBND xã An Bình triển khai các nội dung của kế hoạch.",
      "Việc tuyên truyền trên hệ thống loa do Phòng Văn hóa - Xã hội thực hiện hằng tháng.",
    ] {
      #expect(PlanParser.isProseAssignment(sentence), "\(sentence)")
    }
    #expect(!PlanParser.isProseAssignment("Mục đích của kế hoạch là nâng cao chất lượng."))
  }

  @Test("A Word or Excel row is named by its table or sheet and its row there (trial)")
  func placesInDocuments() throws {
    let header = ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"]
    var document = PlanDocument(
      blocks: [
        .text("KẾ HOẠCH"), .text("Chuyển đổi số năm 2026"), .appendix(1),
        .table([
          ["Phụ lục I", "Phụ lục I", "Phụ lục I", "Phụ lục I", "Phụ lục I"], header,
          ["1", "Làm sạch dữ liệu dân cư", "Công an xã", "thôn, tổ dân phố", "Tháng 6/2026"],
        ]),
        .appendix(2),
        .table([header, ["1", "Số hóa hồ sơ", "Phòng Kinh tế", "", "Tháng 13/2026"]]),
      ], fallbackTitle: "ke-hoach")
    document.tablePlaces = [.sheet("PL1"), .sheet("Nhiệm vụ 2")]
    let parsed = try PlanParser.parse(document: document)
    #expect(parsed.rows.map(\.line) == [3, 2])
    #expect(
      parsed.rows.map { $0.whereLabel(.vi) } == [
        "trang tính “PL1”, hàng 3", "trang tính “Nhiệm vụ 2”, hàng 2",
      ])
    #expect(RowPlace(table: .wordTable(2), row: 5).label(.en) == "table 2, row 5")
    let (ledger, _) = try Fixtures.ledger(at: "05/01/2026")
    // A refused row is named by its sheet and row there, as a person opening the workbook finds it.
    do {
      _ = try ledger.prepareImport(parsed, options: PlanImportOptions())
      Issue.record("an unreadable deadline was taken")
    } catch let error as LedgerError {
      #expect(
        error.message(.vi).hasPrefix("Trang tính “Nhiệm vụ 2”, hàng 2: không đọc được thời hạn"),
        "\(error.message(.vi))")
      #expect(error.message(.en).hasPrefix("Sheet “Nhiệm vụ 2”, row 2:"))
    }
    #expect(LedgerError.rowWithoutLead(line: 7).message(.vi).hasPrefix("Dòng 7:"))
    var options = PlanImportOptions()
    options.review = true
    let plan = try ledger.prepareImport(parsed, options: options)
    // "thôn, tổ dân phố" in lower case names the villages, not a body: no unit.
    #expect(plan.newUnits == ["Công an xã", "Phòng Kinh tế"])
    #expect(plan.rows[0].doubtful == ["thôn, tổ dân phố"])
    let records = PlanReview.records(plan, name: { $0 })
    #expect(records[2][4] == "trang tính “PL1”, hàng 3")
    let (_, rows) = try PlanReview.read(
      records.map { $0.map { $0 == "Không đọc được" ? "30/06/2026" : $0 } })
    #expect(rows.map(\.source.line) == [3, 2])
  }
}
