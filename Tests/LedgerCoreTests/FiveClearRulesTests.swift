import LedgerCore
import LedgerTestSupport
import Testing

@Suite("Five-clear rules")
struct FiveClearRulesTests {
  /// A task with sensible defaults, judged on 01/07/2026 with a chair and a lead head named.
  func view(
    title: String = "Xây dựng cơ sở dữ liệu đất đai của xã",
    deadline: Deadline = .date(Fixtures.day("30/06/2026")),
    reporting: DayOfYear? = nil, result: String = "Cơ sở dữ liệu vận hành",
    source: TaskSource? = nil, headPerson: String? = "Nguyễn Văn An",
    leadHead: String? = "Trần Thị Bình"
  ) -> TaskView {
    let task = TaskState(
      id: TaskID("PL1-I-1")!, title: title, headRole: "Chủ tịch UBND xã",
      leadUnit: UnitCode("VHXH")!, supportingUnits: [], expectedResult: result, deadline: deadline,
      originalDeadline: deadline, plan: nil, reportingDay: reporting, source: source,
      status: .assigned, assignedOn: Fixtures.day("05/01/2026"), startedOn: nil, completedOn: nil,
      completion: nil, cancelledOn: nil, pausedOn: nil, statusReason: nil, lastReportOn: nil,
      reportCount: 0, extensionCount: 0, lastPosition: 1)
    return TaskView(
      task: task,
      charge: Charge(
        unit: task.leadUnit, bucket: .overdue, due: Fixtures.day("30/06/2026"),
        decidingDay: Fixtures.day("30/06/2026")),
      headPerson: headPerson, roleUnit: UnitCode("UBND")!,
      headUnit: headPerson == nil ? nil : UnitCode("UBND")!, leadUnitHead: leadHead)
  }

  func source(
    lead: String = "Phòng Văn hóa - Xã hội", support: String? = "Công an xã",
    deadline: String = "Tháng 6/2026"
  ) -> TaskSource {
    TaskSource(
      appendix: 1, section: "I", row: "1", line: 10, leadText: lead, supportText: support,
      deadlineText: deadline)
  }

  func rules(_ view: TaskView) -> [String] {
    FiveClearRules.findings(for: view).map(\.rule)
  }

  @Test("A clear task satisfies all five")
  func allClear() {
    let findings = FiveClearRules.findings(for: view(source: source()))
    #expect(findings.map(\.clear) == Clear.allCases)
    #expect(findings.allSatisfy { $0.satisfied })
    #expect(
      findings.map(\.rule) == [
        "person.named", "task.specific", "time.date", "responsibility.one_lead", "result.product",
      ])
  }

  @Test("Nobody in the accountable role on the due day is an error")
  func noHolder() {
    let finding = FiveClearRules.findings(for: view(headPerson: nil))[0]
    #expect(finding.rule == "person.no_holder")
    #expect(finding.severity == .error)
    #expect(
      finding.vi.contains("Không ai giữ chức danh “Chủ tịch UBND xã” tại UBND vào ngày 30/06/2026"))
    #expect(
      FiveClearRules.findings(for: view(leadHead: nil))[0].rule == "person.lead_unit_without_head")
  }

  @Test(
    "Headings and exhortations are not tasks",
    arguments: [
      ("Hạ tầng số", "task.heading"), ("NÂNG CAO NHẬN THỨC VỀ CHUYỂN ĐỔI SỐ", "task.heading"),
      ("Các nhiệm vụ trọng tâm như sau:", "task.heading"),
      ("Phấn đấu bố trí cán bộ có chuyên môn về chuyển đổi số", "task.vague"),
      ("Phân đầu bố trí cán bộ có chuyên môn", "task.vague"),
      ("Đẩy mạnh tái cấu trúc quy trình thủ tục hành chính", "task.vague"),
      ("Tăng cường công tác tuyên truyền về chuyển đổi số", "task.vague"),
      ("Số hóa 100% hồ sơ hộ tịch của xã", "task.specific"),
    ])
  func taskText(title: String, rule: String) {
    #expect(rules(view(title: title))[1] == rule)
  }

  @Test("Ongoing work needs a reporting cadence; an unread deadline is an error")
  func time() {
    #expect(
      rules(view(deadline: .ongoing, reporting: DayOfYear(day: 30, month: 11)))[2]
        == "time.ongoing_reported")
    #expect(
      FiveClearRules.findings(
        for: view(deadline: .ongoing, reporting: DayOfYear(day: 30, month: 11)))[2].satisfied)
    #expect(rules(view(deadline: .ongoing))[2] == "time.none")
    #expect(
      rules(view(deadline: .ongoing, source: source(deadline: "Sớm nhất có thể")))[2]
        == "time.unreadable")
    #expect(rules(view(deadline: .yearly(day: 30, month: 11)))[2] == "time.yearly")
  }

  @Test("One lead, and coordinating units named")
  func responsibility() {
    #expect(
      rules(view(source: source(lead: "Phòng Văn hóa - Xã hội, Công an xã")))[3]
        == "responsibility.several_leads")
    #expect(
      rules(view(source: source(support: "Các đơn vị liên quan")))[3]
        == "responsibility.vague_support")
    #expect(
      FiveClearRules.findings(for: view(source: source(support: "Các đơn vị liên quan")))[3]
        .severity == .warning)
  }

  @Test(
    "A bare “Báo cáo” is not a checkable result",
    arguments: ["Báo cáo", "báo cáo.", "Báo cáo kết quả", "Hoàn thành"])
  func result(text: String) {
    #expect(rules(view(result: text))[4] == "result.not_checkable")
  }
}
