import Foundation
import LedgerTestSupport
import Testing

/// `status --person` asks about the picture of the day and moment given: work done after the
/// day, or recorded after the moment, names nobody yet, and a retraction recorded later has not
/// yet happened (trial: the filter read today's log whatever the question's time).
@Suite("A person's tasks on a past day, as known at a past moment")
struct PersonFilterInTimeCLITests {
  func commune() throws -> CLIRunner {
    let cli = try CLIRunner(now: "2027-01-05T08:00:00+07:00")
    for step in [
      ["init"], ["unit", "add", "Phòng Kinh tế", "--code", "KT", "--on", "01/01/2027"],
      ["head", "appoint", "KT", "Hoàng Văn Dũng", "--role", "Trưởng phòng", "--on", "01/01/2027"],
      ["person", "add", "Bùi Văn Tâm", "--code", "TAM"],
      [
        "task", "assign", "Số hóa hồ sơ đất đai", "--id", "T", "--lead", "KT", "--role",
        "Trưởng phòng", "--result", "Hồ sơ số", "--due", "30/06/2027",
      ],
    ] {
      let run = try cli.run(step)
      #expect(run.status == 0, "\(step): \(run.error)")
    }
    for (now, step) in [
      (
        "2027-03-10T09:00:00+07:00",
        ["report", "T", "Đã số hóa 40%", "--percent", "40", "--by", "Bùi Văn Tâm"]
      ),
      (
        "2027-04-20T09:00:00+07:00",
        ["task", "complete", "T", "--by", "Ngô Văn Bình", "--evidence", "12/BC"]
      ),
      ("2027-04-30T09:00:00+07:00", ["correct", "7", "--reason", "Ghi nhầm người hoàn thành"]),
    ] {
      let run = try cli.run(step, now: now)
      #expect(run.status == 0, "\(step): \(run.error)")
    }
    return cli
  }

  func listed(_ cli: CLIRunner, _ person: String, _ extra: [String]) throws -> Bool {
    let run = try cli.run(
      ["status", "--person", person, "--json"] + extra, now: "2027-05-10T09:00:00+07:00")
    #expect(run.status == 0, "\(run.error)")
    return run.output.contains("\"id\" : \"T\"")
  }

  @Test("Work done after the day asked, or recorded after the moment, names nobody yet")
  func laterWork() throws {
    let cli = try commune()
    #expect(try listed(cli, "Bùi Văn Tâm", []))
    #expect(try !listed(cli, "Bùi Văn Tâm", ["--as-of", "01/03/2027"]))
    #expect(try !listed(cli, "Bùi Văn Tâm", ["--known-at", "2027-03-05"]))
    #expect(try listed(cli, "bui van tam", ["--as-of", "15/03/2027"]))
    // By staff code as by name (trial: two answers).
    #expect(try listed(cli, "TAM", []))
    #expect(try !listed(cli, "TAM", ["--as-of", "01/03/2027"]))
  }

  @Test("Work retracted later still names its performer as known before the retraction")
  func retractedLater() throws {
    let cli = try commune()
    #expect(try !listed(cli, "Ngô Văn Bình", []))
    #expect(try listed(cli, "Ngô Văn Bình", ["--known-at", "2027-04-25"]))
    #expect(
      try !listed(cli, "Ngô Văn Bình", ["--known-at", "2027-04-25", "--as-of", "15/04/2027"]))
  }
}
