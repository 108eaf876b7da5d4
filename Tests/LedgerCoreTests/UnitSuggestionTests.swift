import LedgerCore
import LedgerTestSupport
import Testing

/// A unit named as nobody registered it: the error lists the nearest units, compared with
/// their marks folded away as people's names are.
@Suite("Unknown unit suggestions")
struct UnitSuggestionTests {
  var log = EventLogReading()
  let today = Fixtures.day("05/07/2026")

  init() throws {
    for command: LedgerCommand in [
      .registerUnit(name: "Phòng Kinh tế", code: "KT"),
      .registerUnit(name: "Phòng Văn hóa - Xã hội", code: "VHXH"),
      .registerUnit(name: "Công an xã", code: "CAX"),
    ] {
      _ = try log.append(
        Decider(reading: log, effective: Fixtures.day("01/01/2026"), today: today).decide(command))
    }
  }

  func refusal(_ command: LedgerCommand) -> LedgerError? {
    do {
      _ = try Decider(reading: log, effective: Fixtures.day("01/02/2026"), today: today).decide(
        command)
      return nil
    } catch {
      return error as? LedgerError
    }
  }

  @Test(
    "Typed without diacritics or with a slip, the unit is suggested with its code",
    arguments: [
      ("Phong Kinh te", "Phòng Kinh tế (KT, phong kinh te)"),
      ("phong kin te", "Phòng Kinh tế (KT, phong kinh te)"),
      ("Cong an xa", "Công an xã (CAX, cong an xa)"),
      ("Phong Van hoa Xa hoi", "Phòng Văn hóa - Xã hội (VHXH, phong van hoa - xa hoi)"),
    ])
  func suggested(typed: String, suggestion: String) throws {
    let error = refusal(Fixtures.assign("B", lead: typed, support: []))
    #expect(error == .unknownUnit(typed, closest: [suggestion]))
    let message = try #require(error).message(.vi)
    #expect(message.contains("Gần nhất: \(suggestion)"), "\(message)")
    #expect(try #require(error).message(.en).contains("Closest: \(suggestion)"))
  }

  @Test("A name like none of them gets no suggestion")
  func farAway() {
    #expect(
      refusal(.appointHead(unit: "Trạm Y tế xã", person: "A", role: "Trạm trưởng"))
        == .unknownUnit("Trạm Y tế xã"))
  }
}
