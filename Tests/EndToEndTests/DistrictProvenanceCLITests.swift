import Foundation
import LedgerTestSupport
import Testing

/// A district that imports a commune's export, as its inspector meets it (issue 11, points
/// 7 and 8; found by a fresh-eyes trial).
@Suite("A commune's facts in a district's ledger")
struct DistrictProvenanceCLITests {
  /// A commune with two heads named Ngô Thị Thu Hà (HA1 in KT, HA2 in VHXH), a KT task due
  /// 31/03/2026 whose completion on 20/03 was recorded on 20/05, exported to `commune.jsonl`;
  /// the runner's own ledger is the district's, which imported it on 15/06.
  func district() throws -> CLIRunner {
    let cli = try CLIRunner(now: "2026-01-02T08:00:00+07:00")
    let commune = cli.folder.appendingPathComponent("commune.sqlite").path
    for arguments in [
      ["init"], ["unit", "add", "Phòng Kinh tế", "--code", "KT", "--on", "01/01/2026"],
      ["unit", "add", "Phòng Văn hóa - Xã hội", "--code", "VHXH", "--on", "01/01/2026"],
      ["person", "add", "Ngô Thị Thu Hà", "--code", "HA1"],
      ["person", "add", "Ngô Thị Thu Hà", "--code", "HA2"],
      ["head", "appoint", "KT", "HA1", "--role", "Trưởng phòng", "--on", "01/01/2026"],
      ["head", "appoint", "VHXH", "HA2", "--role", "Trưởng phòng", "--on", "01/01/2026"],
      [
        "task", "assign", "Lập báo cáo kinh tế quý I", "--id", "A", "--lead", "KT", "--role",
        "Trưởng phòng", "--result", "Báo cáo", "--due", "31/03/2026",
      ],
    ] {
      let run = try cli.run(arguments + ["--db", commune, "--actor", "Trần Hậu"])
      #expect(run.status == 0, "\(arguments): \(run.error)")
    }
    let late = try cli(
      "task", "complete", "A", "--on", "20/03/2026", "--db", commune, "--actor", "Trần Hậu",
      now: "2026-05-20T10:00:00+07:00")
    #expect(late.status == 0, "\(late.error)")
    let export = cli.folder.appendingPathComponent("commune.jsonl").path
    let exported = try cli("events", "export", "--db", commune)
    #expect(exported.status == 0, "\(exported.error)")
    try exported.output.write(toFile: export, atomically: true, encoding: .utf8)
    let june = "2026-06-15T09:00:00+07:00"
    #expect(try cli("init", now: june).status == 0)
    let imported = try cli(
      "events", "import", export, "--foreign", "xã Hòa Lợi", "--actor", "Phòng Nội vụ huyện",
      now: june)
    #expect(imported.status == 0, "\(imported.error)")
    return cli
  }

  @Test(
    "Two heads of one name in the commune arrive in the district as two people, told apart by their codes"
  )
  func namesakesArrive() throws {
    let cli = try district()
    let view = try cli("head", "view", "HA1", "--json", now: "2026-06-16T09:00:00+07:00")
    #expect(view.status == 0, "\(view.error)")
    #expect(view.output.contains("\"KT\"") && !view.output.contains("\"VHXH\""), "\(view.output)")
  }

  @Test(
    "The district's audit charges a backdating to the commune's recorder, and shows who imported it"
  )
  func auditNamesTheSourceRecorder() throws {
    let cli = try district()
    let later = "2026-06-16T09:00:00+07:00"
    let audit = try cli("audit", now: later)
    let line = try #require(
      audit.output.split(separator: "\n").first { $0.contains("BACKDATED") }, "\(audit.output)")
    #expect(line.contains("Trần Hậu (xã Hòa Lợi); imported by Phòng Nội vụ huyện"), "\(line)")
    #expect(audit.output.contains("Trần Hậu (xã Hòa Lợi): "), "\(audit.output)")
    #expect(!audit.output.contains("Phòng Nội vụ huyện: "), "\(audit.output)")
    let json = try cli("audit", "--json", now: later)
    #expect(json.output.contains("\"source_actor\" : \"Trần Hậu\""), "\(json.output)")
  }

  @Test(
    "diff in the district names the imported fact that changed the picture, at its source's time"
  )
  func diffNamesTheImportedCause() throws {
    let cli = try district()
    let diff = try cli(
      "diff", "--known-at", "2026-05-19T12:00:00+07:00", "--known-at",
      "2026-05-21T12:00:00+07:00", "--as-of", "31/03/2026", now: "2026-06-16T09:00:00+07:00")
    #expect(diff.status == 0, "\(diff.error)")
    #expect(diff.output.contains("A"), "\(diff.output)")
    #expect(diff.output.contains("completed"), "\(diff.output)")
    #expect(diff.output.contains("#"), "the event that changed it: \(diff.output)")
  }
}
