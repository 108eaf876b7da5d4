import LedgerCore
import LedgerTestSupport
import Testing

/// The office's real year, run against the array-backed reference model: appointments decided
/// ahead, acting heads, vacancies, units renamed, merged and dissolved, plans amended.
@Suite("Office changes: rules")
struct OfficeChangesRulesTests {
  var log = EventLogReading()
  let today = Fixtures.day("25/06/2026")

  init() throws {
    let on = Fixtures.day("01/01/2026")
    for command: LedgerCommand in [
      .registerUnit(name: "UBND xã", code: "UBND"),
      .registerUnit(name: "Phòng Văn hóa - Xã hội", code: "VHXH"),
      .registerUnit(name: "Công an xã", code: "CAX"),
      .appointHead(unit: "UBND", person: "Nguyễn Văn An", role: "Chủ tịch UBND xã"),
      .appointHead(unit: "VHXH", person: "Trần Thị Bình", role: "Trưởng phòng"),
      Fixtures.assign("A", due: .date(Fixtures.day("31/12/2026"))),
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

  func unit(_ code: String) throws -> UnitState {
    try #require(try log.unit(named: code))
  }

  @Test("An appointment decided ahead is accepted; its tenure starts on its own day")
  mutating func appointmentAhead() throws {
    // Given a decision of 25/06 appointing the new chair from 01/07
    try record(
      .appointHead(
        unit: "UBND", person: "Phạm Anh Tuấn", role: "Chủ tịch UBND xã",
        replaces: "Nguyễn Văn An", decision: "120/QĐ-UBND"), on: Fixtures.day("01/07/2026"))
    // Then the previous chair answers until 30/06, the new one from 01/07
    let ubnd = try unit("UBND")
    #expect(ubnd.head(on: Fixtures.day("30/06/2026"))?.person == "Nguyễn Văn An")
    #expect(ubnd.head(on: Fixtures.day("01/07/2026"))?.person == "Phạm Anh Tuấn")
    #expect(ubnd.head(on: today)?.person == "Nguyễn Văn An")
    // and a task due 31/12 is charged to the new chair
    let board = AccountabilityBoard(tasks: log.tasks(), units: try log.units(), on: today)
    #expect(board.tasks.first?.headPerson == "Phạm Anh Tuấn")
    if case .headAppointed(let appointed) = log.log.last?.event {
      #expect(appointed.decision == "120/QĐ-UBND")
    } else {
      Issue.record("no appointment recorded")
    }
  }

  @Test("Other facts dated in the future stay refused")
  func otherFutureFactsRefused() {
    let ahead = Fixtures.day("01/07/2026")
    for command: LedgerCommand in [
      .startTask(TaskID("A")!, by: nil), .registerUnit(name: "Phòng Kinh tế", code: nil),
      .renameUnit(unit: "CAX", name: "Công an xã Chí Minh", decision: nil),
      .amendTask(TaskID("A")!, AmendTask(title: "Nội dung mới", reason: "Sửa")),
      .dissolveUnit(unit: "CAX", decision: nil), .registerPerson(name: "Vũ Đức Em", code: nil),
    ] {
      #expect(refusal(command, on: ahead) == .futureDate(ahead, today: today), "\(command)")
    }
    // The end of a tenure, like an appointment, is decided ahead (trial).
    #expect(refusal(.vacateHead(unit: "VHXH", decision: nil), on: ahead) == nil)
  }

  @Test("An acting head answers as the head, and is marked acting")
  mutating func actingHead() throws {
    try record(.vacateHead(unit: "VHXH", decision: "45/QĐ-UBND"), on: Fixtures.day("01/05/2026"))
    try record(
      .appointHead(
        unit: "VHXH", person: "Vũ Đức Em", role: "Trưởng phòng", acting: true,
        decision: "46/QĐ-UBND"), on: Fixtures.day("15/05/2026"))
    let vhxh = try unit("VHXH")
    #expect(vhxh.tenures.map(\.person) == ["Trần Thị Bình", "Vũ Đức Em"])
    #expect(vhxh.tenures.map(\.acting) == [nil, true])
    #expect(vhxh.tenures.first?.until == Fixtures.day("01/05/2026"))
    #expect(vhxh.head(on: Fixtures.day("10/05/2026")) == nil)
    let board = AccountabilityBoard(tasks: log.tasks(), units: try log.units(), on: today)
    #expect(board.tasks.first?.leadUnitHead == "Vũ Đức Em")
  }

  @Test("A vacancy ends the sitting tenure with nobody after it; none to end is refused")
  mutating func vacancy() throws {
    try record(.vacateHead(unit: "UBND", decision: nil), on: Fixtures.day("01/06/2026"))
    let ubnd = try unit("UBND")
    #expect(ubnd.tenures.count == 1)
    #expect(ubnd.tenures[0].until == Fixtures.day("01/06/2026"))
    #expect(ubnd.head(on: today) == nil)
    #expect(
      refusal(.vacateHead(unit: "UBND", decision: nil))
        == .noSittingHead(UnitCode("UBND")!, on: today))
    #expect(
      refusal(.vacateHead(unit: "CAX", decision: nil))
        == .noSittingHead(UnitCode("CAX")!, on: today))
    #expect(
      refusal(.vacateHead(unit: "UBND", decision: "không phải số"))
        == .noSittingHead(UnitCode("UBND")!, on: today))
    #expect(
      refusal(.vacateHead(unit: "VHXH", decision: "không phải số"))
        == .invalidDocumentNumber("không phải số"))
  }

  @Test("check names a task whose answerable role is vacant on its deadline")
  mutating func vacantRoleFinding() throws {
    try record(.vacateHead(unit: "UBND", decision: nil), on: Fixtures.day("01/06/2026"))
    let board = AccountabilityBoard(tasks: log.tasks(), units: try log.units(), on: today)
    let result = try #require(FiveClearCheck(board: board).results.first)
    let person = try #require(result.findings.first { $0.clear == .person })
    #expect(person.rule == "person.role_vacant")
    #expect(person.severity == .error)
    #expect(person.vi.contains("để trống vào ngày 31/12/2026"))
    #expect(person.vi.contains("Nguyễn Văn An giữ đến hết ngày 31/05/2026"))
    #expect(person.en.contains("Nguyễn Văn An held it until 31/05/2026"))
    #expect(person.en.contains("is vacant on 31/12/2026"))
  }

  @Test("check names a task whose lead unit's head post is vacant on its deadline")
  mutating func vacantLeadFinding() throws {
    try record(.vacateHead(unit: "VHXH", decision: nil), on: Fixtures.day("01/06/2026"))
    let board = AccountabilityBoard(tasks: log.tasks(), units: try log.units(), on: today)
    let result = try #require(FiveClearCheck(board: board).results.first)
    let person = try #require(result.findings.first { $0.clear == .person })
    #expect(person.rule == "person.lead_unit_vacant")
    #expect(person.vi.contains("đơn vị chủ trì VHXH để trống vào ngày 31/12/2026"))
    #expect(person.en.contains("Trần Thị Bình left on 01/06/2026"))
  }

  @Test("A rename keeps the unit's code and tasks; another unit's name is refused")
  mutating func rename() throws {
    try record(
      .renameUnit(unit: "CAX", name: "Công an xã Chí Minh", decision: "30/QĐ-UBND"),
      on: Fixtures.day("01/06/2026"))
    let cax = try unit("CAX")
    #expect(cax.name == "Công an xã Chí Minh")
    #expect(try log.unit(named: "Công an xã Chí Minh")?.code == UnitCode("CAX"))
    #expect(
      refusal(.renameUnit(unit: "CAX", name: "Phòng Văn hoá - Xã hội", decision: nil))
        == .unitNameTaken(name: "Phòng Văn hóa - Xã hội", code: UnitCode("VHXH")!))
    #expect(
      refusal(.renameUnit(unit: "CAX", name: "Công an xã Chí Minh", decision: nil))
        == .unitNameTaken(name: "Công an xã Chí Minh", code: UnitCode("CAX")!))
    #expect(
      refusal(.renameUnit(unit: "Trạm Y tế", name: "X", decision: nil))
        == .unknownUnit("Trạm Y tế"))
  }

  @Test("A view of a day before the rename shows the old name")
  mutating func renameAsOf() throws {
    try record(
      .renameUnit(unit: "CAX", name: "Công an xã Chí Minh", decision: nil),
      on: Fixtures.day("01/06/2026"))
    func name(on day: String) -> String? {
      var fold = TemporalFold(day: Fixtures.day(day), corrections: [])
      for event in log.log { fold.add(event) }
      return fold.units().first { $0.code == UnitCode("CAX") }?.name
    }
    #expect(name(on: "31/05/2026") == "Công an xã")
    #expect(name(on: "01/06/2026") == "Công an xã Chí Minh")
  }

  @Test("A unit leading open tasks is not dissolved or merged; an empty one is, and ends")
  mutating func dissolveAndMerge() throws {
    #expect(
      refusal(.dissolveUnit(unit: "VHXH", decision: nil))
        == .unitLeadsOpenTasks(UnitCode("VHXH")!, tasks: [TaskID("A")!]))
    #expect(
      refusal(.mergeUnit(unit: "VHXH", into: "CAX", decision: nil))
        == .unitLeadsOpenTasks(UnitCode("VHXH")!, tasks: [TaskID("A")!]))
    #expect(
      refusal(.mergeUnit(unit: "CAX", into: "Công an xã", decision: nil))
        == .mergeIntoItself(UnitCode("CAX")!))
    try record(.mergeUnit(unit: "CAX", into: "VHXH", decision: "31/QĐ-UBND"))
    let cax = try unit("CAX")
    #expect(cax.closedOn == today)
    #expect(cax.mergedInto == UnitCode("VHXH"))
    // An ended unit takes no head, no new name, no second ending, no task's support
    #expect(
      refusal(.appointHead(unit: "CAX", person: "Lê Văn Cường", role: "Trưởng Công an xã"))
        == .unitClosed(UnitCode("CAX")!, on: today))
    #expect(
      refusal(.dissolveUnit(unit: "CAX", decision: nil))
        == .unitClosed(UnitCode("CAX")!, on: today))
    #expect(
      refusal(.amendTask(TaskID("A")!, AmendTask(supportingUnits: ["CAX"], reason: "r")))
        == .unitClosed(UnitCode("CAX")!, on: today))
  }

  @Test("A task that has ended does not keep its lead from dissolving")
  mutating func dissolveAfterCompletion() throws {
    try record(.completeTask(TaskID("A")!, result: "Xong", evidence: nil, by: nil))
    try record(.dissolveUnit(unit: "VHXH", decision: nil))
    #expect(try unit("VHXH").closedOn == today)
    #expect(try unit("VHXH").tenures.first?.until == today)
  }

  @Test(
    "An amendment of the role does not reach back: a deadline before it stays with the role then")
  mutating func amendmentKeepsFixedBlame() throws {
    let b = TaskID("B")!
    try record(
      Fixtures.assign("B", due: .date(Fixtures.day("31/03/2026"))), on: Fixtures.day("02/01/2026"))
    func charged() -> String? {
      AccountabilityBoard(tasks: log.tasks(), units: (try? log.units()) ?? [], on: today)
        .tasks.first { $0.task.id == b }?.headPerson
    }
    #expect(charged() == "Nguyễn Văn An")
    try record(
      .amendTask(
        b, AmendTask(headRole: "Trưởng phòng", roleUnit: "VHXH", reason: "Giao lại chức danh")))
    // Missed on 31/03 under the chair: still the chair's, though the role now is VHXH's head.
    #expect(charged() == "Nguyễn Văn An")
    let task = try #require(try log.task(b))
    #expect(task.headRole == "Trưởng phòng")
    #expect(task.role(on: Fixtures.day("31/03/2026")).headRole == "Chủ tịch UBND xã")
    #expect(task.role(on: today).roleUnit == UnitCode("VHXH"))
  }

  @Test("An amendment changes the wording in force and keeps the old wording")
  mutating func amend() throws {
    try record(
      .amendTask(
        TaskID("A")!,
        AmendTask(
          title: "Hoàn thành kết nối, chia sẻ dữ liệu dân cư", headRole: "Chủ tịch",
          roleUnit: "UBND", expectedResult: "Cơ sở dữ liệu dân cư vận hành",
          supportingUnits: [], reason: "Kế hoạch ghi chưa rõ", decision: "55/QĐ-UBND")))
    let task = try #require(try log.task(TaskID("A")!))
    #expect(task.title == "Hoàn thành kết nối, chia sẻ dữ liệu dân cư")
    #expect(task.headRole == "Chủ tịch")
    #expect(task.roleUnit == UnitCode("UBND"))
    #expect(task.expectedResult == "Cơ sở dữ liệu dân cư vận hành")
    #expect(task.supportingUnits.isEmpty)
    guard case .taskAmended(let amended) = log.log.last?.event else {
      Issue.record("no amendment recorded")
      return
    }
    #expect(amended.title?.from == "Hoàn thành kết nối, chia sẻ dữ liệu A")
    #expect(amended.supportingUnits == .init(from: [UnitCode("CAX")!], to: []))
    #expect(amended.roleUnit == .init(from: nil, to: UnitCode("UBND")))
  }

  @Test("An amendment that changes nothing, or breaks one lead, is refused")
  func amendRefusals() {
    let a = TaskID("A")!
    #expect(
      refusal(.amendTask(a, AmendTask(title: "Hoàn thành kết nối, chia sẻ dữ liệu A", reason: "r")))
        == .amendmentChangesNothing(a))
    #expect(refusal(.amendTask(a, AmendTask(reason: "r"))) == .amendmentChangesNothing(a))
    #expect(
      refusal(.amendTask(a, AmendTask(supportingUnits: ["VHXH"], reason: "r")))
        == .leadAlsoSupporting(UnitCode("VHXH")!))
    #expect(
      refusal(.amendTask(a, AmendTask(supportingUnits: ["UBND", "UBND xã"], reason: "r")))
        == .duplicateSupportingUnit(UnitCode("UBND")!))
    #expect(
      refusal(.amendTask(a, AmendTask(title: "x", reason: " "))) == .emptyText(.reason))
    #expect(
      refusal(.amendTask(TaskID("Z")!, AmendTask(title: "x", reason: "r"))) == .unknownTask("Z"))
  }

  @Test("The five-clear check judges the amended task")
  mutating func amendRejudged() throws {
    // Given a task whose plan named no role and a bare "Báo cáo" as its result
    try record(
      .assignTask(
        AssignTask(
          id: TaskID("V"), title: "Số hóa hồ sơ hộ tịch của xã", headRole: "", leadUnit: "VHXH",
          expectedResult: "Báo cáo", deadline: .date(Fixtures.day("31/12/2026")),
          source: TaskSource(
            appendix: 1, section: "I", row: "1", line: 12, leadText: "Phòng Văn hóa - Xã hội",
            supportText: nil, deadlineText: "31/12/2026"))))
    func findings() throws -> [String] {
      let board = AccountabilityBoard(tasks: log.tasks(), units: try log.units(), on: today)
      let result = try #require(
        FiveClearCheck(board: board).results.first { $0.view.task.id == TaskID("V") })
      return result.findings.map(\.rule)
    }
    #expect(try findings().contains("person.role_missing"))
    #expect(try findings().contains("result.not_checkable"))
    // When the plan is amended
    try record(
      .amendTask(
        TaskID("V")!,
        AmendTask(
          headRole: "Chủ tịch UBND xã", expectedResult: "100% hồ sơ hộ tịch được số hóa",
          reason: "Kế hoạch chưa ghi người chịu trách nhiệm")))
    // Then check judges the amended wording
    #expect(try findings().contains("person.named"))
    #expect(try findings().contains("result.product"))
  }
}
