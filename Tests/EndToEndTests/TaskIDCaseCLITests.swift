import Foundation
import LedgerTestSupport
import Testing

/// Task ids typed in another case (trial: `task start pl1-i-1` said there was no such task
/// for the plan's PL1-I-1, and `--id t-001` made a second task beside T-001).
@Suite("Task ids typed in another case")
struct TaskIDCaseCLITests {
  /// A ledger with one task, PL1-I-1, led by KT.
  func commune() throws -> CLIRunner {
    let cli = try CLIRunner(now: "2026-03-01T08:00:00+07:00")
    for step in [
      ["init"], ["unit", "add", "Phòng Kinh tế", "--code", "KT", "--on", "01/01/2026"],
      ["head", "appoint", "KT", "Ngô Văn Bình", "--role", "Trưởng phòng", "--on", "01/01/2026"],
      [
        "task", "assign", "Lập danh sách hộ nghèo", "--id", "PL1-I-1", "--lead", "KT", "--role",
        "Trưởng phòng", "--result", "Danh sách", "--due", "30/06/2026",
      ],
    ] {
      let run = try cli.run(step)
      #expect(run.status == 0, "\(step): \(run.error)")
    }
    return cli
  }

  @Test("A write names the task whose id differs only in case, and records it under its own id")
  func write() throws {
    let cli = try commune()
    let started = try cli.run(["task", "start", "pl1-i-1", "--json"])
    #expect(started.status == 0, "\(started.error)")
    #expect(started.output.contains("\"stream\" : \"task:PL1-I-1\""), "\(started.output)")
    let history = try cli.run(["history", "pl1-I-1", "--json"])
    #expect(history.status == 0, "\(history.error)")
    #expect(history.output.components(separatedBy: "\"stream\" : \"task:PL1-I-1\"").count == 3)
    let audit = try cli.run(["audit", "--task", "Pl1-i-1", "--json"])
    #expect(audit.status == 0, "\(audit.error)")
    #expect(audit.output.contains("PL1-I-1"), "\(audit.output)")
  }

  @Test("A new id that differs from one held only in case is refused, with nothing written")
  func newID() throws {
    let cli = try commune()
    let before = cli.fileBytes()
    let run = try cli.run([
      "task", "assign", "Việc khác", "--id", "pl1-i-1", "--lead", "KT", "--role", "Trưởng phòng",
      "--result", "Báo cáo", "--due", "30/06/2026", "--json",
    ])
    #expect(run.status == 1)
    #expect(run.error.contains("task_exists"), "\(run.error)")
    #expect(run.error.contains("PL1-I-1"), "\(run.error)")
    #expect(cli.fileBytes() == before)
  }

  @Test("An id that matches no task in any case is still refused as unknown")
  func unknown() throws {
    let cli = try commune()
    let run = try cli.run(["task", "start", "pl1-i-2", "--lang", "en"])
    #expect(run.status == 1)
    #expect(run.error.contains("There is no task “pl1-i-2”"), "\(run.error)")
  }
}
