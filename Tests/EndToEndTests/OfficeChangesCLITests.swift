import Foundation
import LedgerTestSupport
import Testing

/// Issue 12, "People and units change", through the built binary.
@Suite("Office changes end to end")
struct OfficeChangesCLITests {
  /// A commune on 01/01/2026: UBND with its chair, VHXH with its head, one task due 31/12.
  func commune(now: String) throws -> CLIRunner {
    let cli = try CLIRunner(now: now)
    for arguments in [
      ["init"], ["unit", "add", "UBND xã", "--code", "UBND", "--on", "01/01/2026"],
      ["unit", "add", "Phòng Văn hóa - Xã hội", "--code", "VHXH", "--on", "01/01/2026"],
      ["unit", "add", "Phòng Kinh tế", "--code", "KT", "--on", "01/01/2026"],
      [
        "head", "appoint", "UBND", "Nguyễn Văn An", "--role", "Chủ tịch UBND xã", "--on",
        "01/01/2026",
      ],
      ["head", "appoint", "VHXH", "Trần Thị Bình", "--role", "Trưởng phòng", "--on", "01/01/2026"],
      [
        "task", "assign", "Hoàn thành kết nối, chia sẻ dữ liệu dân cư", "--lead", "VHXH",
        "--role", "Chủ tịch UBND xã", "--result", "Báo cáo", "--due", "31/12/2026", "--on",
        "02/01/2026",
      ],
    ] {
      let run = try cli.run(arguments)
      #expect(run.status == 0, "\(arguments): \(run.error)")
    }
    return cli
  }

  func json(_ run: CLIRunner.Run) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(run.output.utf8))
  }

  @Test("1. An appointment decided on 25/06 takes effect on 01/07; other future facts are refused")
  func appointmentAhead() throws {
    let cli = try commune(now: "2026-06-25T09:00:00+07:00")
    let appointed = try cli(
      "head", "appoint", "UBND", "Phạm Anh Tuấn", "--role", "Chủ tịch UBND xã", "--on",
      "01/07/2026", "--decision", "120/QĐ-UBND", "--replaces", "Nguyễn Văn An")
    #expect(appointed.status == 0, "\(appointed.error)")
    #expect(appointed.output.contains("(120/QĐ-UBND) (01/07/2026)"), "\(appointed.output)")
    // The task due 31/12 follows the new chair; the old chair's tenure ends on 01/07
    let heads = try #require(try json(cli("head", "view", "--json")) as? [[String: Any]])
    let tuan = try #require(heads.first { $0["person"] as? String == "Phạm Anh Tuấn" })
    #expect(tuan["tasks"] as? [String] == ["T-001"])
    #expect(tuan["from"] as? String == "2026-07-01")
    let an = try #require(heads.first { $0["person"] as? String == "Nguyễn Văn An" })
    #expect(an["until"] as? String == "2026-07-01")
    #expect(an["tasks"] as? [String] == [])
    // and the year's evaluation rates the new chair for it
    let rows = try #require(
      try json(cli("evaluate", "--year", "2026", "--json")) as? [[String: Any]])
    let rated = rows.first {
      $0["person"] as? String == "Phạm Anh Tuấn" && $0["capacity"] as? String == "accountable_head"
    }
    #expect(rated?["tasks"] as? Int == 1)
    // Other facts dated in the future stay refused, and write nothing
    let before = cli.fileBytes()
    let started = try cli("task", "start", "T-001", "--on", "01/07/2026")
    #expect(started.status == 1)
    #expect(started.error.contains("01/07/2026 is in the future"), "\(started.error)")
    let renamed = try cli("unit", "rename", "VHXH", "Phòng Văn hóa", "--on", "01/07/2026")
    #expect(renamed.status == 1)
    #expect(cli.fileBytes() == before)
  }

  @Test("2. A vacancy is named by check; an acting head answers and is shown as acting")
  func actingAndVacancy() throws {
    let cli = try commune(now: "2026-06-25T09:00:00+07:00")
    let vacated = try cli(
      "head", "vacate", "UBND", "--on", "01/05/2026", "--decision", "45/QĐ-UBND")
    #expect(vacated.status == 0, "\(vacated.error)")
    let check = try cli("check", "--lang", "vi")
    #expect(
      check.output.contains("“Chủ tịch UBND xã” tại UBND để trống vào ngày 31/12/2026"),
      "\(check.output)")
    let none = try cli("head", "vacate", "UBND", "--on", "02/05/2026")
    #expect(none.status == 1)
    #expect(none.error.contains("Unit UBND has no head on 02/05/2026"), "\(none.error)")
    // The vice-chair in charge answers as the chair
    let acting = try cli(
      "head", "appoint", "UBND", "Lê Văn Cường", "--role", "Chủ tịch UBND xã", "--acting",
      "--on", "15/05/2026")
    #expect(acting.status == 0, "\(acting.error)")
    #expect(
      acting.output.contains("made Lê Văn Cường (LVC) acting Chủ tịch UBND xã"), "\(acting.output)")
    let view = try cli("head", "view", "Lê Văn Cường", "--lang", "vi")
    #expect(
      view.output.contains("Lê Văn Cường (LVC) — Chủ tịch UBND xã (quyền), UBND"), "\(view.output)")
    let heads = try #require(try json(cli("head", "view", "--json")) as? [[String: Any]])
    let cuong = try #require(heads.first { $0["person"] as? String == "Lê Văn Cường" })
    #expect(cuong["acting"] as? Bool == true)
    #expect(cuong["tasks"] as? [String] == ["T-001"])
    #expect(!(try cli("check").output.contains("is vacant")))
  }

  @Test("3. Units are renamed, merged and dissolved; past views keep the old unit and name")
  func units() throws {
    let cli = try commune(now: "2026-06-25T09:00:00+07:00")
    #expect(
      try cli(
        "task", "assign", "Xây dựng đề án chợ số", "--lead", "KT", "--role", "Trưởng phòng",
        "--result", "Đề án được phê duyệt", "--due", "30/09/2026", "--on", "02/01/2026"
      ).status == 0)
    let renamed = try cli(
      "unit", "rename", "KT", "Phòng Kinh tế - Hạ tầng", "--on", "01/04/2026", "--decision",
      "30/QĐ-UBND")
    #expect(renamed.status == 0, "\(renamed.error)")
    // A unit leading open work is not dissolved
    let dissolve = try cli("unit", "dissolve", "KT", "--on", "01/06/2026")
    #expect(dissolve.status == 1)
    #expect(
      dissolve.error.contains("Unit KT still leads 1 open tasks (T-002)"), "\(dissolve.error)")
    let merged = try cli(
      "unit", "merge", "Phòng Kinh tế - Hạ tầng", "--into", "VHXH", "--on", "01/06/2026",
      "--decision", "50/QĐ-UBND")
    #expect(merged.status == 0, "\(merged.error)")
    #expect(merged.output.contains("merged unit KT into VHXH (50/QĐ-UBND)"), "\(merged.output)")
    let status = try #require(try json(cli("status", "--json")) as? [[String: Any]])
    #expect(status.first { $0["id"] as? String == "T-002" }?["lead_unit"] as? String == "VHXH")
    let units = try #require(try json(cli("unit", "list", "--json")) as? [[String: Any]])
    let kt = try #require(units.first { $0["code"] as? String == "KT" })
    #expect(kt["name"] as? String == "Phòng Kinh tế - Hạ tầng")
    #expect(kt["merged_into"] as? String == "VHXH")
    #expect(kt["closed_on"] as? String == "2026-06-01")
    // Views of earlier days keep the unit under the name it bore then
    let march = try cli("unit", "view", "--as-of", "15/03/2026")
    #expect(march.output.contains("Phòng Kinh tế"), "\(march.output)")
    #expect(!march.output.contains("Hạ tầng"))
    let history = try cli("history", "KT")
    #expect(
      history.output.contains("renamed unit KT from “Phòng Kinh tế” to “Phòng Kinh tế - Hạ tầng”"),
      "\(history.output)")
    // A unit registered by mistake is removed by merging it; an ended unit leads nothing new
    #expect(try cli("unit", "add", "Phòng Kinh tê", "--code", "KT2").status == 0)
    #expect(try cli("unit", "merge", "KT2", "--into", "VHXH").status == 0)
    let assign = try cli(
      "task", "assign", "Việc mới", "--lead", "KT2", "--role", "Trưởng phòng", "--result", "X",
      "--due", "30/09/2026")
    #expect(assign.status == 1)
    #expect(
      assign.error.contains("Unit KT2 was dissolved or merged from 25/06/2026"), "\(assign.error)")
    #expect(try cli("verify").status == 0)
  }

  @Test("4. A plan is amended: check re-judges the task and history keeps the old wording")
  func amendment() throws {
    let cli = try commune(now: "2026-06-25T09:00:00+07:00")
    func resultRule() throws -> String? {
      let check = try #require(try json(cli("check", "--json")) as? [String: Any])
      let tasks = check["tasks"] as? [[String: Any]] ?? []
      let findings = tasks.first?["clears"] as? [[String: Any]] ?? []
      return findings.first { $0["clear"] as? String == "result" }?["rule"] as? String
    }
    #expect(try resultRule() == "result.not_checkable")
    let both = try cli("task", "amend", "T-001", "--support", "KT", "--no-support", "--reason", "r")
    #expect(both.status == 64)
    let amended = try cli(
      "task", "amend", "T-001", "--result", "Cơ sở dữ liệu dân cư vận hành", "--support", "KT",
      "--reason", "Kế hoạch ghi chưa rõ", "--decision", "55/QĐ-UBND")
    #expect(amended.status == 0, "\(amended.error)")
    #expect(try resultRule() == "result.product")
    let history = try cli("history", "T-001", "--lang", "vi")
    #expect(
      history.output.contains("kết quả “Báo cáo” → “Cơ sở dữ liệu dân cư vận hành”"),
      "\(history.output)")
    #expect(history.output.contains("đơn vị phối hợp “(không)” → “KT”"))
    // A new title does not rewrite the assignment's line: it was given the old one (trial).
    let retitled = try cli(
      "task", "amend", "T-001", "--title", "Kết nối dữ liệu dân cư toàn xã", "--reason", "r")
    #expect(retitled.status == 0, "\(retitled.error)")
    let lines = try cli("history", "T-001", "--lang", "vi").output.split(separator: "\n")
    let assigned = try #require(lines.first { $0.contains("giao nhiệm vụ") })
    #expect(assigned.contains("Hoàn thành kết nối, chia sẻ dữ liệu dân cư"), "\(assigned)")
    #expect(!assigned.contains("Kết nối dữ liệu dân cư toàn xã"))
    let nothing = try cli(
      "task", "amend", "T-001", "--result", "Cơ sở dữ liệu dân cư vận hành", "--reason", "r")
    #expect(nothing.status == 1)
    #expect(nothing.error.contains("changes nothing"), "\(nothing.error)")
    // The amendment travels through events export and import
    let file = cli.folder.appendingPathComponent("events.jsonl").path
    _ = FileManager.default.createFile(atPath: file, contents: nil)
    #expect(try cli.run(["events", "export"], standardOutput: file).status == 0)
    let copy = try CLIRunner(now: "2026-06-25T09:00:00+07:00")
    #expect(try copy("init").status == 0)
    let imported = try copy("events", "import", file)
    #expect(imported.status == 0, "\(imported.error) \(imported.output)")
    #expect(try copy("history", "T-001").output.contains("amended task T-001"))
  }
}
