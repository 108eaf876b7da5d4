import LedgerCore
import LedgerTestSupport
import Testing

@Suite("Person names")
struct PersonNamesTests {
  static func unit(_ heads: [String]) -> UnitState {
    let code = UnitCode("VHXH")!
    return UnitState(
      code: code, name: "Phòng Văn hóa - Xã hội", registeredAt: 1,
      tenures: heads.enumerated().map { index, person in
        Tenure(
          unit: code, person: person, role: "Trưởng phòng",
          from: Fixtures.day("01/01/2026").adding(days: index), until: nil, appointedAt: 1)
      })
  }

  @Test("Names remembered for the last people asked about are the names made afresh")
  func remembered() throws {
    let persons = [PersonRegistered(code: "NVH", name: "Nguyễn Văn Hùng")]
    let first = PersonNames.of(units: [Self.unit(["Trần Thị Bình"])], persons: persons)
    let again = PersonNames.of(units: [Self.unit(["Trần Thị Bình"])], persons: persons)
    let fresh = PersonNames(units: [Self.unit(["Trần Thị Bình"])], persons: persons)
    #expect(again.names == fresh.names && again.people == fresh.people)
    #expect(first.names == ["Nguyễn Văn Hùng", "Trần Thị Bình"])

    // A new head is known at once: the remembered names are for other people
    let more = PersonNames.of(
      units: [Self.unit(["Trần Thị Bình", "Lê Văn Cường"])], persons: persons)
    #expect(try more.match("le van cuong")?.name == "Lê Văn Cường")
    #expect(try first.match("le van cuong") == nil)
  }

  @Test("Namesakes are counted by matching key: marks, case and tone placement set aside")
  func namesakes() throws {
    let names = PersonNames(
      units: [Self.unit(["Trần Thị Bình"])],
      persons: [
        PersonRegistered(code: "NVH", name: "Nguyễn Văn Hùng"),
        PersonRegistered(code: "HUNG-02", name: "Nguyễn Văn Hùng"),
      ])
    #expect(names.count(sharingKeyOf: "nguyễn văn hùng") == 2)
    #expect(names.count(sharingKeyOf: "Trần Thị Bình") == 1)
    #expect(names.count(sharingKeyOf: "Lê Văn Cường") == 0)
    #expect(names.contains(searchKey: "tran thi binh"))
    #expect(!names.contains(searchKey: "tran thi bich"))
    #expect(try names.match("tran thi binh")?.name == "Trần Thị Bình")
    #expect(try names.match("Trần Thị Bính") == nil)
  }
}
