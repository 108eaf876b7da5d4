import Foundation
import LedgerTestSupport
import Testing

/// Issue 11's rules as a clerk, a head and an inspector meet them, through the built binary.
@Suite("Accountability end to end")
struct AccountabilityCLITests {
  /// A commune ledger: UBND (An), VHXH (Bình) and KT (Dũng), both heads titled "Trưởng phòng",
  /// and a VHXH task due 30/04/2026 answerable by "Trưởng phòng".
  func commune() throws -> CLIRunner {
    try CLIRunner.threeUnitCommune(due: "30/04/2026")
  }

  @Test(
    "A task the chair answers for before and after its reassignment is one task in the chair's rating, however many charges it has"
  )
  func reassignedTaskCountsOnce() throws {
    let cli = try commune()
    let assigned = try cli(
      "task", "assign", "Lập quy hoạch chung xã", "--id", "B", "--lead", "VHXH", "--role",
      "Chủ tịch UBND xã", "--result", "Đồ án quy hoạch", "--due", "30/04/2026")
    #expect(assigned.status == 0, "\(assigned.error)")
    let moved = try cli(
      "task", "reassign", "B", "--lead", "KT", "--reason", "Chuyển", "--due", "31/08/2026",
      now: "2026-06-01T09:00:00+07:00")
    #expect(moved.status == 0, "\(moved.error)")
    let done = try cli("task", "complete", "B", now: "2026-08-15T09:00:00+07:00")
    #expect(done.status == 0, "\(done.error)")
    let december = "2026-12-31T09:00:00+07:00"
    let rows = try cli("evaluate", "--year", "2026", "--json", now: december)
    #expect(rows.output.contains("\"tasks\" : 2"), "two charges: \(rows.output)")
    let explained = try cli(
      "evaluate", "--year", "2026", "--explain", "Nguyễn Văn An", now: december)
    #expect(
      explained.output.contains("(1 capacity, 1 task, each counted once)"), "\(explained.output)")
    // The same work as JSON: the periods with their products, the proposal and its basis.
    let json = try cli(
      "evaluate", "--year", "2026", "--explain", "Nguyễn Văn An", "--json", now: december)
    let rating = try #require(
      (try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])?.first,
      "\(json.output)")
    let periods = try #require(rating["periods"] as? [[String: Any]])
    #expect(periods.flatMap { ($0["products"] as? [[String: Any]]) ?? [] }.count == 1)
    #expect((rating["proposed"] as? [String: Any])?["unit_results_from"] != nil)
    #expect((rating["capacities"] as? [[String: Any]])?.count == 1)
    // The proposal for d says what it rests on.
    #expect(explained.output.contains("d 100% (from "), "\(explained.output)")
    // A condition is named beside the band; a person with two capacities has one total.
    let condition = try cli(
      "evaluate", "condition", "--person", "Nguyễn Văn An", "--year", "2026", "--kind",
      "discipline", "--decision", "15/QĐ-UBND", now: december)
    #expect(condition.status == 0, "\(condition.error)")
    let table = try cli("evaluate", "--year", "2026", now: december)
    #expect(table.output.contains("disciplined (decision 15/QĐ-UBND)"), "\(table.output)")
    #expect(table.output.contains("Total and band are the person's one rating"), "\(table.output)")
  }

  @Test("A total says how many tasks its lines are of when a reassigned task has two lines")
  func totalsCountTasksNotLines() throws {
    let cli = try commune()
    let moved = try cli(
      "task", "reassign", "A", "--lead", "KT", "--reason", "Chuyển", "--due", "31/08/2026",
      now: "2026-06-01T09:00:00+07:00")
    #expect(moved.status == 0, "\(moved.error)")
    let december = "2026-12-31T09:00:00+07:00"
    let status = try cli("status", now: december)
    #expect(status.output.contains("Total: 2 lines for 1 task — "), "\(status.output)")
    #expect(
      status.output.contains("(a task that changed hands keeps a line for each earlier charge)"),
      "\(status.output)")
    let vi = try cli("status", "--lang", "vi", now: december)
    #expect(vi.output.contains("Tổng: 2 dòng cho 1 nhiệm vụ — "), "\(vi.output)")
    // One line each: the count stays a plain number.
    let kt = try cli("status", "--unit", "KT", now: december)
    #expect(kt.output.contains("Total: 1 — "), "\(kt.output)")
    #expect(!kt.output.contains("lines for"), "\(kt.output)")
  }

  @Test("Handing a task to a unit where nobody holds its role says so at once")
  func reassignedToNobody() throws {
    let cli = try commune()
    #expect(
      try cli("unit", "add", "Văn phòng HĐND và UBND xã", "--code", "VP", "--on", "01/01/2026")
        .status == 0)
    let moved = try cli(
      "task", "reassign", "A", "--lead", "VP", "--reason", "Chuyển",
      now: "2026-03-02T09:00:00+07:00")
    #expect(moved.status == 0, "\(moved.error)")
    #expect(
      moved.output.contains("Note: on 02/03/2026 nobody in VP holds “Trưởng phòng”"),
      "\(moved.output)")
    let kept = try cli(
      "task", "reassign", "A", "--lead", "KT", "--reason", "Về KT", now: "2026-03-03T09:00:00+07:00"
    )
    #expect(kept.status == 0 && !kept.output.contains("nobody in"), "\(kept.output)")
  }

  @Test("A role typed without its marks answers to nobody, and the assignment says whom it meant")
  func roleWithoutMarks() throws {
    let cli = try commune()
    let assigned = try cli(
      "task", "assign", "Rà soát hồ sơ", "--id", "R", "--lead", "VHXH", "--role", "Truong phong",
      "--result", "Báo cáo", "--due", "30/09/2026")
    #expect(assigned.status == 0, "\(assigned.error)")
    #expect(
      assigned.output.contains("nobody in VHXH holds “Truong phong”, the role the task names"),
      "\(assigned.output)")
    #expect(
      assigned.output.contains(
        "Did you mean “Trưởng phòng” (Trần Thị Bình, VHXH)? A role must be written with its marks, as at the appointment: correct it with `clearledger task amend R --role \"Trưởng phòng\"`."
      ), "\(assigned.output)")
    let amended = try cli("task", "amend", "R", "--role", "Trưởng phòng", "--reason", "Sửa dấu")
    #expect(amended.status == 0, "\(amended.error)")
    let status = try cli("status", "--json")
    #expect(status.output.contains("Trần Thị Bình"), "\(status.output)")
    // A role held as written: no note.
    let plain = try cli(
      "task", "assign", "Lập báo cáo", "--id", "S", "--lead", "VHXH", "--role", "Trưởng phòng",
      "--result", "Báo cáo", "--due", "30/09/2026")
    #expect(!plain.output.contains("Note:"), "\(plain.output)")
    // The chair's title, typed without marks, names the chair's unit: the note says so, and
    // whom it meant (trial: no hint for the chair, and "nobody in VHXH").
    let chair = try cli(
      "task", "assign", "Lập quy hoạch", "--id", "Q", "--lead", "VHXH", "--role",
      "Chu tich UBND xa", "--result", "Đồ án", "--due", "30/09/2026")
    #expect(chair.status == 0, "\(chair.error)")
    #expect(
      chair.output.contains("nobody in UBND holds “Chu tich UBND xa”"), "\(chair.output)")
    #expect(
      chair.output.contains("Did you mean “Chủ tịch UBND xã” (Nguyễn Văn An, UBND)?"),
      "\(chair.output)")
    // Once completed, the way to correct the role is told (trial: it looked permanent).
    #expect(try cli("task", "complete", "Q").status == 0)
    let closed = try cli("task", "amend", "Q", "--role", "Chủ tịch UBND xã", "--reason", "Dấu")
    #expect(closed.status == 1)
    #expect(
      closed.error.contains("retract the completion (`clearledger correct POSITION`), amend it"),
      "\(closed.error)")
  }

  @Test(
    "The yearly report never presents a progress report as the explanation of a delay (trial: “Why it is late: Đã kết nối 3/5 CSDL”)"
  )
  func reportIsNotAnExplanation() throws {
    let cli = try commune()
    let report = try cli(
      "report", "A", "Đã số hóa 60% sổ", "--percent", "60", now: "2026-05-10T09:00:00+07:00")
    #expect(report.status == 0, "\(report.error)")
    let december = "2026-12-31T09:00:00+07:00"
    let yearly = try cli("yearly", "--year", "2026", "--lang", "en", now: december)
    #expect(
      yearly.output.contains("- **Why it is late:** no explanation filed"), "\(yearly.output)")
    #expect(
      yearly.output.contains("- **Report after the deadline:** Đã số hóa 60% sổ"),
      "\(yearly.output)")
    #expect(!yearly.output.contains("Why it is late:** Đã số hóa"), "\(yearly.output)")
    let vi = try cli("yearly", "--year", "2026", "--lang", "vi", now: december)
    #expect(vi.output.contains("- **Giải trình chậm:** chưa có giải trình"), "\(vi.output)")
    #expect(vi.output.contains("- **Báo cáo sau hạn:** Đã số hóa 60% sổ"), "\(vi.output)")
  }

  @Test("Correcting a correction says that the fact it retracted counts again")
  func correctingACorrection() throws {
    let cli = try commune()
    let report = try cli("report", "A", "Đã số hóa 40%", "--percent", "40", "--json")
    let position = try #require(
      (try JSONSerialization.jsonObject(with: Data(report.output.utf8)) as? [String: Any])?[
        "position"] as? Int, "\(report.output)")
    let first = try cli("correct", "\(position)", "--reason", "Nhầm nhiệm vụ")
    #expect(first.status == 0, "\(first.error)")
    #expect(!first.output.contains("counts again"))
    // It says what the retracted event recorded, so a wrong position shows at once (trial).
    #expect(first.output.contains("Event #\(position) retracted: "), "\(first.output)")
    #expect(first.output.contains("Đã số hóa 40%"), "\(first.output)")
    let second = try cli("correct", "\(position + 1)", "--reason", "Đính chính nhầm")
    #expect(
      second.output.contains(
        "Note: #\(position + 1) was itself a correction; event #\(position), which it retracted, counts again."
      ), "\(second.output)")
  }

  @Test("1. An overdue task reassigned stays overdue for its earlier lead in every view")
  func blameIsFixedAtTheDeadline() throws {
    let cli = try commune()
    let june = "2026-06-01T09:00:00+07:00"
    let refused = try cli("task", "reassign", "A", "--lead", "KT", "--reason", "Chuyển", now: june)
    #expect(refused.status == 1)
    #expect(refused.error.contains("Give the new lead its own deadline with --due"))
    let moved = try cli(
      "task", "reassign", "A", "--lead", "KT", "--reason", "Chuyển", "--due", "31/08/2026",
      now: june)
    #expect(moved.status == 0, "\(moved.error)")
    #expect(moved.output.contains("Note: the task was overdue since 30/04/2026; VHXH keeps it"))
    let december = "2026-12-31T09:00:00+07:00"
    let unit = try cli("unit", "view", "VHXH", now: december)
    #expect(unit.output.contains("A  overdue, then reassigned to KT on 01/06/2026"))
    let head = try cli("head", "view", "Trần Thị Bình", now: december)
    #expect(head.output.contains("overdue, then reassigned to KT on 01/06/2026"))
    // The yearly report of the earlier lead shows its own deadline, not the new lead's
    let yearly = try cli(
      "yearly", "--year", "2026", "--unit", "VHXH", "--lang", "en", now: december)
    #expect(yearly.output.contains("## A "), "\(yearly.output)")
    #expect(yearly.output.contains("- **Lead unit:** VHXH"), "\(yearly.output)")
    #expect(yearly.output.contains("- **Deadline:** 30/04/2026"), "\(yearly.output)")
    #expect(yearly.output.contains("overdue, then reassigned to KT on 01/06/2026"))
    #expect(
      yearly.output.contains("Trần Thị Bình (TTB) (Trưởng phòng, head of VHXH)"), "\(yearly.output)"
    )
    // status --unit lists the line each unit answers for: VHXH's missed deadline, KT's task
    let vhxh = try cli("status", "--unit", "VHXH", "--json", now: december)
    #expect(vhxh.output.contains("\"charged_unit\" : \"VHXH\""), "\(vhxh.output)")
    #expect(!vhxh.output.contains("\"charged_unit\" : \"KT\""), "\(vhxh.output)")
    let kt = try cli("status", "--unit", "KT", "--json", now: december)
    #expect(kt.output.contains("\"charged_unit\" : \"KT\""), "\(kt.output)")
    #expect(!kt.output.contains("\"charged_unit\" : \"VHXH\""), "\(kt.output)")
    let evaluation = try cli(
      "evaluate", "--year", "2026", "--explain", "Trần Thị Bình", now: december)
    #expect(
      evaluation.output.contains(
        "A  due 30/04/2026: overdue (VHXH, then reassigned to KT on 01/06/2026)"))
    #expect(
      evaluation.output.contains(
        "30/04/2026 missed; quantity 0/1 → a 0%; 1 delay(s) (0 excused) → progress −25%: c = 0% × (1 − 25%) = 0%"
      ))
    let status = try cli("status", "--json", now: december)
    #expect(status.output.contains("\"departure\" : \"then reassigned to KT on 01/06/2026\""))
    // A cancellation after the deadline warns and keeps the blame.
    let assigned = try cli(
      "task", "assign", "Lập danh mục dữ liệu dùng chung", "--id", "B", "--lead", "VHXH", "--role",
      "Trưởng phòng", "--result", "Danh mục", "--due", "30/04/2026", "--on", "05/01/2026",
      now: december)
    #expect(assigned.status == 0, "\(assigned.error)")
    let cancel = try cli("task", "cancel", "B", "--reason", "Gộp", now: december)
    #expect(cancel.output.contains("VHXH keeps it as overdue (overdue, cancelled on 31/12/2026)"))
  }

  @Test(
    "2. An extension granted after the deadline: every view says completed late, audit and check flag it"
  )
  func oneDefinitionOfLateness() throws {
    let cli = try commune()
    let extended = try cli(
      "task", "extend", "A", "--to", "31/05/2026", "--reason", "Chậm", "--approved-by",
      "Nguyễn Văn An", now: "2026-05-05T09:00:00+07:00")
    // Said when it is recorded, not only later in check and audit (trial).
    #expect(
      extended.output.contains(
        "Note: this extension was granted after the deadline 30/04/2026 had passed"),
      "\(extended.output)")
    try cli("task", "complete", "A", now: "2026-05-20T09:00:00+07:00")
    let december = "2026-12-31T09:00:00+07:00"
    let status = try cli("status", now: december)
    #expect(status.output.contains("completed late (extended after the deadline)"))
    // The day the line is judged by, and where the deadline now stands, as the web's rows
    // word it (trial: the CLI showed the extended day as if it counted).
    #expect(
      status.output.contains("30/04/2026 (extended to 31/05/2026, not counted)"),
      "\(status.output)")
    let yearly = try cli(
      "yearly", "--year", "2026", "--format", "csv", "--lang", "en", now: december)
    #expect(yearly.output.contains("completed_late"))
    let evaluation = try cli("evaluate", "--year", "2026", "--json", now: december)
    #expect(evaluation.output.contains("\"completed_late\" : 1"))
    #expect(!evaluation.output.contains("\"completed_on_time\" : 1"))
    let audit = try cli("audit", now: december)
    #expect(audit.output.contains("⚠ EXTENDED AFTER DEADLINE"))
    let check = try cli("check", now: december)
    #expect(
      check.output.contains("was granted on 05/05/2026, after the deadline 30/04/2026 had passed"))
  }

  @Test("6. A bare title resolves only in its unit: nobody named, and check reports an error")
  func aRoleIsHeldInAUnit() throws {
    let cli = try commune()
    try cli("unit", "add", "Công an xã", "--code", "CAX", "--on", "01/01/2026")
    try cli(
      "task", "assign", "Rà soát dữ liệu dân cư", "--id", "C", "--lead", "CAX", "--role",
      "Trưởng phòng", "--result", "Dữ liệu dân cư rà soát", "--due", "30/06/2026")
    try cli(
      "task", "assign", "Ban hành quy chế dữ liệu", "--id", "D", "--lead", "VHXH", "--role",
      "Chủ tịch", "--role-unit", "UBND", "--result", "Quy chế", "--due", "30/06/2026")
    let status = try cli("status", "--json")
    let tasks = try #require(
      try JSONSerialization.jsonObject(with: Data(status.output.utf8)) as? [[String: Any]])
    let c = try #require(tasks.first { $0["id"] as? String == "C" })
    #expect(c["head_person"] is NSNull)
    #expect(c["role_unit"] as? String == "CAX")
    let d = try #require(tasks.first { $0["id"] as? String == "D" })
    #expect(d["head_person"] as? String == "Nguyễn Văn An")
    let check = try cli("check")
    #expect(check.output.contains("error: Nobody holds the role “Trưởng phòng” in CAX"))
  }

  @Test(
    "7. A name matching nobody is refused with the closest names; without marks it finds the one person"
  )
  func peopleArePersons() throws {
    let cli = try commune()
    let before = cli.fileBytes()
    let typo = try cli(
      "evaluate", "score", "--person", "Hoang Van Dug", "--year", "2026", "--points", "25",
      "--reason", "r")
    #expect(typo.status == 1)
    #expect(typo.error.contains("Closest: Hoàng Văn Dũng (HVD, hoang van dung)"))
    #expect(cli.fileBytes() == before)
    let plain = try cli(
      "evaluate", "score", "--person", "hoang van dung", "--year", "2026", "--points", "25",
      "--reason", "r")
    #expect(plain.output.contains("Hoàng Văn Dũng"), "\(plain.error)")
    let head = try cli("head", "view", "Nguyen Van Am")
    #expect(head.status == 1)
    #expect(head.error.contains("Nguyễn Văn An (NVA, nguyen van an)"))
  }

  @Test("9. A reviewed product's major errors cost quality points, shown by --explain")
  func qualityIsJudged() throws {
    let cli = try commune()
    try cli("task", "complete", "A", now: "2026-04-20T09:00:00+07:00")
    let review = try cli(
      "task", "review", "A", "--major-errors", "2", "--by", "Nguyễn Văn An",
      now: "2026-04-25T09:00:00+07:00")
    #expect(review.status == 0, "\(review.error)")
    let explain = try cli(
      "evaluate", "--year", "2026", "--explain", "Trần Thị Bình", now: "2026-12-31T09:00:00+07:00")
    // Each major error costs 25 % of the product's quality points: 2 cost 50 %.
    #expect(explain.output.contains("completed on time; 2 major error(s): quality points lost"))
    #expect(
      explain.output.contains(
        "quantity 1/1 → a 100%; 0 delay(s) (0 excused) → progress −0%: c = 100% × (1 − 0%) = 100%; quality −50%: b = 100% × (1 − 50%) = 50%"
      ))
    #expect(explain.output.contains("policy nd335-2025.v4"))
    let open = try cli(
      "task", "review", "A", "--major-errors", "-1", "--by", "An", now: "2026-12-31T09:00:00+07:00")
    #expect(open.status != 0)
  }
}
