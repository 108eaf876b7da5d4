import Foundation
import LedgerCore
import LedgerTestSupport
import Testing

@Suite("Audit lines and picture differences")
struct AuditAndDiffTests {
  func event(_ event: LedgerEvent, effective: String, recorded: String) -> RecordedEvent {
    RecordedEvent(
      position: 9, stream: .task(TaskID("A")!), version: 2, event: event,
      effective: Fixtures.day(effective), recorded: Fixtures.instant(recorded), actor: "hoa",
      payload: Data(), previousHash: "", hash: "")
  }

  @Test(
    "The filing lag is counted in the ledger's days, and flagged past the threshold",
    arguments: [
      ("28/06/2026", "2026-07-05T10:00:00+07:00", 7, false),
      ("28/06/2026", "2026-07-06T10:00:00+07:00", 8, true),
      ("05/07/2026", "2026-07-04T23:30:00Z", 0, false),  // 06:30 on 05/07 in Hà Nội
    ])
  func lag(effective: String, recorded: String, lag: Int, backdated: Bool) {
    let entry = AuditEntry(
      event: event(.taskCompleted(TaskCompleted()), effective: effective, recorded: recorded),
      retractedBy: nil, timeZone: TimeZone(identifier: "Asia/Ho_Chi_Minh")!, thresholdDays: 7)
    #expect(entry.lagDays == lag)
    #expect(entry.backdated == backdated)
  }

  @Test("A correction that restates a day is audited by the day it restates")
  func restatedLag() {
    let entry = AuditEntry(
      event: event(
        .eventCorrected(
          EventCorrected(retracts: 8, reason: "r", restatedEffective: Fixtures.day("01/07/2026"))),
        effective: "10/07/2026", recorded: "2026-07-10T09:00:00+07:00"),
      retractedBy: nil, timeZone: TimeZone(identifier: "Asia/Ho_Chi_Minh")!, thresholdDays: 7)
    #expect(entry.happened == Fixtures.day("01/07/2026"))
    #expect(entry.lagDays == 9)
    #expect(entry.backdated)
  }

  @Test("A diff lists only tasks whose picture changed, and tasks that appeared")
  func diff() throws {
    func view(_ id: String, _ status: TaskStatus, completed: String? = nil) -> TaskState {
      TaskState(
        id: TaskID(id)!, title: "t", headRole: "r", leadUnit: UnitCode("VHXH")!,
        supportingUnits: [],
        expectedResult: "x", deadline: .date(Fixtures.day("30/06/2026")),
        originalDeadline: .date(Fixtures.day("30/06/2026")), plan: nil, status: status,
        assignedOn: Fixtures.day("05/01/2026"), startedOn: nil,
        completedOn: completed.map(Fixtures.day), completion: nil, cancelledOn: nil, pausedOn: nil,
        statusReason: nil, lastReportOn: nil, reportCount: 0, extensionCount: 0, lastPosition: 1)
    }
    let day = Fixtures.day("30/06/2026")
    let before = AccountabilityBoard(
      tasks: [view("A", .assigned), view("B", .assigned)], units: [], on: day, dayIsOver: true)
    let after = AccountabilityBoard(
      tasks: [
        view("A", .completed, completed: "28/06/2026"), view("B", .assigned), view("C", .assigned),
      ],
      units: [], on: day, dayIsOver: true)
    let changes = BoardDiff(from: before, to: after).changes
    #expect(changes.map(\.id.rawValue) == ["A", "C"])
    #expect(changes[0].before?.bucket == .overdue)
    #expect(changes[0].after?.bucket == .completedOnTime)
    #expect(changes[1].before == nil)
  }
}
