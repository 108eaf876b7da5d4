import LedgerCore
import LedgerTestSupport
import Testing

/// The rules, run against the array-backed reference model: no SQLite involved.
@Suite("Rules")
struct DeciderTests {
  var log = EventLogReading()
  let today = Fixtures.day("05/07/2026")

  init() throws {
    let on = Fixtures.day("01/01/2026")
    for command: LedgerCommand in [
      .registerUnit(name: "UBND xã", code: "UBND"),
      .registerUnit(name: "Phòng Văn hóa - Xã hội", code: "VHXH"),
      .registerUnit(name: "Công an xã", code: nil),
      .appointHead(unit: "UBND", person: "Nguyễn Văn An", role: "Chủ tịch UBND xã"),
      Fixtures.assign("A"),
    ] {
      try record(command, on: on)
    }
  }

  mutating func record(_ command: LedgerCommand, on day: LocalDate? = nil) throws {
    let decision = try Decider(reading: log, effective: day ?? today, today: today).decide(command)
    _ = try log.append(decision)
  }

  func refusal(_ command: LedgerCommand, on day: LocalDate? = nil) -> LedgerError? {
    do {
      _ = try Decider(reading: log, effective: day ?? today, today: today).decide(command)
      return nil
    } catch {
      return error as? LedgerError
    }
  }

  @Test("A unit code is made from the name's initials")
  func unitCodeFromInitials() throws {
    #expect(try log.unit(named: "Công an xã")?.code.rawValue == "CAX")
    // Typed without any mark, the one unit with those letters (as a person's name is found).
    #expect(try log.unit(named: "cong an xa")?.code.rawValue == "CAX")
    #expect(try log.unit(named: "CÔNG AN XÃ")?.code.rawValue == "CAX")
  }

  @Test("The same unit under another spelling is refused")
  func duplicateUnitName() {
    #expect(
      refusal(.registerUnit(name: "Phòng Văn hoá - Xã hội", code: nil))
        == .unitNameTaken(name: "Phòng Văn hóa - Xã hội", code: UnitCode("VHXH")!))
    #expect(
      refusal(.registerUnit(name: "Phòng Kinh tế", code: "vhxh"))
        == .unitCodeTaken(UnitCode("VHXH")!))
  }

  @Test("Appointing a head to an unknown unit is refused")
  func appointUnknownUnit() {
    #expect(
      refusal(.appointHead(unit: "Phòng Kinh tế", person: "A", role: "Trưởng phòng"))
        == .unknownUnit("Phòng Kinh tế"))
  }

  @Test("Appointing the sitting head again is refused")
  func appointSittingHead() {
    #expect(
      refusal(.appointHead(unit: "UBND", person: "Nguyễn Văn An", role: "Chủ tịch UBND xã"))
        == .alreadyHead(
          person: "Nguyễn Văn An", unit: UnitCode("UBND")!, since: Fixtures.day("01/01/2026")))
  }

  @Test("A task has one lead, which cannot also support it")
  func oneLead() {
    #expect(
      refusal(Fixtures.assign("B", support: ["VHXH"])) == .leadAlsoSupporting(UnitCode("VHXH")!))
    #expect(
      refusal(Fixtures.assign("B", support: ["CAX", "Công an xã"]))
        == .duplicateSupportingUnit(UnitCode("CAX")!))
    #expect(refusal(Fixtures.assign("B", lead: "Phòng Kinh tế")) == .unknownUnit("Phòng Kinh tế"))
  }

  @Test("A task id is used once")
  func taskIDOnce() {
    #expect(refusal(Fixtures.assign("A")) == .taskExists(TaskID("A")!))
  }

  @Test("A deadline before the assignment day is refused")
  func deadlineBeforeAssignment() {
    #expect(
      refusal(
        Fixtures.assign("B", due: .date(Fixtures.day("01/01/2026"))), on: Fixtures.day("02/01/2026")
      )
        == .deadlineBeforeAssignment(
          due: Fixtures.day("01/01/2026"), assigned: Fixtures.day("02/01/2026")))
  }

  @Test("Reporting on an unknown task is refused")
  func reportUnknownTask() {
    #expect(
      refusal(.reportProgress(TaskID("Z")!, text: "x", percent: nil, document: nil, by: nil))
        == .unknownTask("Z"))
  }

  @Test("Completing a cancelled task is refused")
  mutating func completeCancelled() throws {
    try record(.cancelTask(TaskID("A")!, reason: "Không còn phù hợp"))
    #expect(
      refusal(.completeTask(TaskID("A")!, result: nil, evidence: nil, by: nil))
        == .transitionRefused(TaskID("A")!, action: .complete, status: .cancelled))
  }

  @Test("Every transition out of a closed task is refused", arguments: TaskAction.allCases)
  mutating func closedTask(action: TaskAction) throws {
    let id = TaskID("A")!
    try record(.completeTask(id, result: "Xong", evidence: nil, by: nil))
    let command: LedgerCommand
    switch action {
    case .start: command = .startTask(id, by: nil)
    case .report: command = .reportProgress(id, text: "x", percent: nil, document: nil, by: nil)
    case .extend:
      command = .extendDeadline(id, to: Fixtures.day("30/07/2026"), reason: "r", approvedBy: "a")
    case .reassign: command = .reassignLead(id, lead: "CAX", reason: "r")
    case .complete: command = .completeTask(id, result: nil, evidence: nil, by: nil)
    case .cancel: command = .cancelTask(id, reason: "r")
    case .pause: command = .pauseTask(id, reason: "r")
    case .resume: command = .resumeTask(id, reason: nil)
    case .review: return
    case .amend:
      command = .amendTask(id, AmendTask(title: "Nội dung khác", reason: "Sửa lỗi chính tả"))
    case .acknowledge: command = .acknowledgeTask(id, by: "Trần Thị Bình")
    case .explain: return  // a completed task may still be asked why it was late
    }
    #expect(refusal(command) == .transitionRefused(id, action: action, status: .completed))
  }

  @Test("An extension must move the deadline later")
  func extensionLater() {
    let id = TaskID("A")!
    #expect(
      refusal(.extendDeadline(id, to: Fixtures.day("29/06/2026"), reason: "r", approvedBy: "a"))
        == .extensionNotLater(
          id, current: Fixtures.day("30/06/2026"), requested: Fixtures.day("29/06/2026")))
    #expect(
      refusal(.extendDeadline(id, to: Fixtures.day("30/06/2026"), reason: "r", approvedBy: "a"))
        == .extensionNotLater(
          id, current: Fixtures.day("30/06/2026"), requested: Fixtures.day("30/06/2026")))
    #expect(
      refusal(.extendDeadline(id, to: Fixtures.day("31/07/2026"), reason: "r", approvedBy: "a"))
        == nil)
  }

  @Test("Ongoing tasks cannot be extended")
  mutating func extendOngoing() throws {
    try record(Fixtures.assign("B", due: .ongoing))
    #expect(
      refusal(
        .extendDeadline(TaskID("B")!, to: Fixtures.day("31/07/2026"), reason: "r", approvedBy: "a"))
        == .noFixedDeadline(TaskID("B")!))
  }

  @Test("Pause and resume go in pairs")
  mutating func pauseResume() throws {
    let id = TaskID("A")!
    #expect(
      refusal(.resumeTask(id, reason: nil))
        == .transitionRefused(id, action: .resume, status: .assigned))
    try record(.startTask(id, by: nil))
    try record(.pauseTask(id, reason: "Chờ kinh phí"))
    #expect(
      refusal(.completeTask(id, result: nil, evidence: nil, by: nil))
        == .transitionRefused(id, action: .complete, status: .paused))
    try record(.resumeTask(id, reason: nil))
    #expect(try log.task(id)?.status == .inProgress)
  }

  @Test("Reassigning to the same lead is refused; to another moves it")
  mutating func reassign() throws {
    let id = TaskID("A")!
    #expect(
      refusal(.reassignLead(id, lead: "Phòng Văn hóa - Xã hội", reason: "r"))
        == .sameLead(id, UnitCode("VHXH")!))
    try record(
      .reassignLead(id, lead: "CAX", reason: "Chuyển theo chức năng"),
      on: Fixtures.day("01/06/2026"))
    let task = try log.task(id)
    #expect(task?.leadUnit.rawValue == "CAX")
    #expect(task?.supportingUnits.isEmpty == true)
  }

  @Test("Dates in the future or before the assignment are refused")
  func dates() {
    let id = TaskID("A")!
    #expect(
      refusal(.startTask(id, by: nil), on: Fixtures.day("06/07/2026"))
        == .futureDate(Fixtures.day("06/07/2026"), today: today))
    #expect(
      refusal(.startTask(id, by: nil), on: Fixtures.day("31/12/2025"))
        == .dateBeforeAssignment(
          id, date: Fixtures.day("31/12/2025"), assigned: Fixtures.day("01/01/2026")))
  }

  @Test("Bad report fields are refused")
  func reportFields() {
    let id = TaskID("A")!
    #expect(
      refusal(.reportProgress(id, text: "x", percent: 101, document: nil, by: nil))
        == .percentOutOfRange(101))
    #expect(
      refusal(.reportProgress(id, text: "x", percent: nil, document: "BC-VHXH", by: nil))
        == .invalidDocumentNumber("BC-VHXH"))
    #expect(
      refusal(.reportProgress(id, text: "x", percent: 60, document: "12/BC-VHXH", by: nil)) == nil)
    #expect(
      refusal(.reportProgress(id, text: " \n ", percent: nil, document: nil, by: nil))
        == .emptyText(.text))
    #expect(
      refusal(.reportProgress(id, text: "a\u{1}b", percent: nil, document: nil, by: nil))
        == .controlCharacter(.text, scalar: 1))
  }

  @Test("A retracted event cannot be retracted twice; its correction can be")
  mutating func corrections() throws {
    try record(.startTask(TaskID("A")!, by: nil))
    let started = Int64(log.log.count)
    try record(.correct(position: started, reason: "Nhập nhầm"))
    #expect(try log.task(TaskID("A")!)?.status == .assigned)
    #expect(
      refusal(.correct(position: started, reason: "again"))
        == .alreadyRetracted(started, by: started + 1))
    try record(.correct(position: started + 1, reason: "Đính chính nhầm"))
    #expect(try log.task(TaskID("A")!)?.status == .inProgress)
    #expect(refusal(.correct(position: 999, reason: "r")) == .unknownPosition(999))
  }

  @Test("A unit that tasks refer to cannot be retracted")
  func unitInUse() {
    #expect(refusal(.correct(position: 2, reason: "r")) == .unitInUse(UnitCode("VHXH")!, tasks: 1))
  }

  @Test(
    "A task's assignment cannot be retracted while later facts of the task count on it (trial: one correction erased an overdue charge)"
  )
  mutating func assignmentInUse() throws {
    // A is assigned at #5; alone, its assignment can be retracted (a task assigned by mistake).
    let assigned: Int64 = 5
    #expect(refusal(.correct(position: assigned, reason: "Giao nhầm")) == nil)
    let a = TaskID("A")!
    try record(.startTask(a, by: nil))
    try record(.reportProgress(a, text: "Đã làm 40%", percent: 40, document: nil, by: nil))
    #expect(
      refusal(.correct(position: assigned, reason: "Giao nhầm"))
        == .assignmentInUse(a, position: assigned, later: [6, 7]))
    // Once the later facts are retracted (latest first), the assignment can be.
    try record(.correct(position: 7, reason: "Nhầm"))
    #expect(
      refusal(.correct(position: assigned, reason: "Giao nhầm"))
        == .assignmentInUse(a, position: assigned, later: [6]))
    try record(.correct(position: 6, reason: "Nhầm"))
    try record(.correct(position: assigned, reason: "Giao nhầm"))
    #expect(try log.task(a) == nil)
  }

  @Test("New tasks are numbered T-001, T-002…")
  mutating func generatedIDs() throws {
    var assign = AssignTask(
      title: "Việc", headRole: "Chủ tịch UBND xã", leadUnit: "VHXH", expectedResult: "Kết quả",
      deadline: .ongoing)
    try record(.assignTask(assign))
    assign.title = "Việc khác"
    try record(.assignTask(assign))
    #expect(log.tasks().map(\.id.rawValue) == ["A", "T-002", "T-003"])
  }
}
