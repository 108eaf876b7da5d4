import Foundation
import LedgerTestSupport
import Testing

/// What the fresh trials of 01/12/2026 found in the yearly report, `due` and opening a file.
@Suite("Trial findings: yearly report, due, files")
struct SecondTrialCLITests {
  /// KT headed by Dũng (staff code KT01); task A with a title holding markup, task C cancelled.
  func commune() throws -> CLIRunner {
    let cli = try CLIRunner(now: "2026-02-01T09:00:00+07:00")
    for step in [
      ["init"], ["unit", "add", "Phòng Kinh tế", "--code", "KT", "--on", "01/01/2026"],
      ["person", "add", "Hoàng Văn Dũng", "--code", "KT01"],
      ["head", "appoint", "KT", "KT01", "--role", "Trưởng phòng", "--on", "01/01/2026"],
      [
        "task", "assign", "<script>alert(1)</script> *Số hóa* hồ sơ", "--id", "A", "--lead", "KT",
        "--role", "Trưởng phòng", "--result", "<img src=x onerror=alert(1)>", "--due",
        "10/02/2026",
      ],
      [
        "task", "assign", "Xây chợ", "--id", "C", "--lead", "KT", "--role", "Trưởng phòng",
        "--result", "Chợ mới", "--due", "30/06/2026",
      ],
      ["task", "cancel", "C", "--reason", "Không còn kinh phí"],
    ] {
      let run = try cli.run(step)
      #expect(run.status == 0, "\(step): \(run.error)")
    }
    return cli
  }

  @Test("The Markdown report escapes markup from the ledger; a cancelled task is in it, with why")
  func yearly() throws {
    let cli = try commune()
    let md = try cli("yearly", "--year", "2026", "--unit", "KT", "--lang", "en")
    #expect(md.status == 0, "\(md.error)")
    #expect(!md.output.contains("<script>") && !md.output.contains("<img"), "\(md.output)")
    #expect(md.output.contains("&lt;script&gt;alert(1)&lt;/script&gt; \\*Số hóa\\* hồ sơ"))
    #expect(md.output.contains("## C — Xây chợ"), "\(md.output)")
    #expect(md.output.contains("- **Cancelled:** 01/02/2026, reason: Không còn kinh phí"))
    let vi = try cli("yearly", "--year", "2026", "--unit", "KT", "--lang", "vi")
    #expect(vi.output.contains("- **Hủy:** 01/02/2026, lý do: Không còn kinh phí"), "\(vi.output)")
    // A task cancelled in an earlier year is not this year's.
    let next = try cli(
      "yearly", "--year", "2027", "--unit", "KT", "--lang", "en", now: "2027-02-01T09:00:00+07:00")
    #expect(!next.output.contains("Xây chợ"), "\(next.output)")
  }

  @Test(
    "After a hand-over each unit's yearly report shows its own reports, and the completion only where it was done"
  )
  func handOverReports() throws {
    let cli = try commune()
    for (step, now) in [
      (
        ["unit", "add", "Phòng Văn hóa - Xã hội", "--code", "VHXH", "--on", "01/01/2026"],
        "2026-02-01T10:00:00+07:00"
      ),
      (
        [
          "head", "appoint", "VHXH", "Trần Thị Bình", "--role", "Trưởng phòng", "--on",
          "01/01/2026",
        ], "2026-02-01T10:00:00+07:00"
      ),
      (["report", "A", "Báo cáo của KT", "--doc", "18/BC-KT"], "2026-02-05T09:00:00+07:00"),
      (
        [
          "task", "reassign", "A", "--lead", "VHXH", "--reason", "Theo chức năng", "--due",
          "31/07/2026",
        ], "2026-02-15T09:00:00+07:00"
      ),
      (["report", "A", "Báo cáo của VHXH", "--doc", "30/BC-VHXH"], "2026-03-05T09:00:00+07:00"),
      (["task", "complete", "A", "--evidence", "31/BC-VHXH"], "2026-07-20T09:00:00+07:00"),
    ] {
      let run = try cli.run(step, now: now)
      #expect(run.status == 0, "\(step): \(run.error)")
    }
    let later = "2026-12-01T09:00:00+07:00"
    let kt = try cli("yearly", "--year", "2026", "--unit", "KT", "--lang", "en", now: later)
    let vhxh = try cli("yearly", "--year", "2026", "--unit", "VHXH", "--lang", "en", now: later)
    #expect(kt.output.contains("18/BC-KT") && !kt.output.contains("30/BC-VHXH"), "\(kt.output)")
    #expect(!kt.output.contains("31/BC-VHXH"), "\(kt.output)")
    #expect(
      vhxh.output.contains("30/BC-VHXH") && !vhxh.output.contains("18/BC-KT"), "\(vhxh.output)")
    #expect(vhxh.output.contains("- **Completed:** 20/07/2026"), "\(vhxh.output)")
  }

  @Test("head vacate says whose tenure ends and its last day in office")
  func vacated() throws {
    let cli = try commune()
    let run = try cli("head", "vacate", "KT", "--on", "31/01/2026", "--lang", "en")
    #expect(run.status == 0, "\(run.error)")
    #expect(
      run.output.contains(
        "This ends the tenure of Hoàng Văn Dũng (KT01) as Trưởng phòng: 01/01/2026–30/01/2026. Tasks due from 31/01/2026 are charged to no head of KT until the next appointment."
      ), "\(run.output)")
  }

  @Test("A quarterly report after a missed quarter is that quarter's, not a late report")
  func quarterly() throws {
    let cli = try commune()
    for (step, now) in [
      (
        [
          "task", "assign", "Báo cáo quý", "--id", "Q", "--lead", "KT", "--role", "Trưởng phòng",
          "--result", "Báo cáo", "--quarterly", "--on", "01/01/2026",
        ], "2026-02-01T10:00:00+07:00"
      ),
      (["report", "Q", "Báo cáo quý 2"], "2026-06-20T09:00:00+07:00"),
    ] {
      let run = try cli.run(step, now: now)
      #expect(run.status == 0, "\(step): \(run.error)")
    }
    let report = try cli(
      "yearly", "--year", "2026", "--unit", "KT", "--lang", "en", now: "2026-07-05T09:00:00+07:00")
    let section = try #require(report.output.components(separatedBy: "## Q — ").last)
    #expect(!section.contains("Report after the deadline"), "\(section)")
  }

  @Test("A task due on the year's last day and not done is a missed deadline in the explanation")
  func lastDayOfYear() throws {
    let cli = try commune()
    let assigned = try cli(
      "task", "assign", "Tổng kết", "--id", "Z", "--lead", "KT", "--role", "Trưởng phòng",
      "--result", "Báo cáo", "--due", "31/12/2026")
    #expect(assigned.status == 0, "\(assigned.error)")
    let explain = try cli(
      "evaluate", "--year", "2026", "--explain", "KT01", "--lang", "en",
      now: "2027-01-10T09:00:00+07:00")
    let line = try #require(
      explain.output.components(separatedBy: "Z  due 31/12/2026").dropFirst().first)
    #expect(line.hasPrefix(": overdue"), "\(line)")
    #expect(line.contains("31/12/2026 missed;") && line.contains("1 delay(s)"), "\(line)")
  }

  @Test("A plan writing “Phòng Văn hoá và Xã hội” names the registered “Phòng Văn hóa - Xã hội”")
  func unitWithAnd() throws {
    let cli = try commune()
    #expect(
      try cli("unit", "add", "Phòng Văn hóa - Xã hội", "--code", "VHXH", "--on", "01/01/2026")
        .status == 0)
    let plan = cli.folder.appendingPathComponent("ke-hoach.csv")
    try """
    STT;Nội dung công việc;Người đứng đầu chịu trách nhiệm;Cơ quan chủ trì;Cơ quan phối hợp;Kết quả;Thời gian hoàn thành
    1;Số hóa hồ sơ văn hóa;Chủ tịch UBND xã;Phòng Văn hoá và Xã hội;Phòng Kinh tế;Hồ sơ số;31/12/2026
    2;Kết nối dữ liệu;Chủ tịch UBND xã;Phòng Kinh tế;Phòng Văn hoá và Xã hội;Dữ liệu;31/10/2026

    """.write(to: plan, atomically: true, encoding: .utf8)
    let imported = try cli("import", plan.path)
    #expect(imported.status == 0, "\(imported.error)")
    let units = try cli("unit", "list", "--json")
    #expect(!units.output.contains("Văn hoá và Xã hội"), "\(units.output)")
    let status = try cli("status", "--json")
    let rows = try #require(
      try JSONSerialization.jsonObject(with: Data(status.output.utf8)) as? [[String: Any]])
    let first = try #require(rows.first { $0["title"] as? String == "Số hóa hồ sơ văn hóa" })
    let second = try #require(rows.first { $0["title"] as? String == "Kết nối dữ liệu" })
    #expect(first["lead_unit"] as? String == "VHXH", "\(first)")
    #expect(second["supporting_units"] as? [String] == ["VHXH"], "\(second)")
  }

  @Test("A quarterly obligation's quarters are each answered for by the chair of their day")
  func quartersByHolder() throws {
    let cli = try commune()
    var steps: [([String], String)] = [
      (
        ["unit", "add", "UBND xã", "--code", "UBND", "--on", "01/01/2026"],
        "2026-02-01T10:00:00+07:00"
      ),
      (
        [
          "head", "appoint", "UBND", "Nguyễn Văn An", "--role", "Chủ tịch UBND xã", "--on",
          "01/01/2026",
        ], "2026-02-01T10:00:00+07:00"
      ),
      (
        [
          "task", "assign", "Báo cáo chuyển đổi số", "--id", "Q", "--lead", "KT", "--role",
          "Chủ tịch UBND xã", "--result", "Báo cáo quý", "--quarterly", "--on", "01/01/2026",
        ], "2026-02-01T10:00:00+07:00"
      ),
      (["report", "Q", "Quý 1"], "2026-03-20T09:00:00+07:00"),
      (["report", "Q", "Quý 2"], "2026-06-20T09:00:00+07:00"),
      (
        [
          "head", "appoint", "UBND", "Phạm Anh Tuấn", "--role", "Chủ tịch UBND xã", "--on",
          "01/07/2026", "--replaces", "Nguyễn Văn An",
        ], "2026-06-25T09:00:00+07:00"
      ),
    ]
    steps += [(["report", "Q", "Quý 3"], "2026-09-20T09:00:00+07:00")]
    steps += [(["report", "Q", "Quý 4"], "2026-12-20T09:00:00+07:00")]
    for (step, now) in steps {
      let run = try cli.run(step, now: now)
      #expect(run.status == 0, "\(step): \(run.error)")
    }
    let later = "2027-01-10T09:00:00+07:00"
    for person in ["Nguyễn Văn An", "Phạm Anh Tuấn"] {
      let explain = try cli(
        "evaluate", "--year", "2026", "--explain", person, "--lang", "en", now: later)
      let chair = try #require(
        explain.output.components(separatedBy: "accountable head").dropFirst().first,
        "\(explain.output)")
      let line = try #require(chair.components(separatedBy: "\n").first { $0.contains("quantity") })
      #expect(line.contains("quantity 2/2"), "\(person): \(explain.output)")
    }
  }

  @Test("A unit's yearly report counts the tasks it leads apart from those it supports")
  func ledApartFromSupported() throws {
    let cli = try commune()
    for step in [
      ["unit", "add", "Phòng Văn hóa - Xã hội", "--code", "VHXH", "--on", "01/01/2026"],
      [
        "task", "assign", "Lễ hội", "--id", "S", "--lead", "VHXH", "--support", "KT", "--role",
        "Trưởng phòng", "--result", "Lễ hội", "--due", "10/02/2026",
      ],
    ] {
      let run = try cli.run(step)
      #expect(run.status == 0, "\(step): \(run.error)")
    }
    let report = try cli(
      "yearly", "--year", "2026", "--unit", "KT", "--lang", "en", now: "2026-03-01T09:00:00+07:00")
    #expect(
      report.output.contains("As of 01/03/2026; leads 2 tasks, supports 1"), "\(report.output)")
    let summary = try #require(report.output.components(separatedBy: "\n").dropFirst(4).first)
    #expect(summary.contains("1 overdue") && !summary.contains("2 overdue"), "\(summary)")
    #expect(report.output.contains("## S — Lễ hội"), "\(report.output)")
  }

  @Test("due --person takes a staff code, as status --person does")
  func dueByCode() throws {
    let cli = try commune()
    let byCode = try cli("due", "--person", "kt01", "--json", now: "2026-02-20T09:00:00+07:00")
    let byName = try cli(
      "due", "--person", "Hoàng Văn Dũng", "--json", now: "2026-02-20T09:00:00+07:00")
    #expect(byCode.status == 0, "\(byCode.error)")
    #expect(byCode.output.contains("\"A\""), "\(byCode.output)")
    #expect(byCode.output == byName.output)
  }

  @Test("A folder given as the ledger is not a ledger; a file marked read-only is not written")
  func files() throws {
    let cli = try commune()
    let folder = try cli("status", "--db", cli.folder.path, "--json")
    #expect(folder.status == 4)
    #expect(folder.error.contains("not_a_ledger"), "\(folder.error)")
    try FileManager.default.setAttributes(
      [.posixPermissions: 0o444], ofItemAtPath: cli.database)
    defer {
      try? FileManager.default.setAttributes(
        [.posixPermissions: 0o644], ofItemAtPath: cli.database)
    }
    let before = cli.fileBytes()
    let report = try cli("report", "A", "Tiến độ", "--json")
    #expect(report.status == 4, "\(report.output)")
    #expect(report.error.contains("read_only_ledger"), "\(report.error)")
    #expect(cli.fileBytes() == before)
    #expect(try cli("status").status == 0)
  }
}
