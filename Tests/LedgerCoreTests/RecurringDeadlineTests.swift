import Foundation
import LedgerCore
import LedgerTestSupport
import Testing

/// "Định kỳ hằng quý", "Hằng tháng": recurring reporting obligations, their own deadline kind,
/// judged by the one time model (`TaskState.charges`) the same way in every view.
@Suite("Recurring reporting obligations")
struct RecurringDeadlineTests {
  let a = TaskID("A")!

  /// The task A's state and facts after the commands, through the decider and the fold.
  func facts(_ commands: [(LedgerCommand, String)]) throws -> (TaskState, [RecordedEvent]) {
    var log = EventLogReading()
    let today = Fixtures.day("31/12/2027")
    let unit = LedgerCommand.registerUnit(name: "Phòng Văn hóa - Xã hội", code: "VHXH")
    for (command, day) in [(unit, "01/01/2026")] + commands {
      _ = try log.append(
        Decider(reading: log, effective: Fixtures.day(day), today: today).decide(command))
    }
    let events = Retractions.activeFacts(in: try log.events(in: .task(a)))
    return (try #require(try log.task(a)), events)
  }

  func report(_ day: String) -> (LedgerCommand, String) {
    (.reportProgress(a, text: "Báo cáo kỳ", percent: nil, document: nil, by: nil), day)
  }

  func quarterly(day: Int? = nil, assigned: String = "05/01/2026") -> (LedgerCommand, String) {
    (Fixtures.assign("A", due: .recurring(.quarterly, day: day), support: []), assigned)
  }

  func charge(_ commands: [(LedgerCommand, String)], on day: String) throws -> Charge {
    try facts(commands).0.charge(on: Fixtures.day(day), dayIsOver: true)
  }

  @Test("A period's reporting day is its last day, or the named day of its last month")
  func periods() {
    let quarters = ReportingPeriod.quarterly.periods(in: 2026, day: nil).map(\.due.display)
    #expect(quarters == ["31/03/2026", "30/06/2026", "30/09/2026", "31/12/2026"])
    let months = ReportingPeriod.monthly.periods(in: 2026, day: 31).map(\.due.display)
    #expect(months.count == 12 && months[1] == "28/02/2026" && months[3] == "30/04/2026")
    let halves = ReportingPeriod.halfYearly.periods(in: 2026, day: 20).map(\.due.display)
    #expect(halves == ["20/06/2026", "20/12/2026"])
    #expect(Deadline.recurring(.monthly, onDay: 32) == nil)
  }

  @Test("The deadline is stored as a tagged value and reads back")
  func coding() throws {
    for (deadline, json) in [
      (Deadline.recurring(.quarterly, day: nil), #"{"kind":"quarterly"}"#),
      (.recurring(.monthly, day: 20), #"{"day":20,"kind":"monthly"}"#),
      (.recurring(.halfYearly, day: nil), #"{"kind":"half_yearly"}"#),
    ] {
      let encoder = JSONEncoder()
      encoder.outputFormatting = .sortedKeys
      #expect(String(decoding: try encoder.encode(deadline), as: UTF8.self) == json)
      #expect(try JSONDecoder().decode(Deadline.self, from: Data(json.utf8)) == deadline)
    }
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(Deadline.self, from: Data(#"{"kind":"monthly","day":0}"#.utf8))
    }
  }

  @Test(
    "Plans' recurring phrases are read with their day",
    arguments: [
      ("Định kỳ hằng quý", Deadline.recurring(.quarterly, day: nil)),
      ("Hằng tháng", .recurring(.monthly, day: nil)),
      ("Hàng tháng (trước ngày 20)", .recurring(.monthly, day: 20)),
      ("Báo cáo hằng quý, trước ngày 15", .recurring(.quarterly, day: 15)),
      ("6 tháng một lần", .recurring(.halfYearly, day: nil)),
      ("quarterly by 20", .recurring(.quarterly, day: 20)),
      ("Hàng quý (trước ngày 15 tháng cuối quý)", .recurring(.quarterly, day: 15)),
      ("Ngày 25 hằng tháng", .recurring(.monthly, day: 25)),
      ("Trước ngày 20 của tháng cuối quý, hằng quý", .recurring(.quarterly, day: 20)),
      ("Định kỳ 6 tháng", .recurring(.halfYearly, day: nil)),
    ])
  func reading(cell: String, deadline: Deadline) {
    #expect(DeadlineReader(reportingDay: nil).read(cell)?.deadline.0 == deadline)
  }

  @Test("Within its deadline until a period's day passes without a report; then overdue")
  func overduePeriod() throws {
    // Given a quarterly obligation reported on in Q1
    let history = [quarterly(), report("15/03/2026")]

    // Then in April the next report is due on 30/06
    let april = try charge(history, on: "20/04/2026")
    #expect(april.bucket == .inProgressWithinDeadline)
    #expect(april.due == Fixtures.day("30/06/2026"))

    // And with no Q2 report, on 01/07 it is overdue for Q2, decided on 30/06
    let july = try charge(history, on: "01/07/2026")
    #expect(july.bucket == .overdue)
    #expect(july.due == Fixtures.day("30/06/2026"))
    #expect(july.decidingDay == Fixtures.day("30/06/2026"))

    // And a report in Q3 meets Q2, the oldest period owed, late: Q3's own report is still
    // owed by 30/09, and without it the task is overdue for Q3 (trial: a late report met the
    // next quarter, crediting the next head).
    let later = try charge(history + [report("20/08/2026")], on: "10/09/2026")
    #expect(later.bucket == .inProgressWithinDeadline && later.due == Fixtures.day("30/09/2026"))
    let october = try charge(history + [report("20/08/2026")], on: "01/10/2026")
    #expect(october.bucket == .overdue && october.due == Fixtures.day("30/09/2026"))
    let task = try facts(history + [report("20/08/2026")]).0
    let met = task.periodsOwed(in: 2026).map(\.met)
    #expect(met == [Fixtures.day("15/03/2026"), Fixtures.day("20/08/2026"), nil, nil])
  }

  @Test("Every period reported: completed on time; one reported after its named day: late")
  func wholeYear() throws {
    let reports = ["10/03/2026", "10/06/2026", "10/09/2026", "10/12/2026"].map(report)
    let onTime = try charge([quarterly(day: 20)] + reports, on: "31/12/2026")
    #expect(onTime.bucket == .completedOnTime)
    #expect(onTime.decidingDay == Fixtures.day("10/12/2026"))
    var lateReports = reports
    lateReports[1] = report("25/06/2026")
    let late = try charge([quarterly(day: 20)] + lateReports, on: "31/12/2026")
    #expect(late.bucket == .completedLate)
    #expect(late.due == Fixtures.day("20/06/2026"))
  }

  @Test("Periods before the assignment are not owed; after the year's last day, next year's is")
  func firstPeriod() throws {
    let mid = try charge([quarterly(assigned: "15/05/2026")], on: "20/05/2026")
    #expect(mid.bucket == .inProgressWithinDeadline && mid.due == Fixtures.day("30/06/2026"))
    let monthly = (
      Fixtures.assign("A", due: .recurring(.monthly, day: 20), support: []), "25/12/2026"
    )
    let late = try charge([monthly], on: "31/12/2026")
    #expect(late.bucket == .inProgressWithinDeadline && late.due == Fixtures.day("20/01/2027"))
  }

  @Test("Cancelling keeps a missed period's blame; a paused task still owes its reports")
  func closedAndPaused() throws {
    let cancelled = try charge(
      [quarterly(), report("15/03/2026"), (.cancelTask(a, reason: "Gộp nhiệm vụ"), "10/08/2026")],
      on: "31/12/2026")
    #expect(cancelled.bucket == .overdue && cancelled.due == Fixtures.day("30/06/2026"))
    #expect(cancelled.departure == .cancelled(on: Fixtures.day("10/08/2026")))
    let clean = try charge(
      [quarterly(), report("15/03/2026"), (.cancelTask(a, reason: "Gộp nhiệm vụ"), "10/04/2026")],
      on: "31/12/2026")
    #expect(clean.bucket == .cancelled)
    let paused = try charge(
      [quarterly(), (.pauseTask(a, reason: "Chờ hướng dẫn"), "10/02/2026")], on: "01/04/2026")
    #expect(paused.bucket == .overdue)
    #expect(
      try charge([quarterly(), (.pauseTask(a, reason: "x"), "10/02/2026")], on: "01/03/2026")
        .bucket == .paused)
  }

  @Test("The year's evaluation counts the obligation once, with the reports that decided it")
  func evaluation() throws {
    let reports = ["10/03/2026", "10/06/2026", "10/09/2026", "10/12/2026"].map(report)
    let (task, events) = try facts([quarterly()] + reports)
    let board = AccountabilityBoard(
      tasks: [task], units: [], on: Fixtures.day("31/12/2026"), dayIsOver: true)
    let credit = try #require(
      board.tasks.compactMap {
        TaskCredit.judge($0, facts: events, year: 2026, policy: .shipped)
      }.first)
    #expect(credit.outcome == .onTime && credit.isObligation)
    #expect(credit.decidedBy.count == 4)
    let missed = try facts([quarterly()] + reports.dropLast())
    let overdue = AccountabilityBoard(
      tasks: [missed.0], units: [], on: Fixtures.day("31/12/2026"), dayIsOver: true
    ).tasks.compactMap { TaskCredit.judge($0, facts: missed.1, year: 2026, policy: .shipped) }
    #expect(overdue.first?.outcome == .overdue)
  }

  @Test(
    "The year's product counts in periods: those due assigned, those reported delivered, each late report a delay"
  )
  func productInPeriods() throws {
    // By day 20 of each quarter's last month: Q1 late (25/03 for 20/03), Q2 on time, Q3's
    // report filed in December (late: owed reports are filled oldest first), Q4 not reported.
    let reports = ["25/03/2026", "10/06/2026", "10/12/2026"].map(report)
    let (task, events) = try facts([quarterly(day: 20)] + reports)
    let board = AccountabilityBoard(
      tasks: [task], units: [], on: Fixtures.day("31/12/2026"), dayIsOver: true)
    let credit = try #require(
      board.tasks.compactMap {
        TaskCredit.judge($0, facts: events, year: 2026, policy: .shipped)
      }.first)
    let product = try #require(credit.product(on: Fixtures.day("31/12/2026")))
    #expect(product.assigned == 4 && product.delivered == 3 && product.delays == 2)
    #expect(product.quantity == 0.75)
    #expect(product.progress(deduction: 0.25) == 0.75 * 0.5)
  }

  @Test("The check names the kind and its reporting day")
  func check() throws {
    let (task, _) = try facts([quarterly(day: 20)])
    let board = AccountabilityBoard(tasks: [task], units: [], on: Fixtures.day("01/02/2026"))
    let time = try #require(
      FiveClearRules.findings(for: board.tasks[0]).first { $0.clear == .time })
    #expect(time.rule == "time.recurring_deadline" && time.severity == .ok)
    #expect(time.vi.contains("hằng quý, hạn ngày 20 tháng cuối quý"))
    #expect(time.en.contains("every quarter by day 20 of its last month"))
  }

  @Test("The year's report is refused for a recurring obligation: its periods are met by reports")
  func annualRefused() throws {
    #expect(throws: LedgerError.annualReportWithoutObligation(a)) {
      try facts([
        quarterly(),
        (
          .reportProgress(a, text: "x", percent: nil, document: nil, by: nil, annual: true),
          "10/03/2026"
        ),
      ])
    }
  }
}
