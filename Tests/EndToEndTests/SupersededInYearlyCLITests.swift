import Foundation
import LedgerTestSupport
import Testing

/// A task a new plan replaced in the year is in the year's report (trial: three tasks reported
/// on time for a quarter vanished from the yearly report when plan 49 replaced plan 37).
@Suite("Tasks replaced by a new plan in the yearly report")
struct SupersededInYearlyCLITests {
  @Test("The replaced task is listed as replaced in its year, and not in a later year's report")
  func replacedTaskListed() throws {
    let cli = try CLIRunner(now: "2026-03-01T08:00:00+07:00")
    #expect(try cli.run(["init"]).status == 0)
    let old = cli.folder.appendingPathComponent("kh37.txt").path
    try PlanFixtures.plan(number: "37", rows: [.init("Lắp camera an ninh")])
      .write(toFile: old, atomically: true, encoding: .utf8)
    #expect(try cli.run(["import", old, "--prefix", "KH37"]).status == 0)
    let new = cli.folder.appendingPathComponent("kh49.txt").path
    try PlanFixtures.plan(
      number: "49", supersedes: "37/KH-UBND", rows: [.init("Số hóa sổ hộ tịch")]
    ).write(toFile: new, atomically: true, encoding: .utf8)
    let imported = try cli.run(["import", new], now: "2026-04-10T08:00:00+07:00")
    #expect(imported.status == 0, "\(imported.error)")
    let yearly = try cli.run(
      ["yearly", "--year", "2026", "--lang", "en"], now: "2027-01-10T08:00:00+07:00")
    #expect(yearly.status == 0, "\(yearly.error)")
    let heading = try #require(
      yearly.output.split(separator: "\n").first { $0.hasPrefix("## KH37") },
      "\(yearly.output)")
    #expect(heading.contains("Lắp camera an ninh"))
    #expect(yearly.output.lowercased().contains("superseded"), "\(yearly.output)")
    let next = try cli.run(
      ["yearly", "--year", "2027", "--lang", "en"], now: "2027-01-10T08:00:00+07:00")
    #expect(!next.output.contains("## KH37"), "\(next.output)")
  }
}
