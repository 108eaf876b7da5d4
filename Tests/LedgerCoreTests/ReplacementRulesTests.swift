import LedgerCore
import LedgerTestSupport
import Testing

/// Authority slips: ending a head's tenure or overwriting a score must name what it replaces.
@Suite("Replacements are named")
struct ReplacementRulesTests {
  var log = EventLogReading()
  let today = Fixtures.day("05/07/2026")

  init() throws {
    try record(.registerUnit(name: "UBND xã", code: "UBND"), on: Fixtures.day("01/01/2026"))
    try record(
      .appointHead(unit: "UBND", person: "Nguyễn Văn An", role: "Chủ tịch UBND xã"),
      on: Fixtures.day("01/01/2026"))
  }

  mutating func record(_ command: LedgerCommand, on day: LocalDate? = nil) throws {
    let decision = try Decider(reading: log, effective: day ?? today, today: today).decide(command)
    _ = try log.append(decision)
  }

  func refusal(_ command: LedgerCommand) -> LedgerError? {
    do {
      _ = try Decider(reading: log, effective: today, today: today).decide(command)
      return nil
    } catch {
      return error as? LedgerError
    }
  }

  @Test("A same-day appointment that ends the sitting head's tenure says so and needs --replaces")
  mutating func endsTenure() throws {
    let ending = LedgerError.endsTenure(
      person: "Nguyễn Văn An", unit: UnitCode("UBND")!, since: Fixtures.day("01/01/2026"),
      named: nil)
    #expect(
      refusal(.appointHead(unit: "UBND", person: "Phạm Anh Tuấn", role: "Chủ tịch UBND xã"))
        == ending)
    #expect(
      refusal(
        .appointHead(
          unit: "UBND", person: "Phạm Anh Tuấn", role: "Chủ tịch UBND xã", replaces: "Trần Thị Bình"
        ))
        == .endsTenure(
          person: "Nguyễn Văn An", unit: UnitCode("UBND")!, since: Fixtures.day("01/01/2026"),
          named: "Trần Thị Bình"))
    #expect(ending.message(.en).contains("--replaces \"Nguyễn Văn An\""))
    #expect(ending.message(.vi).contains("--replaces \"Nguyễn Văn An\""))
    // Named (tone placement and case do not matter), it is recorded.
    try record(
      .appointHead(
        unit: "UBND", person: "Phạm Anh Tuấn", role: "Chủ tịch UBND xã", replaces: "nguyễn văn an"))
    #expect(try log.unit(named: "UBND")?.head(on: today)?.person == "Phạm Anh Tuấn")
  }

  @Test("Overwriting a general score needs --replaces naming the earlier score's event")
  mutating func overwritesScore() throws {
    let score = LedgerCommand.scoreGeneralPoints(
      person: "Nguyễn Văn An", year: 2026, points: 25, reason: "Tiêu chí chung")
    try record(score)
    let first = try #require(try log.event(at: 3))
    #expect(
      refusal(
        .scoreGeneralPoints(person: "Nguyễn Văn An", year: 2026, points: 30, reason: "Sửa điểm"))
        == .overwritesScore(person: "Nguyễn Văn An", year: 2026, position: first.position))
    #expect(
      refusal(
        .scoreGeneralPoints(
          person: "Nguyễn Văn An", year: 2026, points: 30, reason: "Sửa điểm", replaces: 2))
        == .overwritesScore(person: "Nguyễn Văn An", year: 2026, position: first.position))
    try record(
      .scoreGeneralPoints(
        person: "Nguyễn Văn An", year: 2026, points: 30, reason: "Sửa điểm",
        replaces: first.position))
    // Another year is a first score: nothing to name.
    #expect(
      refusal(.scoreGeneralPoints(person: "Nguyễn Văn An", year: 2025, points: 20, reason: "r"))
        == nil)
  }
}
