import Foundation
import LedgerCore
import LedgerStore

/// A plausible year of the seed plan, showing the accountability rules at work.
///
/// Appointments (the new chair's decided ahead), an acting director after a vacancy, a unit
/// registered by mistake merged away, a plan amended, a mid-year hand-over, reports (the year's marked as such), an extension, a
/// completion filed late, a completion done late, a correction, an overdue task reassigned to
/// another unit, and an extension granted after the deadline. Two units have a head titled "Trưởng phòng"; each answers only in their own unit.
/// Work is followed up: VHXH acknowledges receiving PL1-I-1, is asked to explain PS-1 once it
/// is overdue and answers late, Công an xã reports each quarter on a quarterly obligation, and
/// PS-2's completion keeps its acceptance minutes as an evidence file.
///
/// Each step says when the clerk recorded it and the day it happened; the clock is set to the
/// recording time, so the demo gives the same ledger every time it runs.
struct DemoYear {
  /// One thing the clerk records: a command, or a correction of the step before.
  struct Step {
    var recorded: String
    var effective: String?
    var action: Action

    init(recorded: String, effective: String?, command: LedgerCommand) {
      self.recorded = recorded
      self.effective = effective
      action = .command(command)
    }

    init(
      recorded: String, effective: String?, command: LedgerCommand, attaching files: [EvidenceFile]
    ) {
      self.recorded = recorded
      self.effective = effective
      action = .attach(command, files)
    }

    init(recorded: String, retractingPreviousBecause reason: String) {
      self.recorded = recorded
      effective = nil
      action = .retractPrevious(reason)
    }
  }

  /// What a step does.
  enum Action {
    case command(LedgerCommand)
    /// A command recorded with evidence files kept in the ledger.
    case attach(LedgerCommand, [EvidenceFile])
    case retractPrevious(String)
  }

  /// The day the views are judged on: after the yearly reporting day.
  static let judgedOn = "2026-12-01T09:00:00+07:00"

  static let clerk = "Văn thư Nguyễn Thị Hoa"

  /// Records the whole year on a new ledger; returns the events written.
  static func record(on ledger: Ledger) throws -> Int {
    var count = 0
    func at(_ instant: String) throws -> Ledger {
      guard let date = LedgerClock.parseInstant(instant) else {
        throw LedgerError.invalidClock(instant)
      }
      return ledger.with(clock: .constant(date))
    }
    let start = try at("2026-01-05T08:00:00+07:00")
    try start.record(
      .registerUnit(name: "UBND xã", code: "UBND"), actor: clerk, effective: day("01/01/2026"))
    let parsed = try PlanParser.parse(text: SeedPlan.text)
    let plan = try start.prepareImport(parsed, options: PlanImportOptions())
    count +=
      1 + (try start.recordAll(plan.commands, actor: clerk, effective: day("05/01/2026"))).count
    var previous: RecordedEvent?
    for step in try steps() {
      let effective = try step.effective.map { try day($0) }
      let command: LedgerCommand
      switch step.action {
      case .command(let given): command = given
      case .attach(let given, let files):
        let events = try at(step.recorded).record(
          given, attaching: files, actor: clerk, effective: effective)
        previous = events.last
        count += events.count
        continue
      case .retractPrevious(let reason):
        command = .correct(position: previous?.position ?? 0, reason: reason)
      }
      previous = try at(step.recorded).record(command, actor: clerk, effective: effective)
      count += 1
    }
    return count
  }

  static func day(_ text: String) throws -> LocalDate {
    guard let date = LocalDate(parsing: text) else { throw LedgerError.invalidDate(text) }
    return date
  }

  static func task(_ id: String) throws -> TaskID {
    guard let task = TaskID(id) else { throw LedgerError.invalidTaskID(id) }
    return task
  }

  // swift-format-ignore
  static func steps() throws -> [Step] { [
    Step(recorded: "2026-01-05T08:30:00+07:00", effective: "01/01/2026",
         command: .appointHead(unit: "UBND", person: "Nguyễn Văn An", role: "Chủ tịch UBND xã")),
    Step(recorded: "2026-01-05T08:31:00+07:00", effective: "01/01/2026",
         command: .appointHead(unit: "Phòng Văn hóa - Xã hội", person: "Trần Thị Bình", role: "Trưởng phòng")),
    Step(recorded: "2026-01-05T08:32:00+07:00", effective: "01/01/2026",
         command: .appointHead(unit: "Trung tâm Phục vụ hành chính công xã", person: "Lê Thị Hồng", role: "Giám đốc")),
    Step(recorded: "2026-01-05T08:33:00+07:00", effective: "01/01/2026",
         command: .appointHead(unit: "Phòng Kinh tế", person: "Hoàng Văn Dũng", role: "Trưởng phòng")),
    Step(recorded: "2026-01-05T08:34:00+07:00", effective: "01/01/2026",
         command: .appointHead(unit: "Công an xã", person: "Đỗ Minh Quân", role: "Trưởng Công an xã")),
    // Two tasks of the commune's own: one VHXH lets pass its deadline and is handed to KT, one
    // whose extension is granted after its deadline.
    Step(recorded: "2026-01-06T09:00:00+07:00", effective: "06/01/2026",
         command: .assignTask(AssignTask(id: try task("PS-1"), title: "Số hóa sổ hộ tịch lưu trữ của xã giai đoạn 2015–2020", headRole: "Trưởng phòng", leadUnit: "VHXH", expectedResult: "12.000 trang sổ hộ tịch số hóa trên phần mềm", deadline: .date(try day("30/04/2026"))))),
    Step(recorded: "2026-01-06T09:05:00+07:00", effective: "06/01/2026",
         command: .assignTask(AssignTask(id: try task("PS-2"), title: "Lắp đặt ki-ốt tra cứu thủ tục hành chính tại bộ phận một cửa", headRole: "Giám đốc", leadUnit: "Trung tâm Phục vụ hành chính công xã", expectedResult: "01 ki-ốt tra cứu vận hành", deadline: .date(try day("31/07/2026"))))),
    Step(recorded: "2026-01-07T09:00:00+07:00", effective: "07/01/2026",
         command: .acknowledgeTask(try task("PL1-I-1"), by: "Trần Thị Bình")),
    Step(recorded: "2026-01-08T09:00:00+07:00", effective: "08/01/2026",
         command: .assignTask(AssignTask(id: try task("PS-3"), title: "Báo cáo tình hình an ninh trật tự và an toàn dữ liệu trên địa bàn xã", headRole: "Trưởng Công an xã", leadUnit: "Công an xã", expectedResult: "Báo cáo quý gửi UBND xã", deadline: .recurring(.quarterly, day: nil)))),
    // A unit registered by mistake (the office's name before 2025) is removed by merging it.
    Step(recorded: "2026-02-02T09:00:00+07:00", effective: "02/02/2026",
         command: .registerUnit(name: "Phòng Văn hóa - Thông tin", code: "PVHTT")),
    Step(recorded: "2026-02-02T09:10:00+07:00", effective: "02/02/2026",
         command: .mergeUnit(unit: "PVHTT", into: "VHXH", decision: nil)),
    Step(recorded: "2026-02-10T09:00:00+07:00", effective: "10/02/2026",
         command: .startTask(try task("PL1-I-1"), by: "Trần Thị Bình")),
    // The plan left the result and the coordinating units of a task vague: amended.
    Step(recorded: "2026-03-10T09:00:00+07:00", effective: "10/03/2026",
         command: .amendTask(try task("PL2-IV-1"), AmendTask(expectedResult: "1.000 lượt người dân được đào tạo kỹ năng số", supportingUnits: ["Trung tâm Phục vụ hành chính công xã"], reason: "Kế hoạch ghi kết quả “Báo cáo” và “Các đơn vị liên quan”", decision: "15/QĐ-UBND"))),
    Step(recorded: "2026-03-20T09:00:00+07:00", effective: "20/03/2026",
         command: .reportProgress(try task("PS-1"), text: "Đã số hóa 4.000 trang", percent: 30, document: nil, by: "Trần Thị Bình")),
    Step(recorded: "2026-03-30T09:00:00+07:00", effective: "30/03/2026",
         command: .reportProgress(try task("PS-3"), text: "Báo cáo quý I: không có sự cố an toàn dữ liệu", percent: nil, document: "05/BC-CAX", by: "Đỗ Minh Quân")),
    Step(recorded: "2026-04-15T15:00:00+07:00", effective: "15/04/2026",
         command: .reportProgress(try task("PL1-I-1"), text: "Đã rà soát 5 CSDL dùng chung, kết nối xong 2", percent: 40, document: "12/BC-VHXH", by: "Trần Thị Bình")),
    Step(recorded: "2026-05-05T09:00:00+07:00", effective: "05/05/2026",
         command: .requestExplanation(try task("PS-1"), ExplanationRequested(by: "Nguyễn Văn An", due: try day("15/05/2026"), reason: "Quá hạn 30/04/2026"))),
    Step(recorded: "2026-05-20T09:00:00+07:00", effective: "20/05/2026",
         command: .explainTask(try task("PS-1"), TaskExplained(text: "Thiếu máy quét và nhân lực; đề nghị chuyển Phòng Kinh tế", by: "Trần Thị Bình", document: "20/BC-VHXH"))),
    Step(recorded: "2026-06-01T09:00:00+07:00", effective: "01/06/2026",
         command: .reassignLead(try task("PS-1"), lead: "Phòng Kinh tế", reason: "VHXH thiếu người; chuyển cho Phòng Kinh tế (quản lý phần mềm)", due: try day("31/08/2026"))),
    Step(recorded: "2026-06-20T10:00:00+07:00", effective: "20/06/2026",
         command: .reportProgress(try task("PL2-II-1"), text: "Rút ngắn 30% thời gian giải quyết 12 thủ tục hộ tịch, cư trú", percent: nil, document: "18/BC-TTPVHCC", by: "Lê Thị Hồng", annual: true)),
    // The new chair's appointment is decided on 25/06, to take effect on 01/07.
    Step(recorded: "2026-06-25T08:00:00+07:00", effective: "01/07/2026",
         command: .appointHead(unit: "UBND", person: "Phạm Anh Tuấn", role: "Chủ tịch UBND xã", replaces: "Nguyễn Văn An", decision: "120/QĐ-UBND")),
    Step(recorded: "2026-06-29T09:00:00+07:00", effective: "29/06/2026",
         command: .reportProgress(try task("PS-3"), text: "Báo cáo quý II", percent: nil, document: "11/BC-CAX", by: "Đỗ Minh Quân")),
    Step(recorded: "2026-07-05T10:00:00+07:00", effective: "28/06/2026",
         command: .completeTask(try task("PL1-I-1"), result: "5 CSDL dùng chung đưa vào khai thác", evidence: "25/BC-VHXH", by: "Trần Thị Bình")),
    Step(recorded: "2026-07-05T10:05:00+07:00", effective: "05/07/2026",
         command: .reportProgress(try task("PL2-III-1"), text: "Đã kết nối 5 CSDL dùng chung", percent: 100, document: nil, by: nil)),
    Step(recorded: "2026-07-05T10:10:00+07:00", retractingPreviousBecause: "Báo cáo nhập nhầm nhiệm vụ (thuộc PL1-I-1)"),
    Step(recorded: "2026-08-05T09:00:00+07:00", effective: "05/08/2026",
         command: .extendDeadline(try task("PS-2"), to: try day("31/08/2026"), reason: "Nhà cung cấp giao ki-ốt chậm", approvedBy: "Phạm Anh Tuấn")),
    Step(recorded: "2026-08-20T15:00:00+07:00", effective: "20/08/2026",
         command: .completeTask(try task("PS-1"), result: "12.400 trang sổ hộ tịch số hóa", evidence: "30/BC-KT", by: "Hoàng Văn Dũng")),
    Step(recorded: "2026-08-25T15:00:00+07:00", effective: "25/08/2026",
         command: .completeTask(try task("PS-2"), result: "Ki-ốt tra cứu vận hành tại bộ phận một cửa", evidence: "32/BC-TTPVHCC", by: "Lê Thị Hồng"),
         attaching: [EvidenceFile(name: "bien-ban-nghiem-thu-ki-ot.txt", bytes: Data("BIÊN BẢN NGHIỆM THU\nKi-ốt tra cứu thủ tục hành chính đã lắp đặt và vận hành ngày 25/08/2026.\n".utf8))]),
    // The centre's director retires; after a few days without a head, an acting director answers.
    Step(recorded: "2026-08-31T16:00:00+07:00", effective: "31/08/2026",
         command: .vacateHead(unit: "Trung tâm Phục vụ hành chính công xã", decision: "70/QĐ-UBND")),
    Step(recorded: "2026-09-03T08:00:00+07:00", effective: "03/09/2026",
         command: .appointHead(unit: "Trung tâm Phục vụ hành chính công xã", person: "Vũ Thị Lan", role: "Giám đốc", acting: true, decision: "72/QĐ-UBND")),
    Step(recorded: "2026-09-10T09:00:00+07:00", effective: "10/09/2026",
         command: .assignTask(AssignTask(id: try task("PS-4"), title: "Triển khai thanh toán trực tuyến phí, lệ phí tại bộ phận một cửa", headRole: "Giám đốc", leadUnit: "Trung tâm Phục vụ hành chính công xã", expectedResult: "100% phí, lệ phí thu qua thanh toán trực tuyến", deadline: .date(try day("30/11/2026"))))),
    Step(recorded: "2026-09-24T09:00:00+07:00", effective: "24/09/2026",
         command: .reportProgress(try task("PS-3"), text: "Báo cáo quý III", percent: nil, document: "17/BC-CAX", by: "Đỗ Minh Quân")),
    Step(recorded: "2026-09-25T14:00:00+07:00", effective: "25/09/2026",
         command: .extendDeadline(try task("PL1-I-2"), to: try day("31/10/2026"), reason: "Chờ Sở Khoa học và Công nghệ hướng dẫn chuẩn kết nối", approvedBy: "Phạm Anh Tuấn")),
    Step(recorded: "2026-11-10T09:00:00+07:00", effective: "05/11/2026",
         command: .completeTask(try task("PL1-I-2"), result: "Kết nối 3/5 CSDL với nền tảng dữ liệu thành phố", evidence: "41/BC-VHXH", by: "Trần Thị Bình")),
    Step(recorded: "2026-11-20T16:00:00+07:00", effective: "20/11/2026",
         command: .reportProgress(try task("PL2-IV-1"), text: "Đào tạo kỹ năng số cho 1.250 lượt người dân qua Tổ công nghệ số cộng đồng", percent: nil, document: "45/BC-VHXH", by: "Trần Thị Bình", annual: true)),
    Step(recorded: "2026-11-25T15:00:00+07:00", effective: "25/11/2026",
         command: .completeTask(try task("PS-4"), result: "Thanh toán trực tuyến vận hành tại bộ phận một cửa", evidence: "52/BC-TTPVHCC", by: "Vũ Thị Lan")),
  ] }
}
