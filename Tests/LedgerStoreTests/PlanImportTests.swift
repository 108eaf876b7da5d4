import Foundation
import LedgerCore
import LedgerTestSupport
import Testing

@testable import LedgerStore

@Suite("Importing plans")
struct PlanImportTests {
  func importText(
    _ text: String, into ledger: Ledger, options: PlanImportOptions = PlanImportOptions(),
    on day: String = "05/01/2026"
  ) throws -> (PlanImport, [RecordedEvent]) {
    let prepared = try ledger.prepareImport(try PlanParser.parse(text: text), options: options)
    let events =
      prepared.alreadyImported
      ? [] : try ledger.recordAll(prepared.commands, actor: "thư ký", effective: Fixtures.day(day))
    return (prepared, events)
  }

  @Test("The seed plan imports as a draft with all six tasks, correct deadlines and one lead each")
  func seed() throws {
    let (ledger, _) = try Fixtures.ledger(at: "05/01/2026")
    let (prepared, events) = try importText(try PlanFixtures.seed(), into: ledger)
    #expect(prepared.id.rawValue.hasPrefix("DRAFT-"))
    #expect(prepared.registration.number == nil)
    #expect(events.count == 1 + 5 + 6)
    let units = try ledger.units().map(\.name).sorted()
    #expect(
      units == [
        "Công an xã", "Phòng Kinh tế", "Phòng Văn hóa - Xã hội",
        "Trung tâm Dịch vụ sự nghiệp công xã", "Trung tâm Phục vụ hành chính công xã",
      ])
    let tasks = try ledger.board(on: Fixtures.day("05/01/2026")).tasks.map(\.task)
    #expect(
      tasks.map(\.id.rawValue) == [
        "PL1-I-1", "PL1-I-2", "PL2-I-1", "PL2-II-1", "PL2-III-1", "PL2-IV-1",
      ])
    #expect(
      tasks.map(\.deadline) == [
        .date(Fixtures.day("30/06/2026")), .date(Fixtures.day("30/09/2026")), .ongoing, .ongoing,
        .ongoing,
        .yearly(day: 30, month: 11),
      ])
    #expect(
      tasks.filter { $0.deadline == .ongoing }.allSatisfy {
        $0.reportingDay == DayOfYear(day: 30, month: 11)
      })
    #expect(tasks.map(\.leadUnit.rawValue) == ["VHXH", "VHXH", "VHXH", "TTPVHCC", "VHXH", "VHXH"])
    #expect(
      tasks.allSatisfy {
        $0.supportingUnits.isEmpty && $0.source?.supportText == "Các đơn vị liên quan"
      })
    #expect(tasks.allSatisfy { $0.plan == prepared.id.rawValue })
  }

  @Test("Importing the same plan twice creates nothing the second time")
  func idempotent() throws {
    let (ledger, _) = try Fixtures.ledger(at: "05/01/2026")
    _ = try importText(try PlanFixtures.seed(), into: ledger)
    let count = try ledger.eventCount()
    let digest = try ledger.projectionDigest()
    let (again, events) = try importText(
      try PlanFixtures.seed().decomposedStringWithCanonicalMapping, into: ledger)
    #expect(again.alreadyImported)
    #expect(events.isEmpty)
    #expect(try ledger.eventCount() == count)
    #expect(try ledger.projectionDigest() == digest)
  }

  @Test("A number given for a draft makes it a numbered plan")
  func numbered() throws {
    let (ledger, _) = try Fixtures.ledger(at: "05/01/2026")
    let (prepared, _) = try importText(
      try PlanFixtures.seed(), into: ledger,
      options: PlanImportOptions(number: "49/KH-UBND", issued: Fixtures.day("02/01/2026")))
    #expect(prepared.id.rawValue == "49-KH-UBND")
    #expect(try ledger.plans().first?.registration.issued == Fixtures.day("02/01/2026"))
    #expect(try ledger.task(TaskID("PL1-I-1")!)?.plan == "49/KH-UBND")
  }

  @Test("A row whose deadline cannot be read stops the import, naming its line; nothing is written")
  func badRow() throws {
    let (ledger, _) = try Fixtures.ledger(at: "05/01/2026")
    let text = PlanFixtures.plan(rows: [
      .init("Xây dựng cơ sở dữ liệu đất đai của xã"),
      .init("Lắp đặt wifi miễn phí tại nhà văn hóa", deadline: "Tháng 13/2026"),
    ])
    #expect(throws: LedgerError.unreadableDeadline(line: 20, text: "Tháng 13/2026")) {
      try importText(text, into: ledger)
    }
    #expect(try ledger.eventCount() == 0)
    let (lenient, _) = try importText(text, into: ledger, options: PlanImportOptions(lenient: true))
    #expect(lenient.unreadDeadlines == [TaskID("PL1-I-2")!])
    let check = FiveClearCheck(board: try ledger.board())
    #expect(
      check.results.first { $0.view.task.id.rawValue == "PL1-I-2" }?.findings[2].rule
        == "time.unreadable")
  }

  @Test(
    "The same plan under another number is told it is in the ledger already, not to give a prefix (trial)"
  )
  func samePlanAgain() throws {
    let (ledger, _) = try Fixtures.ledger(at: "05/01/2026")
    try Fixtures.commune(ledger)
    let rows: [PlanFixtures.Row] = [.init("Xây dựng cơ sở dữ liệu đất đai của xã")]
    _ = try importText(PlanFixtures.plan(number: "37", rows: rows), into: ledger)
    #expect(
      throws: LedgerError.taskIDCollision(TaskID("PL1-I-1")!, plan: "37/KH-UBND", sameTask: true)
    ) {
      try importText(PlanFixtures.plan(number: "38", rows: rows), into: ledger)
    }
    let message = LedgerError.taskIDCollision(
      TaskID("PL1-I-1")!, plan: "37/KH-UBND", sameTask: true
    ).message(.en)
    #expect(message.contains("this plan was imported already"), "\(message)")
    #expect(message.contains("--number 37/KH-UBND creates nothing new"), "\(message)")
  }

  @Test("A plan that replaces one in the ledger ends that plan's open tasks as superseded")
  func supersession() throws {
    let (ledger, clock) = try Fixtures.ledger(at: "05/01/2026")
    try Fixtures.commune(ledger)
    _ = try importText(
      PlanFixtures.plan(
        number: "37",
        rows: [
          .init("Xây dựng cơ sở dữ liệu đất đai của xã"),
          .init("Số hóa hồ sơ hộ tịch của xã giai đoạn 1"),
        ]),
      into: ledger)
    try ledger.record(
      .completeTask(TaskID("PL1-I-2")!, result: nil, evidence: nil, by: nil), actor: "x")
    clock.set(day: "01/02/2026")
    #expect(throws: LedgerError.taskIDCollision(TaskID("PL1-I-1")!, plan: "37/KH-UBND")) {
      try importText(
        PlanFixtures.plan(
          number: "49", supersedes: "37/KH-UBND",
          rows: [.init("Xây dựng cơ sở dữ liệu dân cư của xã")]), into: ledger, on: "01/02/2026")
    }
    let (prepared, _) = try importText(
      PlanFixtures.plan(
        number: "49", supersedes: "37/KH-UBND",
        rows: [.init("Xây dựng cơ sở dữ liệu dân cư của xã")]),
      into: ledger, options: PlanImportOptions(prefix: "KH49"), on: "01/02/2026")
    #expect(prepared.superseded == [TaskID("PL1-I-1")!])
    let board = try ledger.board(on: Fixtures.day("01/07/2026"))
    #expect(
      board.tasks.map { "\($0.task.id) \($0.bucket.rawValue)" } == [
        "KH49-PL1-I-1 overdue",
        "PL1-I-1 superseded", "PL1-I-2 completed_on_time",
      ])
    #expect(
      FiveClearCheck(board: board).results.map(\.view.task.id.rawValue) == [
        "KH49-PL1-I-1", "PL1-I-2",
      ])
  }

  @Test("A dry run shows what would be created and leaves the ledger as it was")
  func dryRun() throws {
    let (ledger, _) = try Fixtures.ledger(at: "05/01/2026")
    let scratch = try ledger.scratchCopy()
    _ = try importText(try PlanFixtures.seed(), into: scratch)
    #expect(try scratch.eventCount() == 12)
    #expect(try ledger.eventCount() == 0)
    #expect(try scratch.verify().isIntact)
  }

  @Test("The seed plan's check flags what a careful reader would")
  func seedCheck() throws {
    let (ledger, _) = try Fixtures.ledger(at: "05/01/2026")
    _ = try importText(try PlanFixtures.seed(), into: ledger)
    let check = FiveClearCheck(board: try ledger.board(on: Fixtures.day("05/01/2026")))
    func failed(_ clear: Clear) -> [String] {
      check.results.filter { !$0.findings[Clear.allCases.firstIndex(of: clear) ?? 0].satisfied }
        .map(\.view.task.id.rawValue)
    }
    // Nobody has been appointed yet, so no one holds "Chủ tịch UBND xã".
    #expect(failed(.person).count == 6)
    #expect(failed(.task) == ["PL2-I-1", "PL2-II-1"])
    #expect(failed(.time).isEmpty)
    #expect(failed(.responsibility).count == 6)
    #expect(failed(.result) == ["PL2-II-1", "PL2-III-1", "PL2-IV-1"])
    #expect(check.overall.tasks == 6)
    #expect(check.overall.fullyClear == 0)
    #expect(check.overall.bySeverity[.error] == 6)
  }
}
