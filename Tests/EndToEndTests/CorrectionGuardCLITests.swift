import Foundation
import LedgerTestSupport
import Testing

/// `correct --task` refuses a position that is not the task's (trial: two of three off-by-one
/// corrections retracted another task's completion and a key registration).
@Suite("A correction names its task")
struct CorrectionGuardCLITests {
  @Test(
    "A position of another task or of no task is refused, byte-identical; the task's own is taken")
  func guardsPosition() throws {
    let cli = try CLIRunner(now: "2026-07-10T09:00:00+07:00")
    for step in [
      ["init"], ["unit", "add", "Phòng Văn hóa - Xã hội", "--code", "VHXH", "--on", "01/01/2026"],
      [
        "task", "assign", "Số hóa sổ hộ tịch của xã", "--id", "A", "--lead", "VHXH", "--role",
        "Trưởng phòng", "--result", "Kho dữ liệu", "--due", "30/06/2026", "--on", "05/01/2026",
      ],
      [
        "task", "assign", "Cập nhật cơ sở dữ liệu dân cư", "--id", "B", "--lead", "VHXH", "--role",
        "Trưởng phòng", "--result", "Dữ liệu", "--due", "30/09/2026", "--on", "05/01/2026",
      ],
      ["task", "complete", "A", "--result", "Xong", "--on", "25/06/2026"],
      ["report", "B", "Đang cập nhật", "--on", "01/07/2026"],
    ] {
      let run = try cli.run(step)
      #expect(run.status == 0, "\(step): \(run.error)")
    }
    // #4 completed A, #5 reported on B; the clerk means B's report and types 4.
    let before = try Data(contentsOf: URL(fileURLWithPath: cli.database))
    let wrong = try cli("correct", "4", "--task", "B", "--reason", "nhầm", "--lang", "en", "--json")
    #expect(wrong.status == 1)
    #expect(wrong.error.contains("position_not_of_task"), "\(wrong.error)")
    let said = try cli("correct", "4", "--task", "B", "--reason", "nhầm", "--lang", "en")
    #expect(said.error.contains("Event #4 is not one of task B's events"), "\(said.error)")
    #expect(said.error.contains("clearledger history B"))
    let unit = try cli("correct", "1", "--task", "B", "--reason", "nhầm", "--json")
    #expect(unit.error.contains("position_not_of_task"), "\(unit.error)")
    #expect(
      try cli("correct", "99", "--task", "B", "--reason", "x", "--json").error.contains(
        "unknown_position"))
    #expect(
      try cli("correct", "5", "--task", "Z", "--reason", "x", "--json").error.contains(
        "unknown_task"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: cli.database)) == before)
    let right = try cli("correct", "5", "--task", "b", "--reason", "nhầm", "--lang", "en")
    #expect(right.status == 0, "\(right.error)")
    #expect(right.output.contains("Event #5 retracted"), "\(right.output)")
  }

  @Test("task extend --decision keeps the decision's number after the reason (trial: refused)")
  func extendDecision() throws {
    let cli = try CLIRunner(now: "2026-06-10T09:00:00+07:00")
    for step in [
      ["init"], ["unit", "add", "Phòng Văn hóa - Xã hội", "--code", "VHXH", "--on", "01/01/2026"],
      [
        "task", "assign", "Số hóa sổ hộ tịch của xã", "--id", "A", "--lead", "VHXH", "--role",
        "Trưởng phòng", "--result", "Kho dữ liệu", "--due", "30/06/2026", "--on", "05/01/2026",
      ],
    ] {
      let run = try cli.run(step)
      #expect(run.status == 0, "\(step): \(run.error)")
    }
    let run = try cli(
      "task", "extend", "A", "--to", "30/09/2026", "--reason", "Chờ kinh phí", "--approved-by",
      "Nguyễn Văn An", "--decision", "80/QĐ-UBND", "--json")
    #expect(run.status == 0, "\(run.error)")
    #expect(run.output.contains("Chờ kinh phí (80/QĐ-UBND)"), "\(run.output)")
  }
}
