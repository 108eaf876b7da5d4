import LedgerCore
import LedgerTestSupport
import Testing

/// Issue 11, point 7: people are persons, not strings.
///
/// Each rule stated as a sentence and run through the decider over a plain event log.
@Suite("Person rules")
struct PersonRulesTests {
  var log = EventLogReading()
  let today = Fixtures.day("31/12/2026")

  /// Two heads named Nguyễn Văn Hùng (NVH in VHXH, HUNG-02 in KT) and Trần Thị Bình.
  init() throws {
    for command: LedgerCommand in [
      .registerUnit(name: "Phòng Văn hóa - Xã hội", code: "VHXH"),
      .registerUnit(name: "Phòng Kinh tế", code: "KT"),
      .registerPerson(name: "Nguyễn Văn Hùng", code: nil),
      .registerPerson(name: "Nguyễn Văn Hùng", code: "hung-02"),
      .registerPerson(name: "Trần Thị Bình", code: "TTB"),
    ] {
      try record(command)
    }
  }

  mutating func record(_ command: LedgerCommand) throws {
    _ = try log.append(
      Decider(reading: log, effective: Fixtures.day("02/01/2026"), today: today).decide(command))
  }

  func refusal(_ command: LedgerCommand) -> LedgerError? {
    do {
      _ = try Decider(reading: log, effective: Fixtures.day("02/01/2026"), today: today)
        .decide(command)
      return nil
    } catch {
      return error as? LedgerError
    }
  }

  @Test("A person is registered under a staff code: given, or made from the name's initials")
  func codes() throws {
    let persons = try log.persons()
    #expect(persons.map(\.code) == ["NVH", "HUNG-02", "TTB"])
    #expect(try log.events(in: .person("HUNG-02")).count == 1)
    #expect(StreamID("person:HUNG-02") == .person("HUNG-02"))
    #expect(StreamID("person:hung 02") == nil)
  }

  @Test(
    "A second person of a registered name needs their own code; a taken or malformed code is refused"
  )
  func registrationRefusals() {
    #expect(
      refusal(.registerPerson(name: "Nguyễn Văn Hùng", code: nil))
        == .personNameTaken("Nguyễn Văn Hùng", codes: ["NVH", "HUNG-02"]))
    #expect(
      refusal(.registerPerson(name: "Lê Văn Cường", code: "ttb"))
        == .personCodeTaken("TTB", name: "Trần Thị Bình"))
    #expect(
      refusal(.registerPerson(name: "Lê Văn Cường", code: "a b")) == .invalidPersonCode("a b"))
  }

  @Test(
    "A command names a person by code or by a name matching exactly one person after NFC and tone folding; a shared name is refused listing each code"
  )
  func resolution() throws {
    let names = try log.personNames()
    #expect(try names.person("tran thi binh") == KnownPerson(name: "Trần Thị Bình", code: "TTB"))
    // NFD input, the same person.
    let nfd = "Tra\u{0302}\u{0300}n Thi\u{0323} Bi\u{0300}nh"
    #expect(try names.person(nfd).code == "TTB")
    #expect(try names.person("hung-02") == KnownPerson(name: "Nguyễn Văn Hùng", code: "HUNG-02"))
    #expect(
      refusal(.scoreGeneralPoints(person: "Nguyễn Văn Hùng", year: 2026, points: 20, reason: "r"))
        == .ambiguousPerson(
          "Nguyễn Văn Hùng", matches: ["Nguyễn Văn Hùng (NVH)", "Nguyễn Văn Hùng (HUNG-02)"]))
  }

  @Test("A name matching nobody is refused listing the closest registered names, never recorded")
  func unknownName() {
    #expect(
      refusal(.scoreGeneralPoints(person: "Tran Thi Binhh", year: 2026, points: 20, reason: "r"))
        == .unknownPerson(
          "Tran Thi Binhh",
          closest: [
            "Trần Thị Bình (TTB, tran thi binh)", "Nguyễn Văn Hùng (NVH, nguyen van hung)",
            "Nguyễn Văn Hùng (HUNG-02, nguyen van hung)",
          ]))
  }

  @Test("Two people of one name are told apart by code and never share a score")
  mutating func separateScores() throws {
    try record(.scoreGeneralPoints(person: "NVH", year: 2026, points: 20, reason: "r"))
    try record(.scoreGeneralPoints(person: "HUNG-02", year: 2026, points: 28, reason: "r"))
    #expect(try log.events(in: .evaluation("2026-nvh")).count == 1)
    #expect(try log.events(in: .evaluation("2026-hung-02")).count == 1)
  }

  @Test("Appointing by code names the registered person; a new name is taken as typed")
  mutating func appointByCode() throws {
    try record(.appointHead(unit: "KT", person: "hung-02", role: "Trưởng phòng"))
    #expect(
      try log.units().first { $0.code.rawValue == "KT" }?.tenures.map(\.person) == [
        "Nguyễn Văn Hùng"
      ])
  }

  @Test(
    "Two heads of one name appointed under their codes are rated apart: each rating holds its own unit, general points and leader criteria"
  )
  mutating func namesakesRatedApart() throws {
    try record(.appointHead(unit: "VHXH", person: "NVH", role: "Trưởng phòng"))
    try record(.appointHead(unit: "KT", person: "hung-02", role: "Trưởng phòng"))
    try record(.scoreGeneralPoints(person: "NVH", year: 2026, points: 20, reason: "r"))
    try record(.scoreGeneralPoints(person: "HUNG-02", year: 2026, points: 28, reason: "r"))
    try record(
      .judgeLeader(
        LeaderCriteriaJudged(
          person: "HUNG-02", year: 2026, period: nil, unitResults: 100, organising: 100,
          unity: 50, reason: "r")))
    let units = try log.units()
    #expect(units.flatMap(\.tenures).compactMap(\.code).sorted() == ["HUNG-02", "NVH"])
    let board = AccountabilityBoard(tasks: log.tasks(), units: units, on: today)
    let gathered = EvaluationFacts(
      streams: Dictionary(grouping: log.log, by: \.stream), year: 2026, on: today)
    let evaluation = Evaluation(
      year: 2026, board: board, gathered: gathered,
      policy: try EvaluationPolicy(json: ShippedPolicy.json))
    let ratings = Dictionary(
      evaluation.ratings.map { ($0.code ?? "-", $0) }, uniquingKeysWith: { a, _ in a })
    #expect(evaluation.ratings.count == 2)
    #expect(ratings["NVH"]?.generalPoints == 20)
    #expect(ratings["HUNG-02"]?.generalPoints == 28)
    #expect(ratings["NVH"]?.criteria.isEmpty == true)
    #expect(ratings["HUNG-02"]?.criteria[nil]?.unity == 50)
    #expect(ratings["NVH"]?.rows.map(\.tenure.unit.rawValue) == ["VHXH"])
  }

  @Test(
    "A fact that names a person only by a name one registered person has is that person's: an appointment recorded before the person's code is rated with the score recorded under it"
  )
  func nameOnlyFactIsTheRegisteredPersons() {
    let identity = PersonIdentity(persons: [
      PersonRegistered(code: "TTB", name: "Trần Thị Bình"),
      PersonRegistered(code: "NVH", name: "Nguyễn Văn Hùng"),
      PersonRegistered(code: "HUNG-02", name: "Nguyễn Văn Hùng"),
    ])
    #expect(identity.key(code: nil, name: "Trần Thị Bình") == identity.key(code: "TTB", name: "x"))
    // A name two people share stays the name's own: it is neither person's.
    #expect(identity.key(code: nil, name: "Nguyễn Văn Hùng") != identity.key(code: "NVH", name: ""))
    #expect(
      identity.key(code: nil, name: "Nguyễn Văn Hùng") != identity.key(code: "HUNG-02", name: ""))
  }

  @Test(
    "A --by or --approved-by that names a person of the ledger is recorded under their registered name, by code when namesakes exist; an official outside the ledger is kept as typed; a shared name is refused"
  )
  mutating func byNamesAPerson() throws {
    try record(.appointHead(unit: "KT", person: "TTB", role: "Trưởng phòng"))
    try record(
      Fixtures.assign("T-1", due: .date(Fixtures.day("30/06/2026")), lead: "KT", support: []))
    let t1 = try #require(TaskID("T-1"))
    try record(.startTask(t1, by: "tran thi binh"))
    try record(
      .extendDeadline(
        t1, to: Fixtures.day("31/07/2026"), reason: "r", approvedBy: "hung-02"))
    try record(
      .reportProgress(
        t1, text: "t", percent: 10, document: nil, by: "Ông Lý Văn Tư (Sở Tư pháp)",
        annual: false, delivered: nil))
    let facts = try log.events(in: .task(t1)).map(\.event)
    #expect(
      facts.contains { if case .taskStarted(let p) = $0 { p.by == "Trần Thị Bình" } else { false } }
    )
    #expect(
      facts.contains {
        if case .deadlineExtended(let p) = $0 {
          p.approvedBy == "Nguyễn Văn Hùng (HUNG-02)"
        } else {
          false
        }
      })
    #expect(
      facts.contains {
        if case .progressReported(let p) = $0 {
          p.by == "Ông Lý Văn Tư (Sở Tư pháp)"
        } else {
          false
        }
      })
    let shared = refusal(
      .completeTask(
        t1, result: nil, evidence: nil, by: "Nguyen Van Hung", delivered: nil))
    // The letters of a person of the ledger with other marks is a slip, refused with her name.
    let slip = refusal(
      .reportProgress(
        t1, text: "t", percent: 20, document: nil, by: "Trần Thi Binh", annual: false,
        delivered: nil))
    guard case .unknownPerson(_, let closest) = slip,
      closest.first?.hasPrefix("Trần Thị Bình") == true
    else {
      Issue.record("a near spelling must be refused, got \(String(describing: slip))")
      return
    }
    guard case .ambiguousPerson = shared else {
      Issue.record("a shared name must be refused, got \(String(describing: shared))")
      return
    }
  }
}
