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
      ("phong kin te", "Phòng Kinh tế (KT, phong kinh te)"),
      ("Phong Van hoa Xa hoi", "Phòng Văn hóa - Xã hội (VHXH, phong van hoa - xa hoi)"),
    ])
  func suggested(typed: String, suggestion: String) throws {
    let error = refusal(Fixtures.assign("B", lead: typed, support: []))
    #expect(error == .unknownUnit(typed, closest: [suggestion]))
    let message = try #require(error).message(.vi)
    #expect(message.contains("Gần nhất: \(suggestion)"), "\(message)")
    #expect(try #require(error).message(.en).contains("Closest: \(suggestion)"))
  }

  @Test(
    "A unit's name typed without any diacritic names that unit, as a person's name does (trial)",
    arguments: [("Phong Kinh te", "KT"), ("Cong an xa", "CAX"), ("PHONG VAN HOA - XA HOI", "VHXH")])
  func withoutMarks(typed: String, code: String) throws {
    #expect(try log.unit(named: typed)?.code == UnitCode(code))
    let decision = try Decider(reading: log, effective: Fixtures.day("01/02/2026"), today: today)
      .decide(Fixtures.assign("B", lead: typed, support: []))
    guard case .taskAssigned(let assigned) = decision.event else {
      Issue.record("not an assignment: \(decision.event)")
      return
    }
    #expect(assigned.leadUnit == UnitCode(code))
  }

  @Test(
    "A unit is not registered twice under the same letters, with or without marks (trial)",
    arguments: [
      ("Phong Van hoa - Xa hoi", "VHXH"), ("phòng kinh tế", "KT"), ("CONG AN XA", "CAX"),
    ])
  func noTwin(name: String, code: String) throws {
    guard case .unitNameTaken(_, let taken) = refusal(.registerUnit(name: name, code: nil)) else {
      Issue.record("\(name) was not refused as taken")
      return
    }
    #expect(taken == UnitCode(code))
  }

  @Test("A unit registered without marks is met by its name written with them")
  func twinTheOtherWay() throws {
    var log = self.log
    _ = try log.append(
      Decider(reading: log, effective: Fixtures.day("01/01/2026"), today: today).decide(
        .registerUnit(name: "Phong Tu phap", code: "TP")))
    do {
      _ = try Decider(reading: log, effective: Fixtures.day("01/02/2026"), today: today).decide(
        .registerUnit(name: "Phòng Tư pháp", code: nil))
      Issue.record("registered twice")
    } catch let error as LedgerError {
      #expect(error == .unitNameTaken(name: "Phong Tu phap", code: UnitCode("TP")!))
    }
  }

  @Test("A name like none of them gets no suggestion")
  func farAway() {
    #expect(
      refusal(.appointHead(unit: "Trạm Y tế xã", person: "A", role: "Trạm trưởng"))
        == .unknownUnit("Trạm Y tế xã"))
  }

  @Test(
    "A plan's cell without marks finds the registered unit; a spelling two names share finds none")
  func directoryWithoutMarks() {
    var directory = UnitDirectory()
    directory.add("Phòng Văn hóa - Xã hội", code: UnitCode("VHXH"))
    #expect(directory.find("Phong Van hoa - Xa hoi")?.code == UnitCode("VHXH"))
    #expect(directory.find("Cong an xa")?.name == "Công an xã")
    directory.add("Phòng Tư pháp", code: nil)
    directory.add("Phòng Tứ pháp", code: nil)
    #expect(directory.find("Phong Tu phap") == nil)
    #expect(directory.find("Phòng Tư pháp")?.name == "Phòng Tư pháp")
  }
}
