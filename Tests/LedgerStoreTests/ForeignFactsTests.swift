import Foundation
import LedgerCore
import LedgerTestSupport
import Testing

@testable import LedgerStore

@Suite("Foreign facts: another system's export recorded as this ledger's own events")
struct ForeignFactsTests {
  /// A commune's ledger with a random history (corrections included), and its export.
  func commune() throws -> (Ledger, [String]) {
    let (ledger, clock) = try Fixtures.ledger(at: "02/01/2026")
    var random = RandomHistory(seed: 23)
    try random.play(400, on: ledger, clock: clock, actor: "thư ký xã")
    var lines: [String] = []
    try ledger.exportEvents { lines.append($0) }
    return (ledger, lines)
  }

  func numbered(_ lines: [String]) -> [(number: Int, text: String)] {
    lines.enumerated().map { (number: $0.offset + 1, text: $0.element) }
  }

  /// A district ledger whose clock is past every fact of the commune's.
  func district() throws -> Ledger {
    try Fixtures.ledger(at: "01/12/2026").0
  }

  @Test("Each fact becomes a new event by the importing actor, its source kept in the payload")
  func recordsWithOrigin() throws {
    let (source, lines) = try commune()
    let district = try district()
    let report = try district.importForeignFacts(
      lines: numbered(lines), source: "xã Chí Minh", actor: "văn phòng huyện")
    #expect(report == ForeignImportReport(imported: lines.count, skipped: 0))
    // Same facts in the same order: the same projections, corrections included.
    #expect(try district.projectionDigest() == source.projectionDigest())
    #expect(try district.verify().isIntact)
    var sourceEvents: [RecordedEvent] = []
    try source.replay { sourceEvents.append($0.event) }
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    let exported = try lines.map { try decoder.decode(EventEnvelope.self, from: Data($0.utf8)) }
    var index = 0
    try district.replay { entry in
      let event = entry.event
      let original = sourceEvents[index]
      index += 1
      #expect(event.actor == "văn phòng huyện")
      #expect(event.hash != original.hash)
      #expect(event.event == original.event)
      #expect(event.effective == original.effective)
      #expect(
        event.origin
          == FactOrigin(
            source: "xã Chí Minh", id: original.hash, actor: "thư ký xã",
            recorded: exported[index - 1].recorded, position: original.position,
            stream: original.stream.description))
    }
    #expect(index == lines.count)
  }

  /// What a board says of each task: its charges' buckets, leads and answerable heads.
  func summary(_ board: AccountabilityBoard) -> [String] {
    board.tasks.map {
      "\($0.task.id.rawValue) \($0.task.status) \($0.lead) \($0.bucket) \($0.headPerson ?? "-")"
    }.sorted()
  }

  @Test(
    "11.8 As known at a moment, an imported fact counts from its source's recorded time: the district's board then is the commune's board then"
  )
  func knownAtAsTheSourceKnewIt() throws {
    let (source, lines) = try commune()
    let district = try district()
    _ = try district.importForeignFacts(
      lines: numbered(lines), source: "xã Chí Minh", actor: "văn phòng huyện")
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    let recorded = try lines.map {
      try decoder.decode(EventEnvelope.self, from: Data($0.utf8)).recorded
    }
    for index in [lines.count / 3, 2 * lines.count / 3] {
      let moment = try #require(FactOrigin.instant(recorded[index]))
      for day in [Fixtures.day("30/06/2026"), Fixtures.day("31/12/2026")] {
        let then = summary(try source.board(asOf: day, knownAt: moment))
        #expect(!then.isEmpty)
        #expect(summary(try district.board(asOf: day, knownAt: moment)) == then)
      }
    }
  }

  @Test("Importing the same export again adds nothing; a longer export adds only what is new")
  func duplicatesSkipped() throws {
    let (_, lines) = try commune()
    let district = try district()
    let half = Array(lines.prefix(lines.count / 2))
    _ = try district.importForeignFacts(lines: numbered(half), source: "xa", actor: "huyện")
    let digest = try district.digest()
    #expect(
      try district.importForeignFacts(lines: numbered(half), source: "xa", actor: "huyện")
        == ForeignImportReport(imported: 0, skipped: half.count))
    #expect(try district.digest() == digest)
    #expect(
      try district.importForeignFacts(lines: numbered(lines), source: "xa", actor: "huyện")
        == ForeignImportReport(imported: lines.count - half.count, skipped: half.count))
    #expect(try district.eventCount() == lines.count)
  }

  @Test("Another system's own format: ids as numbers or strings, a repeated id taken once")
  func genericFormat() throws {
    let district = try district()
    try Fixtures.commune(district)
    let before = try district.eventCount()
    let lines = [
      #"{"id": 501, "stream": "task:TX-1", "type": "task.assigned", "effective": "2026-03-02", "actor": "phần mềm một cửa", "payload": {"title": "Số hoá hồ sơ hộ tịch", "head_role": "Chủ tịch UBND xã", "lead_unit": "VHXH", "supporting_units": [], "expected_result": "Kho dữ liệu hộ tịch", "deadline": {"kind": "date", "date": "2026-09-30"}}}"#,
      "",
      #"{"id": "502", "stream": "task:TX-1", "type": "task.progress_reported", "effective": "2026-04-02", "payload": {"text": "Đã số hoá 40% sổ", "percent": 40}}"#,
      #"{"id": "502", "stream": "task:TX-1", "type": "task.progress_reported", "effective": "2026-04-02", "payload": {"text": "Đã số hoá 40% sổ", "percent": 40}}"#,
    ]
    let report = try district.importForeignFacts(
      lines: numbered(lines), source: "một cửa", actor: "văn thư")
    #expect(report == ForeignImportReport(imported: 2, skipped: 1))
    #expect(try district.eventCount() == before + 2)
    let task = try #require(try district.task(TaskID("TX-1")!))
    // A report on a task never explicitly started starts it.
    #expect(task.status == .inProgress)
    #expect(task.reportCount == 1)
    let history = try district.history(of: .task(TaskID("TX-1")!))
    #expect(history.map { $0.event.origin?.id } == ["501", "502"])
    #expect(history.first?.event.origin?.actor == "phần mềm một cửa")
    for entry in history {
      let schema = try SchemaValidator(
        contentsOf: Fixtures.schemaURL("events/\(entry.event.event.typeName).v1.schema.json"))
      #expect(try schema.violations(of: entry.event.payload).isEmpty)
    }
  }

  @Test(
    "An event that only claims a fact's origin does not hide the genuine fact (forged provenance)")
  func forgedOrigin() throws {
    let district = try district()
    try Fixtures.commune(district)
    let forged =
      #"{"id": 501, "stream": "task:TX-9", "type": "task.assigned", "effective": "2026-03-02", "payload": {"title": "Việc giả", "head_role": "Chủ tịch UBND xã", "lead_unit": "VHXH", "supporting_units": [], "expected_result": "Không có", "deadline": {"kind": "date", "date": "2026-09-30"}}}"#
    let genuine =
      #"{"id": 501, "stream": "task:TX-1", "type": "task.assigned", "effective": "2026-03-02", "actor": "phần mềm một cửa", "payload": {"title": "Số hoá hồ sơ hộ tịch", "head_role": "Chủ tịch UBND xã", "lead_unit": "VHXH", "supporting_units": [], "expected_result": "Kho dữ liệu hộ tịch", "deadline": {"kind": "date", "date": "2026-09-30"}}}"#
    _ = try district.importForeignFacts(
      lines: numbered([forged]), source: "một cửa", actor: "ai đó")
    let report = try district.importForeignFacts(
      lines: numbered([genuine]), source: "một cửa", actor: "văn thư")
    #expect(report == ForeignImportReport(imported: 1, skipped: 0))
    #expect(try district.task(TaskID("TX-1")!) != nil)
    // The genuine fact, once here, is a duplicate as before.
    #expect(
      try district.importForeignFacts(
        lines: numbered([genuine]), source: "một cửa", actor: "văn thư")
        == ForeignImportReport(imported: 0, skipped: 1))
  }

  @Test(
    "A fact this ledger's rules refuse is named by line and reason, and nothing is written",
    arguments: [
      (
        #"{"id": "9", "stream": "task:NOPE", "type": "task.started", "effective": "2026-03-02", "payload": {}}"#,
        LedgerError.LineProblem.refused(.unknownTask("NOPE"))
      ),
      (
        #"{"id": "9", "stream": "unit:VHXH", "type": "task.started", "effective": "2026-03-02", "payload": {}}"#,
        .refused(.unknownTask("unit:VHXH"))
      ),
      (
        #"{"id": "9", "stream": "task:T-1", "type": "task.started", "effective": "2027-03-02", "payload": {}}"#,
        .refused(.futureDate(Fixtures.day("02/03/2027"), today: Fixtures.day("01/12/2026")))
      ),
      (
        #"{"stream": "task:T-1", "type": "task.started", "effective": "2026-03-02", "payload": {}}"#,
        .notAnEvent
      ),
      (
        #"{"id": "9", "stream": "task:T-1", "type": "task.flew", "effective": "2026-03-02", "payload": {}}"#,
        .unknownType("task.flew", version: 1)
      ),
      (
        #"{"id": "9", "stream": "task:T-1", "type": "event.corrected", "effective": "2026-03-02", "payload": {"retracts": 77, "reason": "nhầm"}}"#,
        .retractsUnimportedFact(77)
      ),
    ])
  func refused(line: String, problem: LedgerError.LineProblem) throws {
    let district = try district()
    try Fixtures.commune(district)
    let good =
      #"{"id": "1", "stream": "unit:VHXH", "type": "head.appointed", "effective": "2026-01-05", "payload": {"unit": "VHXH", "person": "Lê Văn Mới", "role": "Trưởng phòng Văn hoá - Xã hội"}}"#
    let digest = try district.digest()
    let projections = try district.projectionDigest()
    #expect(throws: LedgerError.badEventLine(line: 2, problem: problem)) {
      try district.importForeignFacts(
        lines: numbered([good, line]), source: "khác", actor: "huyện")
    }
    #expect(try district.digest() == digest)
    #expect(try district.projectionDigest() == projections)
  }
}
