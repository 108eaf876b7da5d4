import Foundation
import LedgerTestSupport
import Testing

/// A person named as people type them: by staff code in `status --person`, and with Ð for Đ
/// (trial: both matched nothing).
@Suite("People named as typed")
struct PersonLookupCLITests {
  @Test("`status --person` takes a staff code; a name typed with Ð (U+00D0) is the one with Đ")
  func codesAndEth() throws {
    let cli = try CLIRunner(now: "2026-03-01T08:00:00+07:00")
    for step in [
      ["init"], ["unit", "add", "Phòng Kinh tế", "--code", "KT", "--on", "01/01/2026"],
      ["head", "appoint", "KT", "Đỗ Thị Hà", "--role", "Trưởng phòng", "--on", "01/01/2026"],
      [
        "task", "assign", "Lập danh sách hộ nghèo", "--id", "T-A", "--lead", "KT", "--role",
        "Trưởng phòng", "--result", "Danh sách", "--due", "30/06/2026",
      ],
    ] {
      let run = try cli.run(step)
      #expect(run.status == 0, "\(step): \(run.error)")
    }
    for typed in ["DTH", "dth", "Đỗ Thị Hà", "\u{D0}ỗ Thị Hà"] {
      let run = try cli("status", "--person", typed, "--json")
      #expect(run.status == 0, "\(typed): \(run.error)")
      #expect(run.output.contains("\"T-A\""), "\(typed): \(run.output)")
    }
    let eth = try cli("head", "view", "\u{D0}ỗ Thị Hà", "--json")
    #expect(eth.status == 0 && eth.output.contains("\"T-A\""), "\(eth.error)")
    // Another code: no line.
    #expect(!(try cli("status", "--person", "XYZ", "--json")).output.contains("\"T-A\""))
  }
}
