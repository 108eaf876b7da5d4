import Foundation
import GRDB
import LedgerTestSupport
import Testing

@testable import LedgerCore
@testable import LedgerStore

/// The units and persons a ledger keeps between reads (`PeopleMemo`) are never stale: another
/// connection's events and a write rolled back are seen as the tables hold them.
@Suite("Kept people")
struct PeopleMemoTests {
  @Test("Units, names and persons kept by one connection follow another connection's events")
  func otherConnection() throws {
    let (ledger, clock, folder) = try Fixtures.fileLedger()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Fixtures.commune(ledger)
    let other = try Ledger.open(at: ledger.path, clock: clock.ledgerClock)
    let on = Fixtures.day("05/01/2026")
    // Given a ledger value that has read (and kept) its units, names and persons
    #expect(try ledger.units().map(\.name).contains("Công an xã"))
    #expect(try ledger.personNames().match("dang quoc viet") == nil)
    #expect(try ledger.personNames().match("LTH") == nil)

    // When another connection renames a unit, the next read has the new name
    try other.record(
      .renameUnit(unit: "CAX", name: "Công an xã Hòa Bình", decision: nil), actor: "thuky")
    #expect(try ledger.units().map(\.name).contains("Công an xã Hòa Bình"))
    #expect(try ledger.units() == ProjectionTables.units(in: ledger))

    // When it appoints a head of a new unit, the next name check knows them
    try other.record(.registerUnit(name: "Phòng Kinh tế", code: "KT"), actor: "thuky")
    try other.record(
      .appointHead(unit: "KT", person: "Đặng Quốc Việt", role: "Trưởng phòng"), actor: "thuky",
      effective: on)
    #expect(try ledger.personNames().match("dang quoc viet")?.name == "Đặng Quốc Việt")

    // When it registers a person, the persons and identity read next include them
    try other.record(
      .registerPerson(name: "Lê Thị Hoa", code: "LTH"), actor: "thuky", effective: on)
    #expect(try ledger.personNames().match("LTH")?.name == "Lê Thị Hoa")
    #expect(try ledger.units() == ProjectionTables.units(in: ledger))
  }

  @Test("Units read inside a write that is rolled back are not taken for the next event's")
  func rolledBack() throws {
    let (ledger, clock, folder) = try Fixtures.fileLedger()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Fixtures.commune(ledger)
    #expect(try ledger.units().count == 3)
    struct Undo: Error {}
    // Given a write that records a unit, reads the units through the kept ones, then fails
    #expect(throws: Undo.self) {
      try ledger.database.write { db in
        let decision = try Decider(
          reading: StoreReading(db: db, people: ledger.people), effective: ledger.today(),
          today: ledger.today()
        ).decide(.registerUnit(name: "Phòng Kinh tế", code: "KT"))
        _ = try ledger.append(decision, actor: "thuky", in: db)
        #expect(try ledger.people.units(in: db).count == 4)
        throw Undo()
      }
    }
    // Then a unit another connection records next, at the position the undone one had, is
    // the one read, and the undone one is not
    let other = try Ledger.open(at: ledger.path, clock: clock.ledgerClock)
    try other.record(.registerUnit(name: "Phòng Tư pháp", code: "TP"), actor: "thuky")
    #expect(try ledger.units().map(\.code.rawValue).sorted() == ["CAX", "TP", "UBND", "VHXH"])
  }
}

extension ProjectionTables {
  /// The units as the tables hold them, read without anything kept.
  static func units(in ledger: Ledger) throws -> [UnitState] {
    try ledger.database.read { db in try ProjectionTables.units(in: db) }
  }
}
