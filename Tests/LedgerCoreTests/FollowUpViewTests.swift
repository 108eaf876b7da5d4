import LedgerCore
import LedgerTestSupport
import Testing

/// Reminders (`due`, `remind`) and the `status` filters, read from a folded log.
@Suite("Reminders and status filters")
struct FollowUpViewTests {
  /// A commune: UBND chaired by Nguyễn Văn An, VHXH headed by Trần Thị Bình, KT by Hoàng Văn
  /// Dũng; tasks due 08/10, 03/10, 01/10 (done), 20/09 (overdue), 31/12, a yearly one by
  /// 05/10, and ongoing work.
  func log() throws -> EventLogReading {
    var log = EventLogReading()
    let today = Fixtures.day("01/10/2026")
    func record(_ command: LedgerCommand, _ on: String = "05/01/2026") throws {
      _ = try log.append(
        Decider(reading: log, effective: Fixtures.day(on), today: today).decide(command))
    }
    try record(.registerUnit(name: "UBND xã", code: "UBND"), "01/01/2026")
    try record(.registerUnit(name: "Phòng Văn hóa - Xã hội", code: "VHXH"), "01/01/2026")
    try record(.registerUnit(name: "Phòng Kinh tế", code: "KT"), "01/01/2026")
    try record(
      .appointHead(unit: "UBND", person: "Nguyễn Văn An", role: "Chủ tịch UBND xã"), "01/01/2026")
    try record(
      .appointHead(unit: "VHXH", person: "Trần Thị Bình", role: "Trưởng phòng"), "01/01/2026")
    try record(
      .appointHead(unit: "KT", person: "Hoàng Văn Dũng", role: "Trưởng phòng"), "01/01/2026")
    try record(Fixtures.assign("SEVEN", due: .date(Fixtures.day("08/10/2026")), support: []))
    try record(Fixtures.assign("THREE", due: .date(Fixtures.day("03/10/2026")), support: []))
    try record(Fixtures.assign("DONE", due: .date(Fixtures.day("01/10/2026")), support: []))
    try record(
      Fixtures.assign("LATE", due: .date(Fixtures.day("20/09/2026")), lead: "KT", support: []))
    try record(Fixtures.assign("FAR", due: .date(Fixtures.day("31/12/2026")), support: []))
    try record(Fixtures.assign("YEARLY", due: .yearly(day: 5, month: 10), support: []))
    try record(Fixtures.assign("ONGOING", due: .ongoing, support: []))
    try record(.completeTask(TaskID("DONE")!, result: nil, evidence: nil, by: nil), "30/09/2026")
    try record(
      .reportProgress(
        TaskID("LATE")!, text: "Đã làm một nửa", percent: 50, document: nil, by: "Lê Văn Tám",
        annual: false, delivered: nil), "15/09/2026")
    return log
  }

  func board(_ log: EventLogReading) throws -> AccountabilityBoard {
    AccountabilityBoard(tasks: log.tasks(), units: try log.units(), on: Fixtures.day("01/10/2026"))
  }

  @Test("Due within 7 days and overdue, per person, with days left and the reminder stage")
  func dueList() throws {
    let log = try log()
    let list = DueList(try board(log), within: 7)
    #expect(list.groups.map(\.person) == ["Hoàng Văn Dũng", "Nguyễn Văn An", "Trần Thị Bình"])
    let chair = try #require(list.groups.first { $0.person == "Nguyễn Văn An" })
    // Most late first, then soonest; the yearly day owed (05/10) counts; DONE, FAR, ONGOING do not.
    #expect(chair.items.map(\.view.task.id.rawValue) == ["LATE", "THREE", "YEARLY", "SEVEN"])
    #expect(chair.items.map(\.daysLeft) == [-11, 2, 4, 7])
    #expect(chair.items.map(\.stage) == [.overdue, .threeDays, .sevenDays, .sevenDays])
    #expect(chair.items.allSatisfy { $0.capacity == .accountableHead })
    let kt = try #require(list.groups.first { $0.person == "Hoàng Văn Dũng" })
    #expect(kt.items.map(\.view.task.id.rawValue) == ["LATE"])
    #expect(kt.items.first?.capacity == .leadUnitHead)
    #expect(kt.items.first?.view.task.lastReportOn == Fixtures.day("15/09/2026"))
    #expect(list.taskCount == 4)
  }

  @Test("A monthly obligation is reminded of its latest missed month, not its first (trial)")
  func recurringReminder() throws {
    var log = try log()
    let today = Fixtures.day("01/10/2026")
    func record(_ command: LedgerCommand, _ on: String) throws {
      _ = try log.append(
        Decider(reading: log, effective: Fixtures.day(on), today: today).decide(command))
    }
    try record(
      Fixtures.assign("MONTHLY", due: .recurring(.monthly, day: 20), support: []), "05/01/2026")
    for day in ["15/04/2026", "15/06/2026"] {
      try record(
        .reportProgress(
          TaskID("MONTHLY")!, text: "Báo cáo tháng", percent: nil, document: nil, by: nil,
          annual: false, delivered: nil), day)
    }
    let list = DueList(try board(log), within: 7)
    let item = try #require(
      list.groups.flatMap(\.items).first { $0.view.task.id.rawValue == "MONTHLY" })
    // January was the first month missed; September (20/09) is the latest: that is the reminder.
    #expect(item.due == Fixtures.day("20/09/2026"))
    #expect(item.daysLeft == -11)
  }

  @Test("A narrower window, one person, and one unit")
  func narrowed() throws {
    let board = try board(try log())
    let three = DueList(board, within: 3)
    let binh = try #require(three.groups.first { $0.person == "Trần Thị Bình" })
    #expect(binh.items.map(\.view.task.id.rawValue) == ["THREE"])
    let one = DueList(board, within: 7, person: "tran thi binh")
    #expect(one.groups.map(\.person) == ["Trần Thị Bình"])
    let kt = DueList(board, within: 7) { $0.lead.rawValue == "KT" }
    #expect(kt.taskCount == 1)
    #expect(DueList.Stage(daysLeft: 1) == .oneDay)
    #expect(DueList.Stage(daysLeft: 0) == .dueToday)
    #expect(DueList.Stage(daysLeft: 8) == .later)
  }

  @Test("Status filters: bucket, deadlines, person (answerable or --by), words without marks")
  func filters() throws {
    let log = try log()
    let board = try board(log)
    func ids(_ filter: TaskFilter) -> [String] {
      board.tasks.filter(filter.includes).map(\.task.id.rawValue)
    }
    #expect(ids(TaskFilter(bucket: .overdue)) == ["LATE"])
    #expect(
      ids(
        TaskFilter(dueBefore: Fixtures.day("05/10/2026"), dueAfter: Fixtures.day("01/10/2026")))
        == ["DONE", "THREE", "YEARLY"])
    #expect(ids(TaskFilter(person: "Hoàng Văn Dũng")) == ["LATE"])
    #expect(ids(TaskFilter(person: "Lê Văn Tám")).isEmpty)
    let performers: [TaskID: Set<String>] = [TaskID("LATE")!: ["Lê Văn Tám"]]
    #expect(ids(TaskFilter(person: "le van tam", performers: performers)) == ["LATE"])
    #expect(ids(TaskFilter(text: "ket noi chia se du lieu late")) == ["LATE"])
    #expect(ids(TaskFilter(text: "kết nối, chia sẻ")).count == 7)
    #expect(ids(TaskFilter(text: "nothing like this")).isEmpty)
  }

  @Test("Words match with tone placement folded, without marks, and đ read as d")
  func words() {
    let title = "Đẩy mạnh chuyển đổi số trong hoạt động của cơ quan Đảng, hòa nhập"
    #expect(TaskFilter.matches("chuyen doi so", in: [title]))
    #expect(TaskFilter.matches("CHUYỂN ĐỔI SỐ", in: [title]))
    #expect(TaskFilter.matches("day manh", in: [title]))
    #expect(TaskFilter.matches("hoà nhập", in: [title]))
    #expect(TaskFilter.matches("cơ quan đảng", in: [title]))
    #expect(!TaskFilter.matches("chuyển đổi sổ", in: [title]))
    #expect(!TaskFilter.matches("chuyen doi xanh", in: [title]))
  }

  @Test("A weekly cadence is read as ongoing work, never as a date that cannot be read")
  func weekly() {
    let reader = DeadlineReader(reportingDay: DayOfYear(day: 30, month: 11))
    for cell in ["Hằng tuần", "hàng tuần", "Định kỳ hằng tuần."] {
      #expect(reader.read(cell) == .ongoing(reportingDay: DayOfYear(day: 30, month: 11)), "\(cell)")
    }
    #expect(reader.read("Hằng quý") == .recurring(.quarterly, day: nil))
  }
}
