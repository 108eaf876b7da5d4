import LedgerCore
import LedgerTestSupport
import Testing

@Suite("Accountability views")
struct BoardTests {
  @Test("A mid-year hand-over splits a head's dated tasks by due day; ongoing work goes to both")
  func handOver() throws {
    // Given a chair replaced on 01/07/2026 and tasks due before and after
    var log = EventLogReading()
    let today = Fixtures.day("01/12/2026")
    func record(_ command: LedgerCommand, _ on: String) throws {
      _ = try log.append(
        Decider(reading: log, effective: Fixtures.day(on), today: today).decide(command))
    }
    try record(.registerUnit(name: "UBND xã", code: "UBND"), "01/01/2026")
    try record(.registerUnit(name: "Phòng Văn hóa - Xã hội", code: "VHXH"), "01/01/2026")
    try record(
      .appointHead(unit: "UBND", person: "Nguyễn Văn An", role: "Chủ tịch UBND xã"), "01/01/2026")
    try record(
      .appointHead(unit: "VHXH", person: "Trần Thị Bình", role: "Trưởng phòng"), "01/01/2026")
    try record(
      .appointHead(
        unit: "UBND", person: "Phạm Anh Tuấn", role: "Chủ tịch UBND xã",
        replaces: "Nguyễn Văn An"), "01/07/2026")
    try record(
      Fixtures.assign("EARLY", due: .date(Fixtures.day("30/06/2026")), support: []), "05/01/2026")
    try record(
      Fixtures.assign("LATE", due: .date(Fixtures.day("30/09/2026")), support: []), "05/01/2026")
    try record(Fixtures.assign("ONGOING", due: .ongoing, support: []), "05/01/2026")

    // When
    let board = AccountabilityBoard(tasks: log.tasks(), units: try log.units(), on: today)
    let heads = board.headViews()

    // Then
    func tasks(_ person: String, _ capacity: HeadView.Capacity) -> [String] {
      heads.filter { $0.tenure.person == person && $0.capacity == capacity }
        .flatMap { $0.tasks.map(\.task.id.rawValue) }
    }
    // Work without a deadline is listed for every holder during their tenure.
    #expect(tasks("Nguyễn Văn An", .accountableHead) == ["EARLY", "ONGOING"])
    #expect(tasks("Phạm Anh Tuấn", .accountableHead) == ["LATE", "ONGOING"])
    #expect(tasks("Trần Thị Bình", .leadUnitHead) == ["EARLY", "LATE", "ONGOING"])
    let first = try #require(try log.units().first { $0.code.rawValue == "UBND" })
    #expect(first.tenures.map(\.until) == [Fixtures.day("01/07/2026"), nil])
    #expect(board.tasks.first { $0.task.id.rawValue == "EARLY" }?.headPerson == "Nguyễn Văn An")
    #expect(board.tasks.first { $0.task.id.rawValue == "EARLY" }?.bucket == .overdue)
  }

  @Test("Unit views count led and supported tasks by bucket")
  func unitViews() throws {
    var log = EventLogReading()
    let today = Fixtures.day("05/07/2026")
    func record(_ command: LedgerCommand, _ on: String = "05/01/2026") throws {
      _ = try log.append(
        Decider(reading: log, effective: Fixtures.day(on), today: today).decide(command))
    }
    try record(.registerUnit(name: "Phòng Văn hóa - Xã hội", code: "VHXH"))
    try record(.registerUnit(name: "Công an xã", code: "CAX"))
    try record(Fixtures.assign("A"))
    try record(Fixtures.assign("B", due: .date(Fixtures.day("30/09/2026"))))
    try record(.completeTask(TaskID("A")!, result: nil, evidence: nil, by: nil), "02/07/2026")

    let views = AccountabilityBoard(tasks: log.tasks(), units: try log.units(), on: today)
      .unitViews()
    let vhxh = try #require(views.first { $0.unit.code.rawValue == "VHXH" })
    let cax = try #require(views.first { $0.unit.code.rawValue == "CAX" })
    #expect(vhxh.led.countByBucket() == [.completedLate: 1, .inProgressWithinDeadline: 1])
    #expect(vhxh.supported.isEmpty)
    #expect(cax.supported.countByBucket() == [.completedLate: 1, .inProgressWithinDeadline: 1])
  }
}

@Suite("A role title held in several units")
struct SharedRoleTests {
  @Test("The lead unit's holder answers; elsewhere nobody can be named, and check says so")
  func sharedTitle() throws {
    var log = EventLogReading()
    let today = Fixtures.day("05/07/2026")
    func record(_ command: LedgerCommand, _ on: String = "01/01/2026") throws {
      _ = try log.append(
        Decider(reading: log, effective: Fixtures.day(on), today: today).decide(command))
    }
    try record(.registerUnit(name: "Phòng Văn hóa - Xã hội", code: "VHXH"))
    try record(.registerUnit(name: "Phòng Kinh tế", code: "KT"))
    try record(.registerUnit(name: "Công an xã", code: "CAX"))
    try record(.appointHead(unit: "VHXH", person: "Trần Thị Bình", role: "Trưởng phòng"))
    try record(.appointHead(unit: "KT", person: "Hoàng Văn Dũng", role: "Trưởng phòng"))
    try record(.appointHead(unit: "CAX", person: "Đỗ Minh Quân", role: "Trưởng Công an xã"))
    for (id, lead) in [("V", "VHXH"), ("K", "KT"), ("C", "CAX")] {
      try record(
        .assignTask(
          AssignTask(
            id: TaskID(id), title: "Việc của đơn vị \(lead) cần làm", headRole: "Trưởng phòng",
            leadUnit: lead, expectedResult: "Sản phẩm", deadline: .date(Fixtures.day("30/06/2026")))
        ),
        "05/01/2026")
    }
    let board = AccountabilityBoard(tasks: log.tasks(), units: try log.units(), on: today)
    let byID = Dictionary(uniqueKeysWithValues: board.tasks.map { ($0.task.id.rawValue, $0) })
    #expect(byID["V"]?.headPerson == "Trần Thị Bình")
    #expect(byID["K"]?.headPerson == "Hoàng Văn Dũng")
    #expect(byID["C"]?.headPerson == nil)
    #expect(byID["C"]?.roleUnit.rawValue == "CAX")
    let finding = try #require(byID["C"].map { FiveClearRules.findings(for: $0)[0] })
    #expect(finding.rule == "person.no_holder")
    #expect(finding.severity == .error)
    let binh = board.headViews().filter {
      $0.tenure.person == "Trần Thị Bình" && $0.capacity == .accountableHead
    }
    #expect(binh.flatMap { $0.tasks.map(\.task.id.rawValue) } == ["V"])
  }
}
