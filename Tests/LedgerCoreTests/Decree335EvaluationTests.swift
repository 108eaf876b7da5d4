import LedgerCore
import LedgerTestSupport
import Testing

/// The evaluation scored by the Decree 335 engine from the ledger's facts (issue 19): every
/// head a leader, every missed deadline a delay, excused delays, conditions and `--as-of`.
@Suite("Decree 335 evaluation from the ledger")
struct Decree335EvaluationTests {
  var log = EventLogReading()
  let today = Fixtures.day("31/12/2026")
  let dung = "Hoàng Văn Dũng"
  let a = TaskID("A")!

  /// A commune with one unit, KT, headed by Dũng, and one task A due 30/04/2026.
  init() throws {
    for (command, day): (LedgerCommand, String) in [
      (.registerUnit(name: "Phòng Kinh tế", code: "KT"), "01/01/2026"),
      (.appointHead(unit: "KT", person: "Hoàng Văn Dũng", role: "Trưởng phòng"), "01/01/2026"),
      (
        .assignTask(
          AssignTask(
            id: TaskID("A"), title: "Lập báo cáo kinh tế quý", headRole: "Trưởng phòng",
            leadUnit: "KT", expectedResult: "Báo cáo", deadline: .date(Fixtures.day("30/04/2026")))),
        "05/01/2026"
      ),
      (
        .scoreGeneralPoints(person: "Hoàng Văn Dũng", year: 2026, points: 25, reason: "r"),
        "31/12/2026"
      ),
    ] {
      try record(command, day)
    }
  }

  mutating func record(_ command: LedgerCommand, _ day: String) throws {
    _ = try log.append(
      Decider(reading: log, effective: Fixtures.day(day), today: today).decide(command))
  }

  func refusal(_ command: LedgerCommand) -> LedgerError? {
    do {
      _ = try Decider(reading: log, effective: today, today: today).decide(command)
      return nil
    } catch {
      return error as? LedgerError
    }
  }

  mutating func judgeFull(period: String? = nil, level: Int = 100) throws {
    try record(
      .judgeLeader(
        LeaderCriteriaJudged(
          person: "hoang van dung", year: 2026, period: period, unitResults: level,
          organising: level, unity: level, reason: "Đơn vị hoàn thành")), "31/12/2026")
  }

  func rating(judgedBy: LocalDate? = nil) throws -> Evaluation.Rating {
    let board = AccountabilityBoard(
      tasks: log.tasks(), units: try log.units(), on: today, dayIsOver: true, policy: .shipped)
    let gathered = EvaluationFacts(
      streams: Dictionary(grouping: log.log, by: \.stream), year: 2026, on: today,
      judgedBy: judgedBy)
    let evaluation = Evaluation(year: 2026, board: board, gathered: gathered, policy: .shipped)
    return try #require(evaluation.ratings.first { $0.person == dung })
  }

  @Test("A head without d, đ, e is pending, never scored by the non-leader formula")
  mutating func headWithoutCriteriaIsPending() throws {
    try record(.completeTask(a, result: nil, evidence: nil, by: nil), "20/04/2026")
    let pending = try rating()
    #expect(pending.score.pending == [.leaderCriteria])
    #expect(pending.total == nil && pending.band == nil)
    try judgeFull()
    let scored = try rating()
    #expect(scored.total == 95)
    #expect(scored.band?.code == "excellent")
    #expect(scored.score.periods.map(\.period.description) == ["Q2"])
  }

  @Test("Missing the deadline and then the extension granted after it is two delays: 50 % progress")
  mutating func everyMissedDeadlineIsADelay() throws {
    try record(
      .extendDeadline(a, to: Fixtures.day("31/05/2026"), reason: "Chờ số liệu", approvedBy: "An"),
      "10/05/2026")
    try record(.completeTask(a, result: nil, evidence: nil, by: nil), "15/06/2026")
    try judgeFull()
    let rating = try rating()
    let product = try #require(rating.score.periods.first?.products.first)
    #expect(product.delays == 2)
    // (1 + 1 + 0.5 + 3) / 6 × 70 = 64.17; + 25 = 89.17, good.
    #expect(rating.total == 89.17)
    #expect(rating.band?.code == "good")
    let deadlines = try #require(rating.credits.first).deadlinesInForce(on: today)
    #expect(deadlines.map(\.missed) == [true, true])
    #expect(deadlines.map(\.due) == [Fixtures.day("30/04/2026"), Fixtures.day("31/05/2026")])
  }

  @Test("An extension granted before the deadline replaces it: no delay when met")
  mutating func extensionInTimeIsNoDelay() throws {
    try record(
      .extendDeadline(a, to: Fixtures.day("31/05/2026"), reason: "Chờ số liệu", approvedBy: "An"),
      "20/04/2026")
    try record(.completeTask(a, result: nil, evidence: nil, by: nil), "25/05/2026")
    try judgeFull()
    #expect(try rating().score.periods.first?.products.first?.delays == 0)
    #expect(try rating().total == 95)
  }

  @Test("An excused delay costs nothing; never more are excused than missed")
  mutating func excusedDelayCostsNothing() throws {
    try record(.completeTask(a, result: nil, evidence: nil, by: nil), "15/05/2026")
    try judgeFull()
    #expect(try rating().total == 92.08)  // (1 + 1 + 0.75 + 3) / 6 × 70 + 25
    let excuse = LedgerCommand.excuseDelay(
      a, DelayExcused(reason: "Bão lũ", approvedBy: "An", decision: "12/QĐ"))
    try record(excuse, "20/05/2026")
    // A second excuse of the one delay is refused (trial: it was recorded, certifying nothing).
    #expect(throws: LedgerError.self) { try record(excuse, "20/05/2026") }
    let product = try #require(try rating().score.periods.first?.products.first)
    #expect(product.delays == 1 && product.excusedDelays == 1)
    #expect(try rating().total == 95)
  }

  @Test("A condition forces “Không hoàn thành nhiệm vụ” whatever the points, and says why")
  mutating func conditionForcesNotCompleted() throws {
    try record(.completeTask(a, result: nil, evidence: nil, by: nil), "20/04/2026")
    try judgeFull()
    try record(
      .recordCondition(
        ConditionRecorded(
          person: "hoang van dung", year: 2026, kind: "Discipline", decision: "05/QĐ")),
      "30/12/2026")
    let rating = try rating()
    #expect(rating.total == 95)
    #expect(rating.score.bandByPoints == "excellent")
    #expect(rating.band?.vi == "Không hoàn thành nhiệm vụ")
    #expect(rating.conditions.map(\.kind) == ["discipline"])
  }

  @Test("A period's own criteria win over the year's")
  mutating func periodCriteriaWin() throws {
    try record(.completeTask(a, result: nil, evidence: nil, by: nil), "20/04/2026")
    try judgeFull()
    try judgeFull(period: "q2", level: 50)
    // (1 + 1 + 1 + 1.5) / 6 × 70 = 52.5; + 25 = 77.5.
    #expect(try rating().total == 77.5)
  }

  @Test("--as-of leaves out judgements dated after the day")
  mutating func asOfLeavesOutLaterJudgements() throws {
    try record(.completeTask(a, result: nil, evidence: nil, by: nil), "20/04/2026")
    try judgeFull()
    let early = try rating(judgedBy: Fixtures.day("30/06/2026"))
    #expect(early.generalPoints == nil && early.criteria.isEmpty)
    #expect(early.score.pending == [.leaderCriteria, .generalPoints])
    #expect(try rating(judgedBy: today).total == 95)
  }

  @Test("Partial quantity: 8 of 10 delivered scores 80 % on a, b and c; weights convert products")
  mutating func quantities() throws {
    try record(
      .assignTask(
        AssignTask(
          id: TaskID("B"), title: "Cấp giấy chứng nhận quyền sử dụng đất", headRole: "Trưởng phòng",
          leadUnit: "KT", expectedResult: "10 giấy chứng nhận",
          deadline: .date(Fixtures.day("31/05/2026")), quantity: 10, weight: 3)), "05/01/2026")
    try record(
      .reportProgress(
        TaskID("B")!, text: "Đã cấp 4", percent: nil, document: nil, by: nil, delivered: 4),
      "10/05/2026")
    #expect(
      refusal(
        .completeTask(TaskID("B")!, result: nil, evidence: nil, by: nil, delivered: -1))
        == .quantityOutOfRange(-1))
    try record(
      .completeTask(TaskID("B")!, result: nil, evidence: nil, by: nil, delivered: 8), "20/05/2026")
    try record(.completeTask(a, result: nil, evidence: nil, by: nil), "20/04/2026")
    try judgeFull()
    let products = try #require(try rating().score.periods.first?.products)
    let b = try #require(products.first { $0.task.hasPrefix("B ") })
    #expect(b.assigned == 10 && b.delivered == 8 && b.weight == 3)
    // Q2: a = b = c = (3 × 0.8 + 1 × 1) / 4 = 0.85; (2.55 + 3) / 6 × 70 = 64.75; + 25.
    #expect(try rating().total == 89.75)
  }

  @Test("Leader criteria and conditions outside the decree's terms are refused")
  func refusals() {
    func leader(_ level: Int, period: String? = nil) -> LedgerCommand {
      .judgeLeader(
        LeaderCriteriaJudged(
          person: "Hoàng Văn Dũng", year: 2026, period: period, unitResults: 100, organising: level,
          unity: 100, reason: "r"))
    }
    #expect(refusal(leader(70)) == .criterionOutOfRange(70))
    #expect(refusal(leader(100, period: "Q5")) == .unknownPeriod("Q5"))
    #expect(refusal(leader(100, period: "M12")) == nil)
    #expect(
      refusal(
        .recordCondition(
          ConditionRecorded(person: "Hoàng Văn Dũng", year: 2026, kind: "late", decision: "1/QĐ")))
        == .unknownConditionKind("late"))
  }
}

extension Decree335EvaluationTests {
  /// Adds UBND (chair An) and VHXH (Bình), and a task for each of KT and VHXH that names the
  /// chair; Dũng (KT) and Bình (VHXH) are rated by their recorded judgements.
  mutating func communeUnderTheChair(binhCriteria: Int) throws {
    for (command, day): (LedgerCommand, String) in [
      (.registerUnit(name: "UBND xã", code: "UBND"), "01/01/2026"),
      (.registerUnit(name: "Phòng Văn hóa - Xã hội", code: "VHXH"), "01/01/2026"),
      (.appointHead(unit: "UBND", person: "Nguyễn Văn An", role: "Chủ tịch UBND xã"), "01/01/2026"),
      (.appointHead(unit: "VHXH", person: "Trần Thị Bình", role: "Trưởng phòng"), "01/01/2026"),
      (
        .assignTask(
          AssignTask(
            id: TaskID("C1"), title: "Chỉ đạo chuyển đổi số kinh tế", headRole: "Chủ tịch UBND xã",
            leadUnit: "KT", expectedResult: "Báo cáo", deadline: .date(Fixtures.day("30/06/2026")))),
        "05/01/2026"
      ),
      (
        .assignTask(
          AssignTask(
            id: TaskID("C2"), title: "Chỉ đạo số hóa văn hóa", headRole: "Chủ tịch UBND xã",
            leadUnit: "VHXH", expectedResult: "Báo cáo",
            deadline: .date(Fixtures.day("30/06/2026")))), "05/01/2026"
      ),
      (
        .assignTask(
          AssignTask(
            id: TaskID("B"), title: "Số hóa hồ sơ văn hóa", headRole: "Trưởng phòng",
            leadUnit: "VHXH", expectedResult: "Hồ sơ số",
            deadline: .date(Fixtures.day("30/04/2026")))),
        "05/01/2026"
      ),
      (.completeTask(a, result: nil, evidence: nil, by: nil), "20/04/2026"),
      (.completeTask(TaskID("B")!, result: nil, evidence: nil, by: nil), "20/04/2026"),
      (.completeTask(TaskID("C1")!, result: nil, evidence: nil, by: nil), "20/06/2026"),
      (.completeTask(TaskID("C2")!, result: nil, evidence: nil, by: nil), "20/06/2026"),
      (
        .scoreGeneralPoints(person: "Trần Thị Bình", year: 2026, points: 25, reason: "r"),
        "31/12/2026"
      ),
    ] {
      try record(command, day)
    }
    try judgeFull()
    try record(
      .judgeLeader(
        LeaderCriteriaJudged(
          person: "Trần Thị Bình", year: 2026, period: nil, unitResults: binhCriteria,
          organising: binhCriteria, unity: binhCriteria, reason: "r")), "31/12/2026")
  }

  func chair() throws -> Evaluation.Rating {
    let board = AccountabilityBoard(
      tasks: log.tasks(), units: try log.units(), on: today, dayIsOver: true, policy: .shipped)
    let gathered = EvaluationFacts(
      streams: Dictionary(grouping: log.log, by: \.stream), year: 2026, on: today)
    let evaluation = Evaluation(year: 2026, board: board, gathered: gathered, policy: .shipped)
    return try #require(evaluation.ratings.first { $0.person == "Nguyễn Văn An" })
  }

  @Test(
    "A leader's unit results are proposed from the ratings of the heads of the units they direct: 100 when at least 70 % are rated Hoàn thành nhiệm vụ or better"
  )
  mutating func unitResultsFromThePeopleLed() throws {
    try communeUnderTheChair(binhCriteria: 100)
    let chair = try chair()
    #expect(Set(chair.proposed.unitPeople) == ["Hoàng Văn Dũng", "Trần Thị Bình"])
    #expect(chair.proposed.unitResults == 100)
  }

  @Test(
    "When fewer than 70 % of the heads a leader directs are rated Hoàn thành nhiệm vụ or better, the proposal is 50, whatever the leader's own products"
  )
  mutating func unitResultsFallWithThePeopleLed() throws {
    // Bình's year with d, đ, e at 50 % and general points of 25: (1+1+1+0.5+0.5+0.5)/6 × 70 +
    // 25 = 77.5 "Hoàn thành tốt" — so a condition is what makes her year not completed.
    try communeUnderTheChair(binhCriteria: 50)
    try record(
      .recordCondition(
        ConditionRecorded(person: "Trần Thị Bình", year: 2026, kind: "discipline", decision: "QĐ 9")
      ),
      "31/12/2026")
    let chair = try chair()
    #expect(chair.proposed.unitPeople.count == 2)
    #expect(chair.proposed.unitResults == 50)
    #expect(Set(chair.credits.map(\.task.id.rawValue)) == ["C1", "C2"])
  }

  @Test(
    "Only heads who served while the leader did count in the leader's proposed d (trial: a chair who left on 30/06 was proposed d from heads appointed later)"
  )
  mutating func unitResultsFromThoseWhoServedMeanwhile() throws {
    try communeUnderTheChair(binhCriteria: 100)
    // The chair leaves on 30/06; Bình leaves VHXH on 31/07 for Hà, who is rated on a task of
    // her own tenure.
    for (command, day): (LedgerCommand, String) in [
      (
        .appointHead(
          unit: "UBND", person: "Phạm Anh Tuấn", role: "Chủ tịch UBND xã",
          replaces: "Nguyễn Văn An"), "01/07/2026"
      ),
      (
        .appointHead(
          unit: "VHXH", person: "Đặng Thu Hà", role: "Trưởng phòng", replaces: "Trần Thị Bình"),
        "01/08/2026"
      ),
      (
        .assignTask(
          AssignTask(
            id: TaskID("D"), title: "Số hóa thư viện", headRole: "Trưởng phòng",
            leadUnit: "VHXH", expectedResult: "Thư viện số",
            deadline: .date(Fixtures.day("30/09/2026")))), "05/08/2026"
      ),
      (.completeTask(TaskID("D")!, result: nil, evidence: nil, by: nil), "20/09/2026"),
      (
        .scoreGeneralPoints(person: "Đặng Thu Hà", year: 2026, points: 25, reason: "r"),
        "31/12/2026"
      ),
      (
        .judgeLeader(
          LeaderCriteriaJudged(
            person: "Đặng Thu Hà", year: 2026, period: nil, unitResults: 100, organising: 100,
            unity: 100, reason: "r")), "31/12/2026"
      ),
    ] {
      try record(command, day)
    }
    let chair = try chair()
    #expect(Set(chair.proposed.unitPeople) == ["Hoàng Văn Dũng", "Trần Thị Bình"])
  }

  @Test(
    "With none of the heads they direct rated, a leader's d is proposed from their own products")
  mutating func unitResultsFromProductsWhenNobodyIsRated() throws {
    try record(.completeTask(a, result: nil, evidence: nil, by: nil), "20/04/2026")
    let dung = try rating()
    #expect(dung.proposed.unitPeople.isEmpty)
    #expect(dung.proposed.unitResults == 100)
  }
}
