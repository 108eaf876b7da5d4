import Foundation
import LedgerTestSupport
import Testing

/// Who answers after a hand-over (trial: a task assigned with `--role-unit` naming its own lead
/// kept the role in that unit, and the next missed deadline was charged to the head of the unit
/// the task had left, with no word at the hand-over).
@Suite("The answerable role after a hand-over")
struct RoleAfterHandOverCLITests {
  /// VHXH headed by Bình and KT by Dũng; task A led by VHXH, due 30/04.
  func commune(role: String, roleUnit: String?) throws -> CLIRunner {
    let cli = try CLIRunner(now: "2026-01-05T09:00:00+07:00")
    var assign = [
      "task", "assign", "Số hóa hồ sơ", "--id", "A", "--lead", "VHXH", "--role", role,
      "--result", "Hồ sơ số", "--due", "30/04/2026",
    ]
    if let roleUnit { assign += ["--role-unit", roleUnit] }
    for step in [
      ["init"], ["unit", "add", "Phòng Văn hóa - Xã hội", "--code", "VHXH", "--on", "01/01/2026"],
      ["unit", "add", "Phòng Kinh tế", "--code", "KT", "--on", "01/01/2026"],
      ["head", "appoint", "VHXH", "Trần Thị Bình", "--role", "Trưởng phòng", "--on", "01/01/2026"],
      ["head", "appoint", "KT", "Hoàng Văn Dũng", "--role", "Trưởng phòng", "--on", "01/01/2026"],
      assign,
    ] {
      let run = try cli.run(step)
      #expect(run.status == 0, "\(step): \(run.error)")
    }
    return cli
  }

  @Test("--role-unit naming the lead itself follows the lead: the new lead's head answers")
  func followsTheLead() throws {
    let cli = try commune(role: "Trưởng phòng", roleUnit: "VHXH")
    let moved = try cli(
      "task", "reassign", "A", "--lead", "KT", "--reason", "Theo chức năng", "--due",
      "31/08/2026", "--lang", "en")
    #expect(moved.status == 0, "\(moved.error)")
    #expect(!moved.output.contains("Note:"), "\(moved.output)")
    let status = try cli("status", "--json", now: "2026-09-05T09:00:00+07:00")
    let rows = try #require(
      try JSONSerialization.jsonObject(with: Data(status.output.utf8)) as? [[String: Any]])
    let current = try #require(rows.first { $0["due_counted"] as? String == "2026-08-31" })
    #expect(current["head_person"] as? String == "Hoàng Văn Dũng", "\(current)")
  }

  @Test("A role held in the unit the task leaves is said at the hand-over, with the amendment")
  func pinnedRoleIsSaid() throws {
    let cli = try commune(role: "Trưởng phòng Văn hóa - Xã hội", roleUnit: nil)
    let moved = try cli(
      "task", "reassign", "A", "--lead", "KT", "--reason", "Theo chức năng", "--due",
      "31/08/2026", "--lang", "en")
    #expect(moved.status == 0, "\(moved.error)")
    #expect(
      moved.output.contains(
        "Note: A is still answered for by “Trưởng phòng Văn hóa - Xã hội” of VHXH (Trần Thị Bình), as assigned, not by the head of KT. If KT's head should answer, amend it: `clearledger task amend A --role-unit KT`."
      ), "\(moved.output)")
  }
}
