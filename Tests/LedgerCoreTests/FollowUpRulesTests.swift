import LedgerCore
import LedgerTestSupport
import Testing

/// The rules of following work up, against the array-backed model: receipt.
@Suite("Follow-up rules")
struct FollowUpRulesTests {
  var log = EventLogReading()
  let today = Fixtures.day("20/01/2026")

  init() throws {
    let on = Fixtures.day("01/01/2026")
    for command: LedgerCommand in [
      .registerUnit(name: "UBND xã", code: "UBND"),
      .registerUnit(name: "Phòng Văn hóa - Xã hội", code: "VHXH"),
      .registerUnit(name: "Công an xã", code: "CAX"),
      .appointHead(unit: "UBND", person: "Nguyễn Văn An", role: "Chủ tịch UBND xã"),
      .appointHead(unit: "VHXH", person: "Trần Thị Bình", role: "Trưởng phòng"),
      .appointHead(unit: "CAX", person: "Lê Văn Cường", role: "Trưởng Công an xã"),
    ] {
      try record(command, on: on)
    }
    // Assigned on Monday 05/01/2026.
    try record(Fixtures.assign("A"), on: Fixtures.day("05/01/2026"))
    try record(Fixtures.assign("B"), on: Fixtures.day("05/01/2026"))
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

  let a = TaskID("A")!
  let vhxh = UnitCode("VHXH")!
  let cax = UnitCode("CAX")!

  @Test("The lead unit's head acknowledges once; the fold keeps who, which unit and when")
  mutating func acknowledge() throws {
    try record(.acknowledgeTask(a, by: "tran thi binh"), on: Fixtures.day("07/01/2026"))
    let task = try #require(try log.task(a))
    #expect(
      task.record.acknowledgements
        == [Acknowledgement(unit: vhxh, by: "Trần Thị Bình", on: Fixtures.day("07/01/2026"))])
    #expect(task.status == .assigned)
    #expect(
      refusal(.acknowledgeTask(a, by: "Trần Thị Bình"))
        == .alreadyAcknowledged(a, unit: vhxh, on: Fixtures.day("07/01/2026")))
  }

  @Test("Anyone but the lead unit's head that day is refused, naming the head")
  func onlyTheHead() {
    #expect(
      refusal(.acknowledgeTask(a, by: "Nguyễn Văn An"))
        == .notLeadUnitHead(a, person: "Nguyễn Văn An", unit: vhxh, head: "Trần Thị Bình"))
    #expect(
      refusal(.acknowledgeTask(a, by: "Trần Thị Bình"), on: Fixtures.day("04/01/2026"))
        == .dateBeforeAssignment(
          a, date: Fixtures.day("04/01/2026"), assigned: Fixtures.day("05/01/2026")))
    #expect(
      refusal(.acknowledgeTask(TaskID("Z")!, by: "Trần Thị Bình")) == .unknownTask("Z"))
    let message = LedgerError.notLeadUnitHead(
      a, person: "Nguyễn Văn An", unit: vhxh, head: "Trần Thị Bình"
    ).message(.vi)
    #expect(message.contains("Trần Thị Bình") && message.contains("chủ trì"))
  }

  @Test("A task handed to another unit is acknowledged again by that unit's head")
  mutating func handOver() throws {
    try record(.acknowledgeTask(a, by: "Trần Thị Bình"), on: Fixtures.day("06/01/2026"))
    try record(
      .reassignLead(a, lead: "CAX", reason: "Theo chức năng"), on: Fixtures.day("10/01/2026"))
    #expect(
      refusal(.acknowledgeTask(a, by: "Trần Thị Bình"))
        == .notLeadUnitHead(a, person: "Trần Thị Bình", unit: cax, head: "Lê Văn Cường"))
    try record(.acknowledgeTask(a, by: "Lê Văn Cường"), on: Fixtures.day("12/01/2026"))
    #expect(try log.task(a)?.acknowledgement(by: cax)?.on == Fixtures.day("12/01/2026"))
  }

  @Test("check flags open tasks not acknowledged within 5 working days, and late receipts")
  mutating func receiptCheck() throws {
    #expect(WorkingDays.adding(5, to: Fixtures.day("05/01/2026")) == Fixtures.day("12/01/2026"))
    #expect(!WorkingDays.isWorkingDay(Fixtures.day("10/01/2026")))
    func check(on day: String, policy: EvaluationPolicy = .shipped) throws -> ReceiptCheck {
      ReceiptCheck(
        board: AccountabilityBoard(
          tasks: log.tasks(), units: try log.units(), on: Fixtures.day(day), policy: policy))
    }
    // On the last day allowed (Monday 12/01, 5 working days after 05/01) nothing is late.
    #expect(try check(on: "12/01/2026").late.isEmpty)
    #expect(try check(on: "13/01/2026").late.count == 2)
    // A: acknowledged on Wednesday 14/01, late.
    try record(.acknowledgeTask(a, by: "Trần Thị Bình"), on: Fixtures.day("14/01/2026"))
    let late = try check(on: "20/01/2026").late
    #expect(late.map(\.view.task.id.rawValue) == ["A", "B"])
    #expect(late.map(\.acknowledgedOn) == [Fixtures.day("14/01/2026"), nil])
    #expect(late.allSatisfy { $0.dueBy == Fixtures.day("12/01/2026") })
    // A policy allowing 10 working days lets both pass.
    var lenient = EvaluationPolicy.shipped
    lenient.acknowledgementWorkingDays = 10
    #expect(try check(on: "19/01/2026", policy: lenient).late.isEmpty)
    #expect(try check(on: "20/01/2026", policy: lenient).workingDays == 10)
  }

  @Test("An explanation is asked, one at a time, and answered; the fold keeps both and lateness")
  mutating func explanations() throws {
    let asked = ExplanationRequested(
      by: "Nguyễn Văn An", due: Fixtures.day("15/01/2026"), reason: "Chậm tiến độ")
    #expect(
      refusal(.explainTask(a, TaskExplained(text: "x", by: "Trần Thị Bình")))
        == .noExplanationRequested(a))
    #expect(
      refusal(
        .requestExplanation(
          a, ExplanationRequested(by: "Nguyễn Văn An", due: Fixtures.day("09/01/2026"))),
        on: Fixtures.day("10/01/2026"))
        == .explanationDueBeforeRequest(
          a, due: Fixtures.day("09/01/2026"), requested: Fixtures.day("10/01/2026")))
    try record(.requestExplanation(a, asked), on: Fixtures.day("10/01/2026"))
    // Only the head of the unit asked explains (trial: anyone's answer closed the request).
    #expect(
      refusal(.explainTask(a, TaskExplained(text: "Tôi giải trình thay", by: "Nguyễn Văn An")))
        == .notAskedUnitHead(a, person: "Nguyễn Văn An", unit: vhxh, head: "Trần Thị Bình"))
    #expect(
      refusal(.requestExplanation(a, asked), on: Fixtures.day("11/01/2026"))
        == .explanationPending(a, due: Fixtures.day("15/01/2026")))
    #expect(
      refusal(.explainTask(a, TaskExplained(text: " ", by: "Trần Thị Bình")))
        == .emptyText(.text))
    try record(
      .explainTask(
        a, TaskExplained(text: "Chờ số liệu của Sở", by: "Trần Thị Bình", document: "3/BC-VHXH")),
      on: Fixtures.day("18/01/2026"))
    let item = try #require(try log.task(a)?.record.explanations.first)
    #expect(item.requestedBy == "Nguyễn Văn An" && item.unit == vhxh)
    #expect(item.answeredOn == Fixtures.day("18/01/2026"))
    #expect(item.text == "Chờ số liệu của Sở" && item.document == "3/BC-VHXH")
    #expect(item.isLate(on: Fixtures.day("18/01/2026")))
    // Answered: a new request may be made.
    #expect(refusal(.requestExplanation(a, asked), on: Fixtures.day("12/01/2026")) == nil)
  }

  @Test("Evidence is attached only to a report, completion or explanation of the same task")
  mutating func evidence() throws {
    let file = AttachedFile(
      name: "bien-ban.pdf", size: 10, sha256: String(repeating: "a", count: 64))
    try record(
      .reportProgress(a, text: "Đã làm", percent: 10, document: nil, by: nil),
      on: Fixtures.day("10/01/2026"))
    let report = try #require(try log.events(in: .task(a)).last?.position)
    let assigned = try #require(try log.events(in: .task(a)).first?.position)
    #expect(refusal(.attachEvidence(a, EvidenceAttached(supports: report, files: [file]))) == nil)
    #expect(
      refusal(.attachEvidence(a, EvidenceAttached(supports: assigned, files: [file])))
        == .evidenceForNothing(a, position: assigned))
    #expect(
      refusal(.attachEvidence(TaskID("B")!, EvidenceAttached(supports: report, files: [file])))
        == .evidenceForNothing(TaskID("B")!, position: report))
    var big = file
    big.size = AttachedFile.sizeLimit + 1
    #expect(
      refusal(.attachEvidence(a, EvidenceAttached(supports: report, files: [big])))
        == .attachmentTooLarge("bien-ban.pdf", size: big.size, limit: AttachedFile.sizeLimit))
    var bad = file
    bad.sha256 = "XYZ"
    #expect(
      refusal(.attachEvidence(a, EvidenceAttached(supports: report, files: [bad])))
        == .invalidDigest("XYZ"))
    #expect(
      refusal(.attachEvidence(a, EvidenceAttached(supports: report, files: [])))
        == .emptyText(.evidence))
  }
}
