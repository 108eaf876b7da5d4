import Foundation
import LedgerCore
import LedgerTestSupport
import Testing

@testable import LedgerStore

/// The office's real year in the SQLite ledger: refusals leave no trace, the projections keep
/// acting heads and ended units, a merge is one transaction, and every read agrees with the
/// replay of the log.
@Suite("Office changes: store")
struct OfficeChangesStoreTests {
  /// The bytes of the database and its WAL, if any.
  func bytes(_ path: String) -> [Data?] {
    ["", "-wal"].map { FileManager.default.contents(atPath: path + $0) }
  }

  @Test("Every refused change leaves the file byte-identical")
  func refusalsLeaveNoTrace() throws {
    let (ledger, _, folder) = try Fixtures.fileLedger(at: "25/06/2026")
    defer { try? FileManager.default.removeItem(at: folder) }
    try Fixtures.commune(ledger)
    try ledger.record(Fixtures.assign("A"), actor: "x", effective: Fixtures.day("05/01/2026"))
    try ledger.record(.registerUnit(name: "Tổ công tác", code: "TCT"), actor: "x")
    try ledger.record(.dissolveUnit(unit: "TCT", decision: nil), actor: "x")
    let a = TaskID("A")!
    let path = ledger.path
    let refused: [(LedgerCommand, LocalDate?)] = [
      (.vacateHead(unit: "TCT", decision: nil), nil),
      (.dissolveUnit(unit: "VHXH", decision: nil), nil),
      (.mergeUnit(unit: "CAX", into: "CAX", decision: nil), nil),
      (.amendTask(a, AmendTask(title: "Hoàn thành kết nối, chia sẻ dữ liệu A", reason: "r")), nil),
      (.renameUnit(unit: "CAX", name: "UBND xã", decision: nil), nil),
      (.startTask(a, by: nil), Fixtures.day("01/07/2026")),
      (.renameUnit(unit: "UBND", name: "UBND xã mới", decision: nil), Fixtures.day("01/07/2026")),
      (.appointHead(unit: "TCT", person: "Vũ Đức Em", role: "Tổ trưởng"), nil),
      (.reassignLead(a, lead: "TCT", reason: "r"), nil),
      (Fixtures.assign("B", lead: "TCT"), nil),
    ]
    for (command, day) in refused {
      let before = bytes(path)
      #expect(throws: LedgerError.self) { try ledger.record(command, actor: "x", effective: day) }
      #expect(bytes(path) == before, "\(command)")
    }
    // A merge refused after its hand-overs were decided writes none of them
    let before = bytes(path)
    #expect(throws: LedgerError.unitClosed(UnitCode("TCT")!, on: Fixtures.day("25/06/2026"))) {
      try ledger.mergeUnit("VHXH", into: "TCT", decision: nil, actor: "x")
    }
    #expect(bytes(path) == before)
    #expect(try ledger.task(a)?.leadUnit == UnitCode("VHXH"))
    // A unit with open tasks merged into itself is refused as that, not as a hand-over (trial)
    #expect(throws: LedgerError.mergeIntoItself(UnitCode("VHXH")!)) {
      try ledger.mergeUnit("VHXH", into: "Phòng Văn hóa - Xã hội", decision: nil, actor: "x")
    }
    #expect(bytes(path) == before)
  }

  @Test("Acting heads and ended units survive the projections and a rebuild")
  func projections() throws {
    let (ledger, _) = try Fixtures.ledger(at: "25/06/2026")
    try Fixtures.commune(ledger)
    let may = Fixtures.day("01/05/2026")
    try ledger.record(.vacateHead(unit: "VHXH", decision: "45/QĐ-UBND"), actor: "x", effective: may)
    try ledger.record(
      .appointHead(unit: "VHXH", person: "Vũ Đức Em", role: "Trưởng phòng", acting: true),
      actor: "x", effective: Fixtures.day("15/05/2026"))
    try ledger.record(.registerUnit(name: "Ban nhập nhầm", code: "BNN"), actor: "x")
    try ledger.mergeUnit("BNN", into: "VHXH", decision: nil, actor: "x")
    try ledger.record(
      .appointHead(
        unit: "UBND", person: "Phạm Anh Tuấn", role: "Chủ tịch UBND xã",
        replaces: "Nguyễn Văn An", decision: "120/QĐ-UBND"), actor: "x",
      effective: Fixtures.day("01/07/2026"))
    let units = try ledger.units()
    let vhxh = try #require(units.first { $0.code == UnitCode("VHXH") })
    #expect(vhxh.tenures.map(\.acting) == [nil, true])
    #expect(vhxh.tenures.first?.until == may)
    let bnn = try #require(units.first { $0.code == UnitCode("BNN") })
    #expect(bnn.closedOn == Fixtures.day("25/06/2026"))
    #expect(bnn.mergedInto == UnitCode("VHXH"))
    let ubnd = try #require(units.first { $0.code == UnitCode("UBND") })
    #expect(ubnd.tenures.map(\.person) == ["Nguyễn Văn An", "Phạm Anh Tuấn"])
    var reference = EventLogReading()
    try ledger.replay { entry in
      let event = entry.event
      _ = try reference.append(
        Decision(
          stream: event.stream, expectedVersion: event.version - 1, event: event.event,
          effective: event.effective))
    }
    #expect(units == (try reference.units()))
    #expect(try ledger.rebuild().matches)
  }

  @Test("A merge hands open tasks to the other unit from its day; earlier views keep the old unit")
  func merge() throws {
    let (ledger, clock) = try Fixtures.ledger(at: "02/01/2026")
    try Fixtures.commune(ledger)
    try ledger.record(.registerUnit(name: "Phòng Kinh tế", code: "KT"), actor: "x")
    try ledger.record(
      .appointHead(unit: "KT", person: "Hoàng Văn Dũng", role: "Trưởng phòng"), actor: "x")
    let jan = Fixtures.day("02/01/2026")
    try ledger.record(
      Fixtures.assign("A", due: .date(Fixtures.day("31/03/2026")), lead: "KT"), actor: "x",
      effective: jan)
    try ledger.record(
      Fixtures.assign("B", due: .date(Fixtures.day("30/09/2026")), lead: "KT"), actor: "x",
      effective: jan)
    try ledger.record(
      Fixtures.assign("C", due: .date(Fixtures.day("30/09/2026")), lead: "KT"), actor: "x",
      effective: jan)
    clock.set(day: "15/05/2026")
    try ledger.record(
      .completeTask(TaskID("C")!, result: "Xong", evidence: nil, by: nil), actor: "x")
    try ledger.record(
      .renameUnit(unit: "KT", name: "Phòng Kinh tế - Hạ tầng", decision: nil), actor: "x",
      effective: Fixtures.day("01/04/2026"))
    // When KT is merged into VHXH on 01/06
    clock.set(day: "01/06/2026")
    let events = try ledger.mergeUnit(
      "Phòng Kinh tế - Hạ tầng", into: "VHXH", decision: "50/QĐ-UBND", actor: "x",
      due: Fixtures.day("30/06/2026"))
    // Then the two open tasks were handed over, the overdue one with the given deadline
    #expect(
      events.map(\.event.typeName) == [
        "task.lead_reassigned", "task.lead_reassigned", "unit.merged",
      ])
    guard case .leadReassigned(let first) = events[0].event else {
      Issue.record("no hand-over")
      return
    }
    #expect(first.newDue == Fixtures.day("30/06/2026"))
    #expect(first.reason == "Sáp nhập KT vào VHXH (50/QĐ-UBND)")
    #expect(try ledger.task(TaskID("A")!)?.leadUnit == UnitCode("VHXH"))
    #expect(try ledger.task(TaskID("B")!)?.leadUnit == UnitCode("VHXH"))
    #expect(try ledger.task(TaskID("C")!)?.leadUnit == UnitCode("KT"))
    // The overdue charge stays with the old unit
    let now = try ledger.board()
    #expect(
      now.tasks.contains {
        $0.task.id == TaskID("A") && $0.lead == UnitCode("KT") && $0.bucket == .overdue
      })
    // A view of a day before the merge and the rename shows the old unit under its old name
    let march = try ledger.board(asOf: Fixtures.day("15/03/2026"), knownAt: nil)
    #expect(march.units.first { $0.code == UnitCode("KT") }?.name == "Phòng Kinh tế")
    #expect(march.tasks.filter { $0.lead == UnitCode("KT") }.count == 3)
    let may = try ledger.board(asOf: Fixtures.day("15/05/2026"), knownAt: nil)
    #expect(may.units.first { $0.code == UnitCode("KT") }?.name == "Phòng Kinh tế - Hạ tầng")
    #expect(try ledger.rebuild().matches)
  }

  @Test("An appointment decided ahead is known from the day it was recorded, not before")
  func appointmentAheadAsOf() throws {
    let (ledger, clock) = try Fixtures.ledger(at: "05/01/2026")
    try Fixtures.commune(ledger)
    try ledger.record(
      Fixtures.assign("A", due: .date(Fixtures.day("31/12/2026"))), actor: "x",
      effective: Fixtures.day("05/01/2026"))
    clock.set(day: "25/06/2026")
    try ledger.record(
      .appointHead(
        unit: "UBND", person: "Phạm Anh Tuấn", role: "Chủ tịch UBND xã",
        replaces: "Nguyễn Văn An"), actor: "x", effective: Fixtures.day("01/07/2026"))
    // Today the task due 31/12 is charged to the chair from 01/07, in the projections and the replay
    #expect(try ledger.board().tasks.first?.headPerson == "Phạm Anh Tuấn")
    let today = Fixtures.day("25/06/2026")
    #expect(
      try ledger.boardByReplay(asOf: today, knownAt: nil).tasks.first?.headPerson == "Phạm Anh Tuấn"
    )
    #expect(try ledger.board(asOf: today, knownAt: .distantFuture).units == ledger.board().units)
    // On 20/06 nobody knew of the decision
    let before = try ledger.board(asOf: Fixtures.day("20/06/2026"), knownAt: nil)
    #expect(before.tasks.first?.headPerson == "Nguyễn Văn An")
  }

  @Test("With the office's changes in a long random history, every read agrees with the replay")
  func randomHistoryAgrees() throws {
    let (ledger, clock) = try Fixtures.ledger(at: "02/01/2026")
    var random = RandomHistory(seed: 7, officeChanges: true)
    let (accepted, _, today) = try random.play(1200, on: ledger, clock: clock)
    #expect(accepted > 250, "a long history: \(accepted) commands accepted")
    var types: Set<String> = []
    try ledger.replay { types.insert($0.event.event.typeName) }
    #expect(
      types.isSuperset(of: ["head.vacated", "task.amended", "unit.renamed", "head.appointed"]),
      "\(types.sorted())")
    let now = try ledger.board()
    let folded = try ledger.board(asOf: today, knownAt: .distantFuture)
    #expect(folded.tasks == now.tasks)
    #expect(folded.units == now.units)
    for _ in 0..<30 {
      let day = random.day(upTo: today)
      let timeline = try ledger.board(asOf: day, knownAt: nil)
      let replay = try ledger.boardByReplay(asOf: day, knownAt: nil)
      #expect(timeline.tasks == replay.tasks, "as of \(day)")
      #expect(timeline.units == replay.units)
    }
    #expect(try ledger.rebuild().matches)
  }

  @Test("An export with the office's changes imports into a new ledger as the same ledger")
  func exportImportRoundTrip() throws {
    let (original, clock) = try Fixtures.ledger(at: "02/01/2026")
    var random = RandomHistory(seed: 11, officeChanges: true)
    try random.play(800, on: original, clock: clock)
    var lines: [String] = []
    try original.exportEvents { lines.append($0) }
    let (copy, _) = try Fixtures.ledger()
    let numbered = lines.enumerated().map { (number: $0.offset + 1, text: $0.element) }
    #expect(try copy.importEvents(lines: numbered) == lines.count)
    #expect(try copy.digest() == original.digest())
    #expect(try copy.projectionDigest() == original.projectionDigest())
    #expect(lines.contains { $0.contains("\"type\":\"task.amended\"") })
  }
}
