import Foundation
import LedgerCore
import LedgerTestSupport
import Testing

@Suite("Crediting a task for the year")
struct TaskCreditTests {
  let policy: EvaluationPolicy

  init() throws {
    policy = try EvaluationPolicy(
      json: String(contentsOf: Fixtures.schemaURL("evaluation-policy.v4.json"), encoding: .utf8))
  }

  /// A task's facts from commands, through the decider and the reference model.
  func facts(_ commands: [(LedgerCommand, String)]) throws -> (TaskState, [RecordedEvent]) {
    var log = EventLogReading()
    let today = Fixtures.day("31/12/2026")
    for (command, day) in [
      (LedgerCommand.registerUnit(name: "Phòng Văn hóa - Xã hội", code: "VHXH"), "01/01/2026")
    ]
      + commands
    {
      _ = try log.append(
        Decider(reading: log, effective: Fixtures.day(day), today: today).decide(command))
    }
    let id = TaskID("A")!
    let events = Retractions.activeFacts(in: try log.events(in: .task(id)))
    return (try #require(try log.task(id)), events)
  }

  func judge(_ commands: [(LedgerCommand, String)], on day: String = "31/12/2026") throws
    -> TaskCredit?
  {
    let (task, events) = try facts(commands)
    let board = AccountabilityBoard(
      tasks: [task], units: [], on: Fixtures.day(day), dayIsOver: true, policy: policy)
    return board.tasks.compactMap {
      TaskCredit.judge($0, facts: events, year: 2026, policy: policy)
    }.last
  }

  let a = TaskID("A")!

  @Test("The policy file reads, and its credits follow the decree")
  func policyCredits() {
    #expect(policy.version == "nd335-2025.v4")
    #expect(policy.credit(.onTime) == 1)
    #expect(abs((policy.credit(.late) ?? 0) - 0.916666) < 0.0001)
    #expect(policy.credit(.overdue) == 0)
    #expect(policy.credit(.notYetDue) == nil)
    #expect(policy.band(for: 90)?.code == "excellent")
    #expect(policy.band(for: 89.99)?.code == "good")
    #expect(policy.band(for: 70)?.code == "good")
    #expect(policy.band(for: 50)?.code == "completed")
    #expect(policy.band(for: 49.99)?.code == "not_completed")
  }

  @Test("An extension granted before the deadline moves it; one granted after does not")
  func extensions() throws {
    let before = try judge([
      (Fixtures.assign("A", support: []), "05/01/2026"),
      (
        .extendDeadline(a, to: Fixtures.day("31/07/2026"), reason: "r", approvedBy: "x"),
        "20/06/2026"
      ),
      (.completeTask(a, result: nil, evidence: nil, by: nil), "15/07/2026"),
    ])
    #expect(before?.outcome == .onTime)
    #expect(before?.extensionsCounted == 1)
    let after = try judge([
      (Fixtures.assign("A", support: []), "05/01/2026"),
      (
        .extendDeadline(a, to: Fixtures.day("31/07/2026"), reason: "r", approvedBy: "x"),
        "05/07/2026"
      ),
      (.completeTask(a, result: nil, evidence: nil, by: nil), "15/07/2026"),
    ])
    #expect(after?.outcome == .late)
    #expect(after?.extensions == 1)
    #expect(after?.extensionsCounted == 0)
    // The deadline that counts is the one the late extension did not move.
    #expect(after?.due == Fixtures.day("30/06/2026"))
  }

  @Test(
    "An extension granted after the deadline to a day still to come: the missed deadline is the one delay, the new one not yet due"
  )
  func lateExtensionStillToCome() throws {
    let commands: [(LedgerCommand, String)] = [
      (Fixtures.assign("A", due: .date(Fixtures.day("31/05/2026")), support: []), "05/01/2026"),
      (
        .extendDeadline(a, to: Fixtures.day("31/07/2026"), reason: "r", approvedBy: "x"),
        "05/06/2026"
      ),
    ]
    let credit = try #require(try judge(commands, on: "10/07/2026"))
    let deadlines = credit.deadlinesInForce(on: Fixtures.day("10/07/2026"))
    #expect(deadlines.map(\.due) == [Fixtures.day("31/05/2026"), Fixtures.day("31/07/2026")])
    #expect(deadlines.map(\.missed) == [true, false])
    #expect(deadlines.map(\.notYetDue) == [false, true])
    #expect(credit.outcome == .overdue)
    #expect(credit.product(on: Fixtures.day("10/07/2026"))?.delays == 1)
    #expect(credit.product(on: Fixtures.day("10/07/2026"))?.delivered == 0)
    // Once done by the new deadline, it is met (not "not yet due"); the first stays missed.
    let done = try #require(
      try judge(
        commands + [(.completeTask(a, result: nil, evidence: nil, by: nil), "20/07/2026")],
        on: "31/12/2026"))
    let judged = done.deadlinesInForce(on: Fixtures.day("31/12/2026"))
    #expect(judged.map(\.missed) == [true, false])
    #expect(judged.map(\.notYetDue) == [false, false])
  }

  @Test("Not yet due is listed, not scored; overdue earns nothing; other years do not count")
  func outcomes() throws {
    let open = [(Fixtures.assign("A", support: []), "05/01/2026")]
    #expect(try judge(open, on: "01/06/2026")?.outcome == .notYetDue)
    #expect(try judge(open, on: "01/07/2026")?.outcome == .overdue)
    let nextYear = [
      (Fixtures.assign("A", due: .date(Fixtures.day("31/03/2027")), support: []), "05/01/2026")
    ]
    #expect(try judge(nextYear) == nil)
    let cancelled = open + [(LedgerCommand.cancelTask(a, reason: "r"), "01/02/2026")]
    #expect(try judge(cancelled) == nil)
  }

  @Test("A yearly obligation: reported by its day is on time, later that year late, never overdue")
  func obligations() throws {
    let yearly = (Fixtures.assign("A", due: .yearly(day: 30, month: 11), support: []), "05/01/2026")
    #expect(try judge([yearly])?.outcome == .overdue)
    #expect(try judge([yearly], on: "29/11/2026")?.outcome == .notYetDue)
    let onTime = try judge([
      yearly,
      (
        .reportProgress(a, text: "x", percent: nil, document: nil, by: nil, annual: true),
        "29/11/2026"
      ),
    ])
    #expect(onTime?.outcome == .onTime)
    #expect(onTime?.isObligation == true)
    let late = try judge([
      yearly,
      (
        .reportProgress(a, text: "x", percent: nil, document: nil, by: nil, annual: true),
        "05/12/2026"
      ),
    ])
    #expect(late?.outcome == .late)
  }
}
