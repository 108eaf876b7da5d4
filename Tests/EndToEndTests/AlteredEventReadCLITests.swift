import Foundation
import LedgerTestSupport
import Testing

/// Reads that show events check each one (trial: with the trigger dropped and #4's day
/// changed, before the last checked point, `audit` showed the forged day as a fact and `events
/// export` wrote it, both exit 0; only `verify` saw it).
@Suite("An event edited behind the ledger's back is not shown as a fact")
struct AlteredEventReadCLITests {
  @Test("audit marks it ALTERED and exits 2; events export stops at it with chain_broken")
  func alteredEvent() throws {
    let cli = try CLIRunner(now: "2026-07-10T09:00:00+07:00")
    for step in [
      ["init"], ["unit", "add", "Phòng Văn hóa - Xã hội", "--code", "VHXH", "--on", "01/01/2026"],
      [
        "task", "assign", "Số hóa sổ hộ tịch của xã", "--id", "A", "--lead", "VHXH", "--role",
        "Trưởng phòng", "--result", "Kho dữ liệu", "--due", "30/06/2026", "--on", "05/01/2026",
      ],
      ["report", "A", "Đã số hóa 50%", "--on", "01/04/2026"],
      ["task", "complete", "A", "--result", "Xong", "--on", "05/07/2026"],
      ["checkpoint", "--out", "cp.txt"],
    ] {
      let run = try cli.run(step)
      #expect(run.status == 0, "\(step): \(run.error)")
    }
    #expect(try cli("verify").status == 0)
    let untouched = try cli("audit", "--task", "A", "--json")
    #expect(untouched.status == 0 && untouched.output.contains("\"altered\" : false"))
    // The completion (#4) moved to 28/06, as if on time.
    let edit = """
      import sqlite3, sys
      db = sqlite3.connect(sys.argv[1])
      db.execute("DROP TRIGGER events_are_never_updated")
      db.execute("UPDATE events SET effective = '2026-06-28' WHERE position = 4")
      db.commit()
      """
    try edit.write(
      to: cli.folder.appendingPathComponent("edit.py"), atomically: true, encoding: .utf8)
    let ran = try cli.run(
      ["edit.py", cli.database], program: URL(fileURLWithPath: "/usr/bin/python3"))
    #expect(ran.status == 0, "\(ran.error)")

    let audit = try cli("audit", "--task", "A", "--lang", "en")
    #expect(audit.status == 2)
    let line = try #require(audit.output.split(separator: "\n").first { $0.hasPrefix("4 ") })
    #expect(line.contains("⚠ ALTERED"), "\(line)")
    #expect(
      !audit.output.split(separator: "\n").contains { $0.hasPrefix("3 ") && $0.contains("ALTERED") }
    )
    #expect(audit.error.contains("Event #4 (marked ALTERED)"), "\(audit.error)")
    let json = try cli("audit", "--task", "A", "--json")
    #expect(json.status == 2)
    #expect(json.error.contains("chain_broken"), "\(json.error)")
    let rows = try #require(
      try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
    #expect(rows.filter { $0["altered"] as? Bool == true }.map { $0["position"] as? Int } == [4])

    let export = try cli("events", "export", "--json")
    #expect(export.status == 2)
    #expect(export.error.contains("chain_broken"), "\(export.error)")
    #expect(!export.output.contains("2026-06-28"), "the altered line is not written")
  }
}
