import Foundation
import LedgerCore
import LedgerTestSupport
import Testing

@Suite("Tracker buckets")
struct BucketTests {
  /// A task due 30/06/2026, with a given status and completion day.
  func task(
    _ status: TaskStatus, deadline: Deadline = .date(Fixtures.day("30/06/2026")),
    completedOn: String? = nil, annualReport: String? = nil
  ) -> TaskState {
    TaskState(
      id: TaskID("T-1")!, title: "t", headRole: "Chủ tịch UBND xã", leadUnit: UnitCode("VHXH")!,
      supportingUnits: [], expectedResult: "r", deadline: deadline, originalDeadline: deadline,
      plan: nil, status: status, assignedOn: Fixtures.day("05/01/2026"), startedOn: nil,
      completedOn: completedOn.map(Fixtures.day), completion: nil,
      cancelledOn: status == .cancelled ? Fixtures.day("01/02/2026") : nil,
      pausedOn: nil, statusReason: nil, lastReportOn: annualReport.map(Fixtures.day),
      reportCount: 0, extensionCount: 0, lastPosition: 1,
      record: TaskRecord(annualReports: annualReport.map { [Fixtures.day($0)] } ?? []))
  }

  @Test(
    "Each task falls in exactly the bucket trackers use",
    arguments: [
      (TaskStatus.completed, "30/06/2026", "01/07/2026", Bucket.completedOnTime),
      (.completed, "01/07/2026", "05/07/2026", .completedLate),
      (.inProgress, nil, "30/06/2026", .inProgressWithinDeadline),
      (.assigned, nil, "01/07/2026", .overdue),
      (.cancelled, nil, "01/07/2026", .cancelled),
      (.paused, nil, "30/06/2026", .paused),
      (.paused, nil, "01/07/2026", .overdue),
    ] as [(TaskStatus, String?, String, Bucket)])
  func datedTask(status: TaskStatus, completedOn: String?, judgedOn: String, expected: Bucket) {
    #expect(
      task(status, completedOn: completedOn).charge(on: Fixtures.day(judgedOn)).bucket == expected)
  }

  @Test("Ongoing work has no deadline; completed ongoing work is on time")
  func ongoing() {
    #expect(
      task(.inProgress, deadline: .ongoing).charge(on: Fixtures.day("31/12/2026")).bucket
        == .noDeadline)
    #expect(
      task(.completed, deadline: .ongoing, completedOn: "01/05/2026").charge(
        on: Fixtures.day("31/12/2026")
      ).bucket == .completedOnTime)
  }

  @Test(
    "A yearly obligation is overdue after its day unless that year's annual report came in time")
  func yearly() {
    let yearly = Deadline.yearly(day: 30, month: 11)
    #expect(
      task(.inProgress, deadline: yearly).charge(on: Fixtures.day("29/11/2026")).bucket
        == .inProgressWithinDeadline)
    #expect(
      task(.inProgress, deadline: yearly).charge(on: Fixtures.day("01/12/2026")).bucket == .overdue)
    #expect(
      task(.inProgress, deadline: yearly, annualReport: "20/11/2026").charge(
        on: Fixtures.day("01/12/2026")
      ).bucket
        == .completedOnTime)
    #expect(
      task(.inProgress, deadline: yearly, annualReport: "02/12/2025").charge(
        on: Fixtures.day("01/12/2026")
      ).bucket
        == .overdue)
  }
}

@Suite("A completion stands")
struct CompletionStandsTests {
  @Test(
    "A correction that restores a completion keeps the task completed though a start follows it")
  func restoredCompletionStands() throws {
    // Given a task completed on 10/01, the completion retracted, then a start on 13/01
    let task = StreamID.task(TaskID("A")!)
    func fact(_ position: Int64, _ day: String, _ event: LedgerEvent) -> RecordedEvent {
      RecordedEvent(
        position: position, stream: task, version: Int(position), event: event,
        effective: Fixtures.day(day), recorded: Date(timeIntervalSince1970: 0), actor: "x",
        payload: Data(), previousHash: "", hash: "")
    }
    let assigned = TaskAssigned(
      title: "Nhiệm vụ", headRole: "Chủ tịch", leadUnit: UnitCode("UBND")!, supportingUnits: [],
      expectedResult: "Kết quả", deadline: .date(Fixtures.day("30/06/2026")))
    var events = [
      fact(1, "05/01/2026", .taskAssigned(assigned)),
      fact(2, "10/01/2026", .taskCompleted(TaskCompleted(result: "Xong"))),
      fact(3, "07/01/2026", .eventCorrected(EventCorrected(retracts: 2, reason: "Nhầm"))),
      fact(4, "13/01/2026", .taskStarted(TaskStarted())),
    ]
    #expect(TaskState.fold(events)?.status == .inProgress)

    // When the correction itself is retracted, the completion counts again
    events.append(
      fact(5, "14/01/2026", .eventCorrected(EventCorrected(retracts: 3, reason: "Sai"))))
    let state = try #require(TaskState.fold(events))

    // Then the task is completed, with its day: the later start does not reopen it
    #expect(state.status == .completed)
    #expect(state.completedOn == Fixtures.day("10/01/2026"))
  }
}
