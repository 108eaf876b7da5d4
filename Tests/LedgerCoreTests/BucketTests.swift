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
