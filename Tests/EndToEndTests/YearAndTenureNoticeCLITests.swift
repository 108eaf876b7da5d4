import Foundation
import LedgerTestSupport
import OfficeDocuments
import Testing

/// What a clerk is told when the year evaluated is not over and when an appointment ends a
/// tenure (trial leftovers: a table of zeros for a year not begun, a replacement not said).
@Suite("Year and tenure notices")
struct YearAndTenureNoticeCLITests {
  /// A commune whose office head is replaced on 01/05/2026, with one task due in 2026.
  func commune(now: String) throws -> CLIRunner {
    let cli = try CLIRunner(now: now)
    for step in [
      ["init"], ["unit", "add", "Văn phòng HĐND và UBND xã", "--code", "VP", "--on", "01/01/2026"],
      [
        "head", "appoint", "VP", "Nguyễn Văn An", "--role", "Chánh Văn phòng", "--on", "01/01/2026",
      ],
      [
        "task", "assign", "Số hóa hồ sơ một cửa", "--lead", "VP", "--role", "Chánh Văn phòng",
        "--result", "Báo cáo", "--due", "30/09/2026", "--on", "02/01/2026",
      ],
    ] {
      let run = try cli.run(step)
      #expect(run.status == 0, "\(step): \(run.error)")
    }
    return cli
  }

  @Test("An appointment replacing the sitting head says whose tenure ends, and its last day")
  func tenureEnded() throws {
    let cli = try commune(now: "2026-06-01T09:00:00+07:00")
    let replaced = try cli(
      "head", "appoint", "VP", "Trần Thị Bình", "--role", "Chánh Văn phòng", "--on", "01/05/2026",
      "--replaces", "Nguyễn Văn An", "--lang", "en")
    #expect(replaced.status == 0, "\(replaced.error)")
    #expect(
      replaced.output.contains(
        "This ends the tenure of Nguyễn Văn An (NVA) as Chánh Văn phòng: 01/01/2026–30/04/2026. Tasks due from 01/05/2026 are Trần Thị Bình's to answer for, except work completed before that day (credited to Nguyễn Văn An)."
      ), "\(replaced.output)")
    // The first appointment of a unit ends nobody's tenure: no such line.
    #expect(
      try cli("unit", "add", "Phòng Kinh tế", "--code", "KT", "--on", "01/01/2026").status == 0)
    let first = try cli(
      "head", "appoint", "KT", "Lê Văn Cường", "--role", "Trưởng phòng", "--on", "01/01/2026",
      "--lang", "vi")
    #expect(first.status == 0 && !first.output.contains("Nhiệm kỳ"), "\(first.output)")
    // In Vietnamese, an acting head replacing the substantive one.
    let acting = try cli(
      "head", "appoint", "KT", "Phạm Thu Hà", "--role", "Quyền Trưởng phòng", "--acting",
      "--replaces", "Lê Văn Cường", "--lang", "vi")
    #expect(acting.status == 0, "\(acting.error)")
    #expect(
      acting.output.contains(
        "Nhiệm kỳ của Lê Văn Cường (LVC), Trưởng phòng, kết thúc: 01/01/2026–31/05/2026."),
      "\(acting.output)")
    // The role already says acting: not said twice (it read "làm quyền Quyền Trưởng phòng").
    #expect(
      acting.output.contains("giao Phạm Thu Hà (PTH) làm Quyền Trưởng phòng, phụ trách KT"),
      "\(acting.output)")
    // Nor marked twice in the views (trial: "Quyền Trưởng phòng (quyền)").
    let views = try cli("head", "view", "--lang", "vi")
    #expect(views.output.contains("Quyền Trưởng phòng"), "\(views.output)")
    #expect(!views.output.contains("Quyền Trưởng phòng (quyền)"), "\(views.output)")
    let units = try cli("unit", "list", "--lang", "vi")
    #expect(!units.output.contains("Quyền Trưởng phòng, quyền"), "\(units.output)")
  }

  @Test("--replaces takes the sitting head's staff code, as the person argument does")
  func replacesByCode() throws {
    let cli = try commune(now: "2026-06-01T09:00:00+07:00")
    let run = try cli(
      "head", "appoint", "VP", "Trần Thị Bình", "--role", "Chánh Văn phòng", "--on", "01/05/2026",
      "--replaces", "nva", "--lang", "en")
    #expect(run.status == 0, "\(run.error)")
    #expect(run.output.contains("This ends the tenure of Nguyễn Văn An (NVA)"), "\(run.output)")
  }

  @Test("A task assigned where its head leaves before the due day: the note names the due day")
  func unansweredOnDueDay() throws {
    let cli = try commune(now: "2026-06-01T09:00:00+07:00")
    #expect(
      try cli(
        "unit", "add", "Trung tâm Phục vụ hành chính công xã", "--code", "TTPV",
        "--on", "01/01/2026"
      ).status == 0)
    #expect(
      try cli(
        "head", "appoint", "TTPV", "Lê Thị Hồng", "--role", "Giám đốc", "--on",
        "01/01/2026"
      ).status == 0)
    #expect(try cli("head", "vacate", "TTPV", "--on", "31/05/2026").status == 0)
    let assigned = try cli(
      "task", "assign", "Rà soát thủ tục", "--lead", "TTPV", "--role", "Giám đốc", "--result",
      "Danh mục", "--due", "31/05/2026", "--on", "05/01/2026", "--lang", "en")
    #expect(assigned.status == 0, "\(assigned.error)")
    #expect(
      assigned.output.contains(
        "Note: on 31/05/2026, the day that decides who answers, nobody in TTPV holds “Giám đốc”"),
      "\(assigned.output)")
  }

  @Test("The evaluation writes a tenure to its last day in office and marks an acting head")
  func tenureInEvaluation() throws {
    let cli = try commune(now: "2026-06-01T09:00:00+07:00")
    #expect(
      try cli(
        "head", "appoint", "VP", "Trần Thị Bình", "--role", "Chánh Văn phòng", "--acting",
        "--on", "01/05/2026", "--replaces", "Nguyễn Văn An"
      ).status == 0)
    let later = "2027-01-10T09:00:00+07:00"
    let former = try cli(
      "evaluate", "--year", "2026", "--explain", "NVA", "--lang", "en", now: later)
    #expect(
      former.output.contains("Nguyễn Văn An — Chánh Văn phòng, VP (01/01/2026–30/04/2026)"),
      "\(former.output)")
    let acting = try cli(
      "evaluate", "--year", "2026", "--explain", "TTB", "--lang", "vi", now: later)
    #expect(
      acting.output.contains("Trần Thị Bình — Chánh Văn phòng (quyền), VP (01/05/2026–nay)"),
      "\(acting.output)")
    let table = try cli("evaluate", "--year", "2026", "--lang", "en", now: later)
    #expect(table.output.contains("Chánh Văn phòng (acting), VP"), "\(table.output)")
    // The Vietnamese CSV, for people: the last day in office and the capacity in words; the
    // English one keeps `tenure_until` as JSON has it (the successor's first day).
    let vi = try cli("evaluate", "--year", "2026", "--csv", "--lang", "vi", now: later)
    #expect(vi.output.contains("Đến hết ngày"), "\(vi.output)")
    #expect(vi.output.contains("2026-01-01,2026-04-30"), "\(vi.output)")
    #expect(vi.output.contains("trưởng đơn vị chủ trì"), "\(vi.output)")
    let en = try cli("evaluate", "--year", "2026", "--csv", "--lang", "en", now: later)
    #expect(en.output.contains("2026-01-01,2026-05-01"), "\(en.output)")
    // Acting is in JSON, CSV and the workbook too, not only on screen (trial).
    let json = try cli("evaluate", "--year", "2026", "--json", now: later)
    let rows = try #require(
      try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
    #expect(rows.contains { $0["person"] as? String == "Trần Thị Bình" })
    for row in rows {
      #expect(row["acting"] as? Bool == (row["person"] as? String == "Trần Thị Bình"), "\(row)")
    }
    #expect(vi.output.contains("Mã cán bộ,Giữ quyền"), "\(vi.output)")
    #expect(en.output.contains(",TTB,true"), "\(en.output)")
    #expect(en.output.contains(",NVA,false"), "\(en.output)")
    let path = cli.folder.appendingPathComponent("danh-gia.xlsx").path
    #expect(
      try cli("evaluate", "--year", "2026", "--xlsx", path, "--lang", "vi", now: later).status == 0)
    let sheet = try #require(
      try Workbook.read(Data(contentsOf: URL(fileURLWithPath: path))).sheets.first?.table.rows)
    let header = try #require(sheet.first)
    let until = try #require(header.firstIndex(of: "Đến hết ngày"))
    let actingColumn = try #require(header.firstIndex(of: "Giữ quyền"))
    let an = try #require(sheet.first { $0.first == "Nguyễn Văn An" })
    let binh = try #require(sheet.first { $0.first == "Trần Thị Bình" })
    #expect(an[until].contains("30") && an[until].contains("4"), "\(an)")
    #expect(an[actingColumn] == "không" && binh[actingColumn] == "có", "\(an) \(binh)")
  }

  @Test("A year evaluated before it begins, or before it ends, is said to be so")
  func yearNotOver() throws {
    let cli = try commune(now: "2026-06-01T09:00:00+07:00")
    let ahead = try cli("evaluate", "--year", "2027", "--lang", "en")
    #expect(ahead.status == 0, "\(ahead.error)")
    #expect(
      ahead.output.contains(
        "2027 has not begun: as of 01/06/2026 no task of 2027 is due yet, so nothing counts"),
      "\(ahead.output)")
    let running = try cli("evaluate", "--year", "2026", "--lang", "vi")
    #expect(
      running.output.contains(
        "Năm 2026 chưa kết thúc: tính đến ngày 01/06/2026; nhiệm vụ đến hạn sau ngày này được tính là trong hạn."
      ), "\(running.output)")
    // As of a day in the year: judged on that day, and said so.
    let asOf = try cli("evaluate", "--year", "2026", "--as-of", "31/03/2026", "--lang", "en")
    #expect(asOf.output.contains("2026 is not over: judged as of 31/03/2026"), "\(asOf.output)")
    // The year over: no such line.
    let after = try cli(
      "evaluate", "--year", "2026", "--lang", "en", now: "2027-01-15T09:00:00+07:00")
    #expect(after.status == 0, "\(after.error)")
    #expect(
      !after.output.contains("not over") && !after.output.contains("not begun"), "\(after.output)")
    // JSON stays rows only.
    let json = try cli("evaluate", "--year", "2027", "--json")
    #expect(json.status == 0 && !json.output.contains("not begun"), "\(json.output)")
  }
}
