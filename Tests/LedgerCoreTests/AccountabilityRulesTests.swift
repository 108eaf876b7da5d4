import LedgerCore
import LedgerTestSupport
import Testing

/// The answers the ledger exists to give (issue 11), each rule stated as a sentence and run
/// through the pure core: the decider, the fold, the board, the check and the evaluation.
@Suite("Accountability rules")
struct AccountabilityRulesTests {
  var log = EventLogReading()
  let today = Fixtures.day("31/12/2026")
  let policy = EvaluationPolicy.shipped

  /// A commune: UBND (chair An, then Tuấn from 01/07), VHXH (Bình) and KT (Dũng), both heads
  /// titled "Trưởng phòng".
  init() throws {
    for (command, day): (LedgerCommand, String) in [
      (.registerUnit(name: "UBND xã", code: "UBND"), "01/01/2026"),
      (.registerUnit(name: "Phòng Văn hóa - Xã hội", code: "VHXH"), "01/01/2026"),
      (.registerUnit(name: "Phòng Kinh tế", code: "KT"), "01/01/2026"),
      (.appointHead(unit: "UBND", person: "Nguyễn Văn An", role: "Chủ tịch UBND xã"), "01/01/2026"),
      (.appointHead(unit: "VHXH", person: "Trần Thị Bình", role: "Trưởng phòng"), "01/01/2026"),
      (.appointHead(unit: "KT", person: "Hoàng Văn Dũng", role: "Trưởng phòng"), "01/01/2026"),
      (
        .appointHead(
          unit: "UBND", person: "Phạm Anh Tuấn", role: "Chủ tịch UBND xã",
          replaces: "Nguyễn Văn An"), "01/07/2026"
      ),
    ] {
      try record(command, day)
    }
  }

  mutating func record(_ command: LedgerCommand, _ day: String) throws {
    _ = try log.append(
      Decider(reading: log, effective: Fixtures.day(day), today: today).decide(command))
  }

  func refusal(_ command: LedgerCommand, _ day: String) -> LedgerError? {
    do {
      _ = try Decider(reading: log, effective: Fixtures.day(day), today: today).decide(command)
      return nil
    } catch {
      return error as? LedgerError
    }
  }

  mutating func assign(
    _ id: String, lead: String = "VHXH", role: String = "Chủ tịch UBND xã",
    due: Deadline = .date(Fixtures.day("30/04/2026")), roleUnit: String? = nil
  ) throws {
    try record(
      .assignTask(
        AssignTask(
          id: TaskID(id), title: "Số hóa sổ hộ tịch lưu trữ \(id)", headRole: role, leadUnit: lead,
          expectedResult: "Sổ hộ tịch số hóa", deadline: due, roleUnit: roleUnit)), "05/01/2026")
  }

  func board(on day: String = "31/12/2026", policy: EvaluationPolicy = .shipped)
    -> AccountabilityBoard
  {
    AccountabilityBoard(
      tasks: log.tasks(), units: (try? log.units()) ?? [], on: Fixtures.day(day), dayIsOver: true,
      policy: policy)
  }

  func evaluation(policy: EvaluationPolicy = .shipped) throws -> Evaluation {
    var facts: [TaskID: [RecordedEvent]] = [:]
    for task in log.tasks() {
      facts[task.id] = Retractions.activeFacts(in: try log.events(in: .task(task.id)))
    }
    return Evaluation(
      year: 2026, board: board(policy: policy), facts: facts, generalPoints: [:], policy: policy)
  }

  func views(_ id: String) -> [TaskView] {
    board().tasks.filter { $0.task.id.rawValue == id }
  }

  let a = TaskID("A")!

  @Test(
    "1. Blame is fixed at the deadline: a later reassignment does not move it to the new lead, a later cancellation does not erase it, an earlier cancellation counts for no one"
  )
  mutating func blameIsFixedAtTheDeadline() throws {
    try assign("A")
    // Reassigning an overdue task needs the new lead's own deadline.
    #expect(
      refusal(.reassignLead(a, lead: "KT", reason: "Chuyển"), "01/06/2026")
        == .reassignNeedsDue(a, passed: Fixtures.day("30/04/2026")))
    try record(
      .reassignLead(a, lead: "KT", reason: "Chuyển", due: Fixtures.day("31/08/2026")),
      "01/06/2026")
    try record(.completeTask(a, result: nil, evidence: nil, by: nil), "20/08/2026")
    let both = views("A")
    #expect(both.map(\.lead.rawValue) == ["VHXH", "KT"])
    #expect(both[0].bucket == .overdue)
    #expect(
      both[0].charge.departure == .reassigned(to: UnitCode("KT")!, on: Fixtures.day("01/06/2026")))
    #expect(both[0].headPerson == "Nguyễn Văn An")
    #expect(both[0].leadUnitHead == "Trần Thị Bình")
    #expect(both[1].bucket == .completedOnTime)
    // The earlier lead's unit view, yearly report and evaluation still carry it.
    let vhxh = try #require(board().unitViews().first { $0.unit.code.rawValue == "VHXH" })
    #expect(vhxh.led.map(\.bucket) == [.overdue])
    let unit = try #require(try log.units().first { $0.code.rawValue == "VHXH" })
    #expect(
      YearlyReport(year: 2026, board: board(), facts: [:], unit: unit).entries.map(\.view.bucket)
        == [.overdue])
    let binh = try #require(
      try evaluation().rows.first { $0.tenure.person == "Trần Thị Bình" })
    #expect(binh.credits.map(\.outcome) == [.overdue])

    // Cancelled six weeks after the deadline: still overdue for its lead.
    try assign("B")
    try record(.cancelTask(TaskID("B")!, reason: "Không còn cần"), "15/06/2026")
    let cancelled = try #require(views("B").first)
    #expect(cancelled.bucket == .overdue)
    #expect(cancelled.charge.departure == .cancelled(on: Fixtures.day("15/06/2026")))
    // Cancelled before the deadline: counts for no one.
    try assign("C")
    try record(.cancelTask(TaskID("C")!, reason: "Không còn cần"), "15/03/2026")
    #expect(views("C").map(\.bucket) == [.cancelled])
    #expect(try evaluation().rows.flatMap(\.credits).allSatisfy { $0.task.id.rawValue != "C" })
  }

  @Test(
    "2. One definition of lateness: an extension granted after the deadline does not excuse it in any view or the evaluation, unless the policy says it does"
  )
  mutating func oneDefinitionOfLateness() throws {
    try assign("A", due: .date(Fixtures.day("30/06/2026")))
    try record(
      .extendDeadline(a, to: Fixtures.day("31/07/2026"), reason: "Chậm", approvedBy: "An"),
      "05/07/2026")
    try record(.completeTask(a, result: nil, evidence: nil, by: nil), "20/07/2026")
    let view = try #require(views("A").first)
    #expect(view.bucket == .completedLate)
    #expect(view.charge.lateGrants.map(\.grantedOn) == [Fixtures.day("05/07/2026")])
    #expect(view.charge.label(.en) == "completed late (extended after the deadline)")
    #expect(try evaluation().rows.flatMap(\.credits).map(\.outcome).allSatisfy { $0 == .late })
    let check = FiveClearCheck(board: board())
    #expect(check.results[0].findings.map(\.rule).contains("time.extended_after_deadline"))
    // The policy decides.
    var lenient = policy
    lenient.extensionGrantedAfterDeadlineMovesIt = true
    #expect(board(policy: lenient).tasks[0].bucket == .completedOnTime)
    #expect(
      try evaluation(policy: lenient).rows.flatMap(\.credits).allSatisfy { $0.outcome == .onTime })
  }

  @Test(
    "3. Status words mean what they say: a report starts a task, resume works after any pause, and a paused task past its deadline is overdue"
  )
  mutating func statusWordsMeanWhatTheySay() throws {
    try assign("A", due: .date(Fixtures.day("30/06/2026")))
    try record(.reportProgress(a, text: "50%", percent: 50, document: nil, by: nil), "10/02/2026")
    #expect(try log.task(a)?.status == .inProgress)
    #expect(try log.task(a)?.startedOn == Fixtures.day("10/02/2026"))
    try record(.pauseTask(a, reason: "Chờ kinh phí"), "01/03/2026")
    #expect(board(on: "15/06/2026").tasks[0].bucket == .paused)
    #expect(board(on: "01/07/2026").tasks[0].bucket == .overdue)
    try record(.resumeTask(a, reason: nil), "05/03/2026")
    #expect(try log.task(a)?.status == .inProgress)
  }

  @Test(
    "4. The year's report is a named act: only a report marked annual meets a yearly obligation, and only on a task that has one"
  )
  mutating func theYearsReportIsANamedAct() throws {
    try assign("A", due: .yearly(day: 30, month: 11))
    try record(
      .reportProgress(a, text: "Mới bắt đầu, 10%", percent: 10, document: nil, by: nil),
      "20/01/2026")
    #expect(views("A")[0].bucket == .overdue)
    try record(
      .reportProgress(a, text: "Báo cáo năm", percent: nil, document: nil, by: nil, annual: true),
      "20/11/2026")
    #expect(views("A")[0].bucket == .completedOnTime)
    #expect(try evaluation().rows.flatMap(\.credits).allSatisfy { $0.outcome == .onTime })
    try assign("D", due: .date(Fixtures.day("30/06/2026")))
    #expect(
      refusal(
        .reportProgress(
          TaskID("D")!, text: "x", percent: nil, document: nil, by: nil, annual: true),
        "01/02/2026") == .annualReportWithoutObligation(TaskID("D")!))
    // Ongoing work without a yearly reporting day owes no year's report either
    try assign("E", due: .ongoing)
    #expect(
      refusal(
        .reportProgress(
          TaskID("E")!, text: "x", percent: nil, document: nil, by: nil, annual: true),
        "01/02/2026") == .annualReportWithoutObligation(TaskID("E")!))
  }

  @Test(
    "5. Credit follows the holder who did the work: done in time, to the holder on the completion day; not done in time, to the holder on the deadline; ongoing work to every holder in tenure"
  )
  mutating func creditFollowsTheHolder() throws {
    // Due on the hand-over day, completed the day before under the outgoing chair.
    try assign("A", due: .date(Fixtures.day("01/07/2026")))
    try record(.completeTask(a, result: nil, evidence: nil, by: nil), "30/06/2026")
    // Due on the hand-over day and completed late: charged to the incoming chair.
    try assign("B", due: .date(Fixtures.day("01/07/2026")))
    try record(.completeTask(TaskID("B")!, result: nil, evidence: nil, by: nil), "10/07/2026")
    try assign("O", due: .ongoing)
    #expect(views("A")[0].headPerson == "Nguyễn Văn An")
    #expect(views("B")[0].headPerson == "Phạm Anh Tuấn")
    let heads = board().headViews().filter { $0.capacity == .accountableHead }
    func ids(_ person: String) -> [String] {
      heads.filter { $0.tenure.person == person }.flatMap { $0.tasks.map(\.task.id.rawValue) }
    }
    #expect(ids("Nguyễn Văn An") == ["A", "O"])
    #expect(ids("Phạm Anh Tuấn") == ["B", "O"])
  }

  @Test(
    "6. A role is held in a unit: never another unit's holder of the same bare title; nobody there means nobody named and an error in the check"
  )
  mutating func aRoleIsHeldInAUnit() throws {
    try record(.registerUnit(name: "Công an xã", code: "CAX"), "01/01/2026")
    // A CAX task answerable by "Trưởng phòng": only VHXH and KT have one.
    try assign("A", lead: "CAX", role: "Trưởng phòng")
    let view = views("A")[0]
    #expect(view.headPerson == nil)
    #expect(view.roleUnit.rawValue == "CAX")
    #expect(FiveClearRules.findings(for: view)[0].rule == "person.no_holder")
    #expect(FiveClearRules.findings(for: view)[0].severity == .error)
    #expect(
      try evaluation().rows.filter {
        $0.capacity == .accountableHead && $0.credits.contains { $0.task.id == a }
      }.isEmpty)
    // The title names its unit; or the assignment does (--role-unit).
    try assign("B", lead: "VHXH", role: "Chủ tịch UBND xã")
    try assign("C", lead: "VHXH", role: "Chủ tịch", roleUnit: "UBND")
    try assign("K", lead: "VHXH", role: "Trưởng phòng Kinh tế")
    #expect(views("B")[0].headPerson == "Nguyễn Văn An")
    #expect(views("C")[0].headPerson == "Nguyễn Văn An")
    #expect(views("K")[0].headPerson == "Hoàng Văn Dũng")
  }

  @Test(
    "7. People are persons, not strings: a name matching nobody is refused with the closest names, one typed without marks finds the person, and a person is rated once"
  )
  mutating func peopleArePersons() throws {
    #expect(
      refusal(
        .scoreGeneralPoints(person: "Hoang Van Dug", year: 2026, points: 25, reason: "r"),
        "05/01/2026")
        == .unknownPerson(
          "Hoang Van Dug",
          closest: [
            "Hoàng Văn Dũng (hoang van dung)", "Nguyễn Văn An (nguyen van an)",
            "Phạm Anh Tuấn (pham anh tuan)",
          ]))
    try record(
      .scoreGeneralPoints(person: "hoang van dung", year: 2026, points: 25, reason: "r"),
      "05/01/2026")
    let score = try log.events(in: .evaluation("2026-hoang-van-dung")).first?.event
    #expect(
      score
        == .generalPointsScored(
          GeneralPointsScored(person: "Hoàng Văn Dũng", year: 2026, points: 25, reason: "r")))
    // Dũng heads KT and, acting, VHXH: two capacities, one rating over every task once.
    try record(
      .appointHead(
        unit: "VHXH", person: "Hoàng Văn Dũng", role: "Trưởng phòng", replaces: "Trần Thị Bình"),
      "01/03/2026")
    try assign("A", lead: "VHXH", role: "Trưởng phòng", due: .date(Fixtures.day("30/06/2026")))
    try assign("K", lead: "KT", role: "Trưởng phòng", due: .date(Fixtures.day("30/06/2026")))
    let ratings = try evaluation().ratings.filter { $0.person == "Hoàng Văn Dũng" }
    #expect(ratings.count == 1)
    #expect(Set(ratings[0].rows.map(\.tenure.unit.rawValue)) == ["KT", "VHXH"])
    #expect(ratings[0].credits.map(\.task.id.rawValue).sorted() == ["A", "K"])
  }

  @Test(
    "9. Quality is judged, not assumed: each major error costs a quarter of the product's quality points unless an objective cause is certified"
  )
  mutating func qualityIsJudged() throws {
    try assign("A", due: .date(Fixtures.day("30/06/2026")))
    #expect(
      refusal(.reviewTask(a, majorErrors: 1, objectiveCause: nil, by: "An"), "10/06/2026")
        == .transitionRefused(a, action: .review, status: .assigned))
    try record(.completeTask(a, result: nil, evidence: nil, by: nil), "20/06/2026")
    func credit() throws -> Double? {
      try evaluation().rows.flatMap(\.credits).first.flatMap { policy.credit($0) }
    }
    #expect(try credit() == 1)
    try record(.reviewTask(a, majorErrors: 2, objectiveCause: nil, by: "An"), "25/06/2026")
    #expect(abs((try credit() ?? 0) - (1 - policy.qualityShare * 0.5)) < 1e-9)
    try record(
      .reviewTask(a, majorErrors: 2, objectiveCause: "Sở chậm cấp dữ liệu", by: "An"),
      "26/06/2026")
    #expect(try credit() == 1)
  }

  @Test(
    "9. A unit whose heads rated excellent exceed 20% of those rated good or better is flagged"
  )
  mutating func excellentQuota() throws {
    try assign("A", lead: "KT", role: "Trưởng phòng", due: .date(Fixtures.day("30/06/2026")))
    try record(.completeTask(a, result: nil, evidence: nil, by: nil), "20/06/2026")
    try record(
      .judgeLeader(
        LeaderCriteriaJudged(
          person: "Hoàng Văn Dũng", year: 2026, period: nil, unitResults: 100, organising: 100,
          unity: 100, reason: "r")), "31/12/2026")
    var gathered = EvaluationFacts(
      streams: [.evaluation("k"): try log.events(in: .evaluation("2026-hoang-van-dung-leader"))],
      year: 2026, on: today)
    gathered.facts[a] = try log.events(in: .task(a))
    gathered.generalPoints = [VietnameseText.matchKey("Hoàng Văn Dũng"): 28]
    // Counted over the whole body (the shipped policy): the one person rated excellent is
    // the whole body's only rating good or better, and floor(0.2 × 1) allows none.
    let evaluation = Evaluation(year: 2026, board: board(), gathered: gathered, policy: policy)
    var breach = Evaluation.QuotaBreach(unit: nil, excellent: 1, good: 0)
    breach.beyond = ["Hoàng Văn Dũng"]
    breach.beyondKeys = evaluation.ratings.filter { $0.person == "Hoàng Văn Dũng" }.map(\.key)
    #expect(breach.beyondKeys.count == 1)
    #expect(evaluation.quotaBreaches == [breach])
    // Counted per unit, the same breach is KT's.
    var perUnit = policy
    perUnit.quotaScope = "unit"
    breach.unit = UnitCode("KT")
    #expect(
      Evaluation(year: 2026, board: board(), gathered: gathered, policy: perUnit).quotaBreaches
        == [breach])
    // The shipped policy flags: the band stays what the points give.
    #expect(evaluation.ratings.first { $0.person == "Hoàng Văn Dũng" }?.band?.code == "excellent")
    // A policy that demotes moves the rating beyond the quota down to good, and says so.
    var demoting = policy
    demoting.quotaAction = .demote
    let demoted = Evaluation(year: 2026, board: board(), gathered: gathered, policy: demoting)
      .ratings.first { $0.person == "Hoàng Văn Dũng" }
    #expect(demoted?.band?.code == "good")
    #expect(demoted?.total == 98 && demoted?.demotedByQuota == true)
  }

  @Test("1. A retracted reassignment gives the task back to its earlier lead, blame and all")
  mutating func retractedReassignment() throws {
    try assign("A")
    try record(
      .reassignLead(a, lead: "KT", reason: "Chuyển", due: Fixtures.day("31/08/2026")),
      "01/06/2026")
    let reassigned = try #require(try log.events(in: .task(a)).last)
    try record(.correct(position: reassigned.position, reason: "Nhập nhầm"), "02/06/2026")
    #expect(views("A").map(\.lead.rawValue) == ["VHXH"])
    #expect(views("A").map(\.bucket) == [.overdue])
    #expect(views("A")[0].charge.departure == nil)
  }
}
