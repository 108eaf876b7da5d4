import LedgerCore
import LedgerTestSupport
import Testing

/// Which unit an explanation is asked of, after a hand-over: the one charged with the missed
/// deadline (blame is fixed when a deadline passes), and only its head answers.
@Suite("Explanations after a hand-over")
struct ExplanationUnitRulesTests {
  var log = EventLogReading()
  let today = Fixtures.day("31/12/2026")
  let a = TaskID("A")!
  let vhxh = UnitCode("VHXH")!
  let kt = UnitCode("KT")!

  /// VHXH (Trần Thị Bình) and KT (Hoàng Văn Dũng); task A due 30/04 at VHXH.
  init() throws {
    for command: LedgerCommand in [
      .registerUnit(name: "UBND xã", code: "UBND"),
      .registerUnit(name: "Phòng Văn hóa - Xã hội", code: "VHXH"),
      .registerUnit(name: "Phòng Kinh tế", code: "KT"),
      .appointHead(unit: "UBND", person: "Nguyễn Văn An", role: "Chủ tịch UBND xã"),
      .appointHead(unit: "VHXH", person: "Trần Thị Bình", role: "Trưởng phòng"),
      .appointHead(unit: "KT", person: "Hoàng Văn Dũng", role: "Trưởng phòng"),
    ] {
      try record(command, on: "01/01/2026")
    }
    try record(
      Fixtures.assign("A", due: .date(Fixtures.day("30/04/2026")), support: []), on: "05/01/2026")
  }

  mutating func record(_ command: LedgerCommand, on day: String) throws {
    let decision = try Decider(reading: log, effective: Fixtures.day(day), today: today)
      .decide(command)
    _ = try log.append(decision)
  }

  func refusal(_ command: LedgerCommand, on day: String) -> LedgerError? {
    do {
      _ = try Decider(reading: log, effective: Fixtures.day(day), today: today).decide(command)
      return nil
    } catch {
      return error as? LedgerError
    }
  }

  func ask(due: String) -> LedgerCommand {
    .requestExplanation(a, ExplanationRequested(by: "Nguyễn Văn An", due: Fixtures.day(due)))
  }

  mutating func handOver() throws {
    try record(
      .reassignLead(a, lead: "KT", reason: "Theo chức năng", due: Fixtures.day("30/06/2026")),
      on: "10/05/2026")
  }

  @Test("Overdue at VHXH, handed to KT: the request is asked of VHXH and VHXH's head answers")
  mutating func earlierLeadAnswers() throws {
    try handOver()
    try record(ask(due: "25/05/2026"), on: "15/05/2026")
    let asked = try #require(try log.task(a)?.record.explanations.last)
    #expect(asked.unit == vhxh)
    #expect(
      refusal(
        .explainTask(a, TaskExplained(text: "Đã nhận lại", by: "Hoàng Văn Dũng")), on: "20/05/2026")
        == .notAskedUnitHead(a, person: "Hoàng Văn Dũng", unit: vhxh, head: "Trần Thị Bình"))
    try record(
      .explainTask(a, TaskExplained(text: "Thiếu máy quét", by: "Trần Thị Bình")), on: "20/05/2026")
    #expect(try log.task(a)?.record.explanations.last?.answeredBy == "Trần Thị Bình")
  }

  @Test("Nothing overdue yet, or the new lead's own deadline missed: the current lead is asked")
  mutating func currentLeadWhenItIsCharged() throws {
    try record(ask(due: "20/04/2026"), on: "10/04/2026")
    #expect(try log.task(a)?.record.explanations.last?.unit == vhxh)
    try record(
      .explainTask(a, TaskExplained(text: "Đang làm", by: "Trần Thị Bình")), on: "15/04/2026")
    try handOver()
    // KT's own deadline 30/06 passed with the task not done: KT is charged, and asked.
    try record(ask(due: "15/07/2026"), on: "05/07/2026")
    #expect(try log.task(a)?.record.explanations.last?.unit == kt)
  }

  @Test("A request recorded before v2 (no unit) still reads as asked of the lead unit that day")
  mutating func versionOneReadsAsBefore() throws {
    try handOver()
    let old = ExplanationRequested(by: "Nguyễn Văn An", due: Fixtures.day("25/05/2026"))
    #expect(old.unit == nil)
    let state = try #require(try log.task(a))
    let fact = try #require(try log.events(in: .task(a)).last)
    #expect(old.evolve(state, by: fact)?.record.explanations.last?.unit == kt)
    let named = ExplanationRequested(
      by: "Nguyễn Văn An", due: Fixtures.day("25/05/2026"), unit: vhxh)
    #expect(named.evolve(state, by: fact)?.record.explanations.last?.unit == vhxh)
  }
}
