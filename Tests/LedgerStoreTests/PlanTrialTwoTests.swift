import Foundation
import LedgerTestSupport
import Testing

@testable import LedgerCore
@testable import LedgerStore

/// Defects a second trial with hand-written plans found in plan import, each on a fixture
/// written here.
@Suite("Plan import: a second trial with hand-written plans")
struct PlanTrialTwoTests {
  /// A commune plan written for these tests: a row cut inside its task cell by a page break,
  /// a row cut inside its deadline ("Tháng 6/" + "2026"), a sub-item line that is no task, a
  /// group as coordinator, and a lead cell that marks its lead and its coordinator.
  static let commune = """
    UBND XÃ HÒA BÌNH
    Số: 12/KH-UBND
    Hòa Bình, ngày 05 tháng 02 năm 2026
    KẾ HOẠCH
    Phòng chống dịch bệnh năm 2026
    PHỤ LỤC
    STT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\tSản phẩm
    I\tCÔNG TÁC CHUẨN BỊ\t\t\t\t
    1\tRà soát danh sách hộ nghèo\tPhòng Văn hóa - Xã hội\tCông an xã\tQuý I/2026\tDanh sách
    2\tChuẩn bị cơ số thuốc, hóa chất theo nguyên tắc
    "ba sẵn sàng"\tTrạm Y tế xã\tPhòng Kinh tế\tTháng 5/2026\tDanh mục thuốc
    3\tLập kế hoạch tiêm phòng cho gia súc\tPhòng Kinh tế\tTrạm Y tế xã\tTháng 6/
    2026\tKế hoạch
    a)\tTiêm phòng đợt một\t\t\t\t
    4\tPhun thuốc khử trùng\tTrạm Y tế xã\tUBND các xã, phường\t30/06/2026\tBiên bản
    5\tTuyên truyền phòng dịch\tPhòng Văn hóa - Xã hội (chủ trì), Trạm Y tế xã (phối hợp)\t\tTháng 7/2026\tTin bài
    """

  /// A row with an empty lead cell (line 17).
  static let emptyLead =
    commune + "\n6\tVệ sinh môi trường khu dân cư\t\tCác thôn\tThường xuyên\tBáo cáo"

  /// A row whose coordinator is a role, not a body (line 17).
  static let roleAsCoordinator =
    commune
    + "\n6\tKiểm tra các hộ chăn nuôi\tPhòng Kinh tế\tTrưởng thôn các thôn\t30/09/2026\tBiên bản"

  /// A provincial CSV whose second group heading names a unit in its lead cell.
  static let headings: [[String]] = [
    [
      "STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành",
      "Sản phẩm",
    ],
    ["I", "NHIỆM VỤ CHUNG", "", "", "", ""],
    ["1.", "Về thể chế", "", "", "", ""],
    ["1", "Rà soát quy định A", "Sở Tư pháp", "", "Quý II/2026", "Báo cáo"],
    ["2", "Cập nhật quy định B", "Sở Tư pháp", "", "Quý III/2026", "Báo cáo"],
    ["2.", "Về bộ máy", "Sở Xây dựng", "", "", ""],
    ["1", "Sắp xếp đơn vị C", "Sở Nội vụ", "", "Quý IV/2026", "Đề án"],
  ]

  func options(review: Bool = false, lenient: Bool = false) -> PlanImportOptions {
    var options = PlanImportOptions(lenient: lenient)
    options.assignedOn = Fixtures.day("05/02/2026")
    options.review = review
    return options
  }

  func prepared(_ text: String, options: PlanImportOptions) throws -> (Ledger, PlanImport) {
    let (ledger, _) = try Fixtures.ledger(at: "05/02/2026")
    return (ledger, try ledger.prepareImport(try PlanParser.parse(text: text), options: options))
  }

  func row(_ plan: PlanImport, _ id: String) throws -> RowReading {
    try #require(plan.rows.first { $0.task.rawValue == id })
  }

  /// The responsibility finding of a recorded task.
  func responsibility(_ ledger: Ledger, _ id: String) throws -> Finding {
    let view = try #require(try ledger.board().tasks.first { $0.task.id.rawValue == id })
    return try #require(FiveClearRules.findings(for: view).first { $0.clear == .responsibility })
  }

  @Test("A row a page break cut inside a cell is joined and flagged, never dropped")
  func rowCutInsideACell() throws {
    let (_, plan) = try prepared(Self.commune, options: options())
    #expect(
      plan.taskIDs.map(\.rawValue) == ["PL1-I-1", "PL1-I-2", "PL1-I-3", "PL1-I-4", "PL1-I-5"])
    let supplies = try row(plan, "PL1-I-2")
    #expect(supplies.row.task == "Chuẩn bị cơ số thuốc, hóa chất theo nguyên tắc \"ba sẵn sàng\"")
    #expect(supplies.row.line == 10)
    #expect(supplies.row.result == "Danh mục thuốc")
    #expect(supplies.flags.contains(.joinedContinuation))
    #expect(supplies.deadline == .date(Fixtures.day("31/05/2026")))
    // A date cut after its slash joins without a space.
    let vaccines = try row(plan, "PL1-I-3")
    #expect(vaccines.row.deadline == "Tháng 6/2026")
    #expect(vaccines.deadline == .date(Fixtures.day("30/06/2026")))
    #expect(vaccines.flags.contains(.joinedContinuation))
    // A page break's mark between the two pieces does not keep them apart.
    let marked = Self.commune.replacingOccurrences(
      of: "nguyên tắc\n", with: "nguyên tắc\n--- Page Break ---\n")
    let (_, again) = try prepared(marked, options: options())
    #expect(try row(again, "PL1-I-2").row.task == supplies.row.task)
    #expect(try row(again, "PL1-I-3").row.line == 13)
    #expect(PlanTableReader.isPageMark("- 12 -") && PlanTableReader.isPageMark("Trang 3"))
    #expect(!PlanTableReader.isPageMark("Nơi nhận:"))
    #expect(PlanTableReader.joinPieces("Tháng 6/", "2026") == "Tháng 6/2026")
    #expect(PlanTableReader.joinPieces("hành ch", "ính công") == "hành chính công")
  }

  @Test("A table line that is no task, heading or continuation is flagged with its text")
  func lineThatIsNoTask() throws {
    let (_, plan) = try prepared(Self.commune, options: options())
    let vaccines = try row(plan, "PL1-I-3")
    #expect(vaccines.row.unplaced == ["a) Tiêm phòng đợt một"])
    #expect(vaccines.flags.contains(.unplacedLine))
    #expect(
      RowFlag.unplacedLine.label(.vi, on: vaccines)
        == "dòng trong bảng không đọc thành nhiệm vụ, cần xem: “a) Tiêm phòng đợt một”")
    let records = PlanReview.records(plan, name: { $0 })
    let written = try #require(records.first { $0.first == "PL1-I-3" })
    #expect(written[14].contains("“a) Tiêm phòng đợt một”"))
    // A cut-off piece with nothing to join to is kept too.
    let loose = Self.commune.replacingOccurrences(
      of: "\"ba sẵn sàng\"\tTrạm Y tế xã\tPhòng Kinh tế\tTháng 5/2026\tDanh mục thuốc",
      with: "\"ba sẵn sàng\"\tTrạm Y tế xã\tPhòng Kinh tế\tTháng 5/2026\tDanh mục thuốc\tx\ty")
    let (_, cut) = try prepared(loose, options: options(review: true))
    // (The row before it then reads as a heading; the piece is flagged on the row before.)
    let flagged = cut.rows.filter { reading in
      reading.flags.contains(.unplacedLine)
        && reading.row.unplaced.contains { $0.hasPrefix("\"ba sẵn sàng\"") }
    }
    #expect(flagged.count == 1)
  }

  @Test("A numbered heading with a lead cell is a heading: ids stay unique, the cell is flagged")
  func headingWithLeadCell() throws {
    let (ledger, _) = try Fixtures.ledger(at: "05/02/2026")
    let parsed = try PlanParser.parse(records: Self.headings, title: "Kế hoạch thử")
    let plan = try ledger.prepareImport(parsed, options: options())
    #expect(plan.taskIDs.map(\.rawValue) == ["KH-I-1-1", "KH-I-1-2", "KH-I-2-1"])
    #expect(!plan.newUnits.contains("Sở Xây dựng"))
    let first = try row(plan, "KH-I-2-1")
    #expect(first.flags.contains(.unplacedLine))
    #expect(first.row.unplaced == ["2. Về bộ máy — Sở Xây dựng"])
    _ = try ledger.recordAll(plan.commands, actor: "thư ký", effective: Fixtures.day("05/02/2026"))
    #expect(try ledger.task(TaskID("KH-I-2-1")!)?.title == "Sắp xếp đơn vị C")
  }

  @Test("Two rows of one id: the import names both rows in its own terms; a review keeps both")
  func repeatedTaskID() throws {
    var records = Self.headings
    records[4][0] = "1"
    let (ledger, _) = try Fixtures.ledger(at: "05/02/2026")
    let parsed = try PlanParser.parse(records: records, title: "Kế hoạch thử")
    let id = TaskID("KH-I-1-1")!
    #expect(throws: LedgerError.planTaskIDRepeated(line: 5, task: id, first: 4)) {
      _ = try ledger.prepareImport(parsed, options: options())
    }
    let message = LedgerError.planTaskIDRepeated(line: 5, task: id, first: 4).message(.vi)
    #expect(message.contains("Dòng 5") && message.contains("dòng 4") && message.contains("STT"))
    #expect(message.contains("--review") && !message.contains("--id"))
    let reviewed = try ledger.prepareImport(parsed, options: options(review: true))
    #expect(reviewed.rows.count == 3)
    #expect(reviewed.taskIDs.map(\.rawValue) == ["KH-I-1-1", "KH-I-2-1"])
    #expect(reviewed.rows[1].flags.contains(.duplicateID))
    #expect(!reviewed.rows[0].flags.contains(.duplicateID))
  }

  @Test("A review keeps a row with an empty lead cell, flagged for a person to fill")
  func reviewKeepsEmptyLead() throws {
    #expect(throws: LedgerError.rowWithoutLead(line: 17)) {
      _ = try prepared(Self.emptyLead, options: options())
    }
    let (_, plan) = try prepared(Self.emptyLead, options: options(review: true))
    let hygiene = try row(plan, "PL1-I-6")
    #expect(hygiene.lead.isEmpty)
    #expect(hygiene.flags.contains(.noLead))
    #expect(!plan.taskIDs.contains(hygiene.task))
    let written = try #require(
      PlanReview.records(plan, name: { $0 }).first { $0.first == "PL1-I-6" })
    #expect(written[7].isEmpty)
    #expect(written[14].contains("không ghi cơ quan chủ trì, cần điền"))
  }

  @Test("A role in the coordinating cell is flagged not_a_body with --lenient and in a review")
  func roleAsCoordinator() throws {
    #expect(throws: LedgerError.unitNameIsProse(line: 17, text: "Trưởng thôn các thôn")) {
      _ = try prepared(Self.roleAsCoordinator, options: options())
    }
    for options in [options(lenient: true), options(review: true)] {
      let (_, plan) = try prepared(Self.roleAsCoordinator, options: options)
      let farms = try row(plan, "PL1-I-6")
      #expect(farms.coordinators.isEmpty)
      #expect(farms.doubtful == ["Trưởng thôn các thôn"])
      #expect(farms.flags.contains(.notABody))
      #expect(plan.taskIDs.contains(farms.task))
      #expect(!plan.newUnits.contains("Trưởng thôn các thôn"))
    }
  }

  @Test("A group named as coordinator gets check's warning with its text, also after a review")
  func groupAsCoordinator() throws {
    let (ledger, plan) = try prepared(Self.commune, options: options())
    #expect(try row(plan, "PL1-I-4").flags.contains(.vagueCoordinators))
    _ = try ledger.recordAll(plan.commands, actor: "thư ký", effective: Fixtures.day("05/02/2026"))
    let finding = try responsibility(ledger, "PL1-I-4")
    #expect(finding.rule == "responsibility.vague_support")
    #expect(finding.severity == .warning)
    #expect(finding.vi.contains("“UBND các xã, phường”"))
    // The review round trip keeps the warning.
    let (registration, rows) = try PlanReview.read(PlanReview.records(plan, name: { $0 }))
    let (again, _) = try Fixtures.ledger(at: "05/02/2026")
    let reviewed = try again.prepareImport(review: registration, rows: rows, options: options())
    _ = try again.recordAll(
      reviewed.commands, actor: "thư ký", effective: Fixtures.day("05/02/2026"))
    let after = try responsibility(again, "PL1-I-4")
    #expect(after.rule == "responsibility.vague_support")
    #expect(after.vi.contains("“UBND các xã, phường”"))
  }

  @Test("A lead cell that marks “(chủ trì)” and “(phối hợp)” reads one lead and a coordinator")
  func markedLeadCell() throws {
    let (ledger, plan) = try prepared(Self.commune, options: options())
    let campaign = try row(plan, "PL1-I-5")
    #expect(campaign.coLeads.isEmpty)
    #expect(!campaign.flags.contains(.severalLeads))
    #expect(!campaign.flags.contains(.noteInParentheses))
    _ = try ledger.recordAll(plan.commands, actor: "thư ký", effective: Fixtures.day("05/02/2026"))
    let task = try #require(try ledger.task(TaskID("PL1-I-5")!))
    let units = try ledger.units()
    func name(_ code: UnitCode) -> String? { units.first { $0.code == code }?.name }
    #expect(name(task.leadUnit) == "Phòng Văn hóa - Xã hội")
    #expect(task.supportingUnits.compactMap(name) == ["Trạm Y tế xã"])
    #expect((task.coLeads ?? []).isEmpty)
    // check does not call the marked cell several leads.
    #expect(try responsibility(ledger, "PL1-I-5").rule == "responsibility.one_lead")
    let split = LeadCellMarkers.split("Sở Y tế (Chi cục Dân số) (chủ trì), Sở Tài chính (phối hợp)")
    #expect(split.lead == "Sở Y tế (Chi cục Dân số)")
    #expect(split.coordinators == "Sở Tài chính")
  }

  @Test("“Tháng 12 hằng năm” is due each year on the month's last day")
  func monthEachYear() throws {
    let reader = DeadlineReader(reportingDay: nil, year: 2026)
    #expect(reader.read("Tháng 12 hằng năm")?.deadline.0 == .yearly(day: 31, month: 12))
    #expect(reader.read("tháng 6 hàng năm")?.deadline.0 == .yearly(day: 30, month: 6))
    #expect(reader.read("Tháng 13 hằng năm") == nil)
    let text = Self.commune.replacingOccurrences(of: "Quý I/2026", with: "Tháng 12 hằng năm")
    let (_, plan) = try prepared(text, options: options())
    #expect(try row(plan, "PL1-I-1").deadline == .yearly(day: 31, month: 12))
  }

  @Test("A review file's unusable deadline or repeated id is refused saying what the column takes")
  func reviewRefusalsSayWhatToWrite() throws {
    let (_, plan) = try prepared(Self.commune, options: options())
    var records = PlanReview.records(plan, name: { $0 })
    let index = try #require(records.firstIndex { $0.first == "PL1-I-4" })
    records[index][12] = "2026-06-30"
    #expect(throws: LedgerError.badReviewRow(line: 6, column: "Thời hạn", text: "2026-06-30")) {
      _ = try PlanReview.read(records)
    }
    let message = LedgerError.badReviewRow(line: 6, column: "Thời hạn", text: "2026-06-30")
      .message(.vi)
    #expect(message.contains("“30/06/2026”") && message.contains("“Quý II/2026”"))
    #expect(message.contains("không dùng dạng 2026-06-30"))
    records[index][12] = "30/06/2026"
    records[index][0] = "PL1-I-3"
    #expect(throws: LedgerError.badReviewRow(line: 6, column: "Mã nhiệm vụ", text: "PL1-I-3")) {
      _ = try PlanReview.read(records)
    }
    #expect(
      LedgerError.badReviewRow(line: 6, column: "Mã nhiệm vụ", text: "PL1-I-3").message(.en)
        .contains("a task id of its own"))
  }
}
