import Foundation
import GRDB
import LedgerCore
import LedgerTestSupport
import Testing

@testable import LedgerStore

/// A unit's former names: a role title or a name written before a rename still names the unit,
/// in the projections, after migration v13 and in the fold alike (trial: after "Phòng Kinh tế"
/// was renamed, "Trưởng phòng Kinh tế" was charged to the head of the task's new lead unit).
@Suite("Former names of renamed units")
struct FormerNamesStoreTests {
  /// A commune where KT ("Phòng Kinh tế", Hoàng Văn Dũng) is renamed on 01/07/2026 after its
  /// task T, answered for by "Trưởng phòng Kinh tế", was handed to VHXH on 01/03.
  func renamedCommune(_ ledger: Ledger, _ clock: MovableClock) throws {
    try Fixtures.commune(ledger)
    let on = Fixtures.day("01/01/2026")
    try ledger.record(.registerUnit(name: "Phòng Kinh tế", code: "KT"), actor: "x", effective: on)
    try ledger.record(
      .appointHead(unit: "KT", person: "Hoàng Văn Dũng", role: "Trưởng phòng"), actor: "x",
      effective: on)
    var task = Fixtures.assign("T", due: .date(Fixtures.day("30/09/2026")), lead: "KT", support: [])
    if case .assignTask(var assign) = task {
      assign.headRole = "Trưởng phòng Kinh tế"
      task = .assignTask(assign)
    }
    try ledger.record(task, actor: "x", effective: Fixtures.day("02/01/2026"))
    clock.set(day: "01/03/2026")
    try ledger.record(.reassignLead(TaskID("T")!, lead: "VHXH", reason: "r"), actor: "x")
    clock.set(day: "01/07/2026")
    try ledger.record(
      .renameUnit(unit: "KT", name: "Phòng Kinh tế - Hạ tầng", decision: nil), actor: "x")
    clock.set(day: "02/10/2026")
  }

  @Test("The role stays with the renamed unit's head, and its old name still finds it")
  func roleAfterRename() throws {
    let (ledger, clock) = try Fixtures.ledger(at: "02/01/2026")
    try renamedCommune(ledger, clock)
    let kt = try #require(try ledger.unit(named: "KT"))
    #expect(kt.formerNames == ["Phòng Kinh tế"])
    #expect(try ledger.unit(named: "phong kinh te")?.code == UnitCode("KT"))
    #expect(try ledger.unit(named: "Phòng Kinh tế")?.code == UnitCode("KT"))
    let view = try #require(try ledger.board().tasks.first { $0.task.id == TaskID("T") })
    #expect(view.bucket == .overdue)
    #expect(view.headPerson == "Hoàng Văn Dũng")
    #expect(try ledger.rebuild().matches)
    // A unit that takes the old name later is what the name means from then on.
    try ledger.record(.registerUnit(name: "Phòng Kinh tế", code: "KT2"), actor: "x")
    #expect(try ledger.unit(named: "Phòng Kinh tế")?.code == UnitCode("KT2"))
  }

  @Test("Migration v13 fills the former names of a ledger renamed before it")
  func migration() throws {
    let (ledger, clock, folder) = try Fixtures.fileLedger(at: "02/01/2026")
    defer { try? FileManager.default.removeItem(at: folder) }
    try renamedCommune(ledger, clock)
    // A retracted rename is not a former name.
    try ledger.record(
      .renameUnit(unit: "CAX", name: "Công an xã Tân Phong", decision: nil), actor: "x")
    let wrong = try ledger.record(
      .renameUnit(unit: "CAX", name: "Công an xa", decision: nil), actor: "x")
    try ledger.record(.correct(position: wrong.position, reason: "gõ nhầm"), actor: "x")
    let path = ledger.path
    // The file as v12 left it: no column, v13 not applied.
    let queue = try DatabaseQueue(path: path)
    try queue.write { db in
      try db.execute(sql: "ALTER TABLE units DROP COLUMN former_names")
      try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v13'")
    }
    try queue.close()
    let reopened = try Ledger.open(at: path, clock: clock.ledgerClock)
    let units = try reopened.units()
    #expect(units.first { $0.code == UnitCode("KT") }?.formerNames == ["Phòng Kinh tế"])
    #expect(units.first { $0.code == UnitCode("CAX") }?.formerNames == ["Công an xã"])
    #expect(units.first { $0.code == UnitCode("VHXH") }?.formerNames == nil)
    let view = try #require(try reopened.board().tasks.first { $0.task.id == TaskID("T") })
    #expect(view.headPerson == "Hoàng Văn Dũng")
    #expect(try reopened.rebuild().matches)
  }

  @Test("A merge names the unit it joined on the open tasks the merged unit supported")
  func mergeMovesSupport() throws {
    let (ledger, clock) = try Fixtures.ledger(at: "02/01/2026")
    try Fixtures.commune(ledger)
    try ledger.record(.registerUnit(name: "Trạm Y tế xã", code: "TYT"), actor: "x")
    try ledger.record(.registerUnit(name: "Phòng Kinh tế", code: "KT"), actor: "x")
    try ledger.record(Fixtures.assign("A", support: ["TYT", "CAX"]), actor: "x")
    try ledger.record(Fixtures.assign("B", lead: "KT", support: ["TYT"]), actor: "x")
    try ledger.record(Fixtures.assign("C", lead: "CAX", support: ["TYT", "VHXH"]), actor: "x")
    try ledger.record(Fixtures.assign("D", lead: "KT", support: ["TYT"]), actor: "x")
    try ledger.record(
      .completeTask(TaskID("D")!, result: "Xong", evidence: nil, by: nil), actor: "x")
    clock.set(day: "01/06/2026")
    let events = try ledger.mergeUnit("TYT", into: "VHXH", decision: nil, actor: "x")
    #expect(
      events.map(\.event.typeName) == [
        "task.amended", "task.amended", "task.amended", "unit.merged",
      ])
    // VHXH leads A: TYT's part is its own; B gains VHXH; C already had it; done D is left.
    #expect(try ledger.task(TaskID("A")!)?.supportingUnits == [UnitCode("CAX")!])
    #expect(try ledger.task(TaskID("B")!)?.supportingUnits == [UnitCode("VHXH")!])
    #expect(try ledger.task(TaskID("C")!)?.supportingUnits == [UnitCode("VHXH")!])
    #expect(try ledger.task(TaskID("D")!)?.supportingUnits == [UnitCode("TYT")!])
    // Views of a day before the merge keep TYT where it was.
    let may = try ledger.board(asOf: Fixtures.day("31/05/2026"), knownAt: nil)
    let before = may.tasks.first { $0.task.id == TaskID("A") }?.task.supportingUnits
    #expect(before == [UnitCode("TYT")!, UnitCode("CAX")!])
    #expect(try ledger.rebuild().matches)
  }
}
