import Foundation
import LedgerTestSupport
import Testing

/// What the fresh trial of a 2027 year in a new commune found (02/12/2026 session): renames,
/// acting titles, merged units in a plan.
@Suite("Trial findings: renames, acting titles, merged units")
struct ThirdTrialCLITests {
  /// Runs each step at its own moment; every step must succeed.
  func steps(_ cli: CLIRunner, _ steps: [(String, [String])]) throws {
    for (now, step) in steps {
      let run = try cli.run(step, now: now)
      #expect(run.status == 0, "\(step): \(run.error)")
    }
  }

  func json(_ run: CLIRunner.Run) throws -> [[String: Any]] {
    try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]])
  }

  @Test("A role naming a unit stays with that unit's head after the unit is renamed")
  func roleAfterRename() throws {
    let cli = try CLIRunner(now: "2027-01-01T09:00:00+07:00")
    try steps(
      cli,
      [
        ("2027-01-01T09:00:00+07:00", ["init"]),
        ("2027-01-01T09:00:00+07:00", ["unit", "add", "Phòng Kinh tế", "--code", "KT"]),
        ("2027-01-01T09:00:00+07:00", ["unit", "add", "Phòng Văn hóa - Xã hội", "--code", "VHXH"]),
        (
          "2027-01-01T09:00:00+07:00",
          ["head", "appoint", "KT", "Trần Văn An", "--role", "Trưởng phòng"]
        ),
        (
          "2027-01-01T09:00:00+07:00",
          ["head", "appoint", "VHXH", "Võ Thị Hạnh", "--role", "Trưởng phòng"]
        ),
        (
          "2027-01-01T09:00:00+07:00",
          [
            "task", "assign", "Lập quy hoạch chợ", "--id", "T1", "--lead", "KT", "--role",
            "Trưởng phòng Kinh tế", "--result", "QĐ", "--due", "30/09/2027",
          ]
        ),
        (
          "2027-03-01T09:00:00+07:00",
          ["task", "reassign", "T1", "--lead", "VHXH", "--reason", "x"]
        ),
        (
          "2027-07-01T09:00:00+07:00",
          ["unit", "rename", "KT", "Phòng Kinh tế - Hạ tầng", "--on", "01/07/2027"]
        ),
      ])
    let later = "2027-10-02T09:00:00+07:00"
    let status = try json(cli.run(["status", "--json"], now: later))
    #expect(status.first?["head_person"] as? String == "Trần Văn An", "\(status)")
    let rows = try json(
      cli.run(["evaluate", "--year", "2027", "--json"], now: "2028-01-05T09:00:00+07:00"))
    // Hạnh answers as the head of the lead unit, not as the holder of the role.
    let accountable = rows.filter { $0["capacity"] as? String == "accountable_head" }
    #expect(accountable.map { $0["person"] as? String } == ["Trần Văn An"], "\(rows)")
    // The old name still finds the unit, on any day.
    let view = try cli.run(["unit", "view", "Phòng Kinh tế", "--as-of", "30/04/2027"], now: later)
    #expect(view.status == 0, "\(view.error)")
    #expect(view.output.contains("[KT]"))
  }

  @Test("An acting head under an acting title answers for the head's tasks of that time")
  func actingTitles() throws {
    let cli = try CLIRunner(now: "2027-01-01T09:00:00+07:00")
    let jan = "2027-01-01T09:00:00+07:00"
    try steps(
      cli,
      [
        (jan, ["init"]), (jan, ["unit", "add", "UBND xã", "--code", "UBND"]),
        (jan, ["unit", "add", "Phòng Kinh tế", "--code", "KT"]),
        (jan, ["head", "appoint", "UBND", "Trần Quốc Hưng", "--role", "Chủ tịch UBND xã"]),
        (jan, ["head", "appoint", "KT", "Trần Văn An", "--role", "Trưởng phòng"]),
        (
          jan,
          [
            "task", "assign", "Việc A", "--id", "A", "--lead", "KT", "--role", "Chủ tịch UBND xã",
            "--result", "QĐ", "--due", "30/09/2027",
          ]
        ),
        (
          jan,
          [
            "task", "assign", "Việc B", "--id", "B", "--lead", "KT", "--role",
            "Trưởng phòng Kinh tế", "--result", "QĐ", "--due", "30/04/2027",
          ]
        ),
        ("2027-03-31T09:00:00+07:00", ["head", "vacate", "KT"]),
        // "Quyền Trưởng phòng" without --acting: the title says it.
        (
          "2027-04-01T09:00:00+07:00",
          ["head", "appoint", "KT", "Lý Thị Ngọc", "--role", "Quyền Trưởng phòng"]
        ),
        ("2027-07-31T09:00:00+07:00", ["head", "vacate", "UBND"]),
        (
          "2027-08-01T09:00:00+07:00",
          [
            "head", "appoint", "UBND", "Ngô Thanh Bình", "--role", "Phó Chủ tịch phụ trách",
            "--acting",
          ]
        ),
      ])
    let later = "2027-10-02T09:00:00+07:00"
    let status = try json(cli.run(["status", "--json"], now: later))
    #expect(
      status.first { $0["id"] as? String == "A" }?["head_person"] as? String == "Ngô Thanh Bình")
    #expect(status.first { $0["id"] as? String == "B" }?["head_person"] as? String == "Lý Thị Ngọc")
    let check = try cli.run(["check"], now: later)
    #expect(!check.output.contains("nobody was appointed or made acting"), "\(check.output)")
  }

  @Test("A plan naming a renamed unit by its old name, or a merged unit, names the unit now")
  func planNamesOldUnits() throws {
    let cli = try CLIRunner(now: "2027-12-01T09:00:00+07:00")
    let jan = "2027-01-01T09:00:00+07:00"
    try steps(
      cli,
      [
        (jan, ["init"]), (jan, ["unit", "add", "Phòng Kinh tế", "--code", "KT"]),
        (jan, ["unit", "add", "Văn phòng HĐND và UBND xã", "--code", "VP"]),
        (jan, ["unit", "add", "Trung tâm Phục vụ hành chính công xã", "--code", "TTPV"]),
        ("2027-07-01T09:00:00+07:00", ["unit", "rename", "KT", "Phòng Kinh tế - Hạ tầng"]),
        ("2027-08-01T09:00:00+07:00", ["unit", "merge", "TTPV", "--into", "VP"]),
      ])
    let plan = """
      STT,Nội dung công việc,Đơn vị chủ trì,Đơn vị phối hợp,Sản phẩm,Thời hạn
      1,Xây dựng chợ đầu mối của xã,Phòng Kinh tế,Trung tâm Phục vụ hành chính công xã,Chợ mới,Quý II/2028
      2,Số hóa hồ sơ một cửa của xã,Trung tâm Phục vụ hành chính công xã,Phòng Kinh tế,Hồ sơ số,Tháng 6/2028
      """
    let path = cli.folder.appendingPathComponent("ke-hoach-2028.csv").path
    try plan.write(toFile: path, atomically: true, encoding: .utf8)
    let run = try cli("import", path, "--number", "5/KH-UBND", "--prefix", "KH28")
    #expect(run.status == 0, "\(run.error)")
    let status = try json(cli("status", "--json"))
    #expect(status.map { $0["lead_unit"] as? String } == ["KT", "VP"], "\(status)")
    #expect(status.map { $0["supporting_units"] as? [String] } == [["VP"], ["KT"]])
    let units = try json(cli("unit", "list", "--json"))
    #expect(units.count == 3, "no unit made anew: \(units)")
  }
}

@Suite("Trial findings: the yearly report's annual reports and counts")
struct ThirdTrialYearlyCLITests {
  @Test("An annual report filed after its day is 'filed late', not 'not filed'; lines are counted")
  func yearlyAnnualReport() throws {
    let cli = try CLIRunner(now: "2027-01-01T09:00:00+07:00")
    let jan = "2027-01-01T09:00:00+07:00"
    for (now, step) in [
      (jan, ["init"]), (jan, ["unit", "add", "Phòng Văn hóa - Xã hội", "--code", "VHXH"]),
      (jan, ["unit", "add", "Phòng Kinh tế", "--code", "KT"]),
      (jan, ["head", "appoint", "VHXH", "Võ Thị Hạnh", "--role", "Trưởng phòng"]),
      (jan, ["head", "appoint", "KT", "Trần Văn An", "--role", "Trưởng phòng"]),
      (
        jan,
        [
          "task", "assign", "Tổng hợp báo cáo", "--id", "T2", "--lead", "VHXH", "--role",
          "Trưởng phòng", "--result", "Báo cáo năm", "--yearly", "30/11",
        ]
      ),
      (
        jan,
        [
          "task", "assign", "Xây chợ", "--id", "T3", "--lead", "KT", "--role", "Trưởng phòng",
          "--result", "Chợ", "--due", "31/03/2027",
        ]
      ),
      (
        "2027-04-05T09:00:00+07:00",
        ["task", "reassign", "T3", "--lead", "VHXH", "--reason", "x", "--due", "30/06/2027"]
      ),
      (
        "2027-12-05T09:00:00+07:00",
        ["report", "T2", "Báo cáo năm", "--annual", "--doc", "111/BC-VHXH"]
      ),
    ] {
      let run = try cli.run(step, now: now)
      #expect(run.status == 0, "\(step): \(run.error)")
    }
    let md = try cli.run(
      ["yearly", "--year", "2027", "--format", "md", "--lang", "en"],
      now: "2028-01-05T09:00:00+07:00")
    #expect(md.status == 0, "\(md.error)")
    #expect(md.output.contains("filed late on 05/12/2027 (due 30/11/2027)"), "\(md.output)")
    #expect(!md.output.contains("NOT FILED"))
    #expect(md.output.contains("3 lines for 2 tasks"), "\(md.output)")
    let early = try cli.run(
      ["yearly", "--year", "2027", "--format", "md", "--lang", "en"],
      now: "2027-06-01T09:00:00+07:00")
    #expect(early.output.contains("not yet due (30/11/2027)"), "\(early.output)")
    // The line KT kept on handing T3 over is judged as KT had it.
    let kt = try cli.run(
      ["yearly", "--year", "2027", "--unit", "KT", "--format", "md", "--lang", "en"],
      now: "2028-01-05T09:00:00+07:00")
    #expect(kt.output.contains("| Clear time | ✓ | Due 31/03/2027. |"), "\(kt.output)")
    #expect(kt.output.contains("| Clear responsibility | ✓ | One lead unit (KT). |"))
  }
}

@Suite("Trial findings: deadlines typed as plans write them")
struct ThirdTrialDeadlineCLITests {
  @Test("task assign --due reads a month, a quarter and a yearly day as import does")
  func dueAsPlansWriteIt() throws {
    let cli = try CLIRunner(now: "2027-01-05T09:00:00+07:00")
    #expect(try cli("init").status == 0)
    #expect(try cli("unit", "add", "Phòng Kinh tế", "--code", "KT").status == 0)
    for (typed, expected) in [
      ("Tháng 6/2028", "due 30/06/2028"), ("Quý II/2027", "due 30/06/2027"),
      ("Hằng năm (trước ngày 30/11)", "due every year by 30/11"),
    ] {
      let run = try cli(
        "task", "assign", "Việc \(typed)", "--lead", "KT", "--role", "Trưởng phòng", "--result",
        "X", "--due", typed)
      #expect(run.status == 0, "\(typed): \(run.error)")
      #expect(run.output.contains(expected), "\(typed): \(run.output)")
    }
    let before = cli.fileBytes()
    for (bad, code) in [
      ("31/02/2027", "invalid_date"), ("Tháng 13/2027", "unreadable_due"),
      ("sớm nhất có thể", "unreadable_due"),
    ] {
      let run = try cli(
        "task", "assign", "Việc sai", "--lead", "KT", "--role", "Trưởng phòng", "--result", "X",
        "--due", bad, "--json")
      #expect(run.status == 1 && run.error.contains(code), "\(bad): \(run.error)")
    }
    #expect(cli.fileBytes() == before)
  }
}

@Suite("Trial findings: a damaged ledger file")
struct ThirdTrialDamagedFileCLITests {
  @Test("A ledger with damaged pages is said to be damaged, with what to do; nothing is written")
  func damaged() throws {
    let cli = try CLIRunner(now: "2026-12-01T09:00:00+07:00")
    let path = cli.folder.appendingPathComponent("demo.sqlite").path
    #expect(try cli("demo", "--db", path).status == 0)
    let handle = try #require(FileHandle(forWritingAtPath: path))
    try handle.seek(toOffset: 12_288)
    handle.write(Data(repeating: 0xDE, count: 64))
    try handle.close()
    let before = FileManager.default.contents(atPath: path)
    for asked in [
      ["status", "--json"], ["unit", "add", "Tổ mới", "--json"], ["verify", "--json"],
    ] {
      let run = try cli.run(asked + ["--db", path])
      #expect(run.status == 4, "\(asked): \(run.error)")
      #expect(run.error.contains("damaged_ledger"), "\(asked): \(run.error)")
      #expect(run.error.contains("backup"), "\(asked): \(run.error)")
    }
    #expect(FileManager.default.contents(atPath: path) == before)
  }
}

@Suite("Trial findings: the evaluation's task count")
struct ThirdTrialEvaluationCLITests {
  @Test("A task that changed hands is one task on two lines, and the table says so")
  func linesForTasks() throws {
    let cli = try CLIRunner(now: "2026-01-02T09:00:00+07:00")
    let jan = "2026-01-02T09:00:00+07:00"
    for (now, step) in [
      (jan, ["init"]), (jan, ["unit", "add", "UBND xã", "--code", "UBND", "--on", "01/01/2026"]),
      (jan, ["unit", "add", "Phòng Kinh tế", "--code", "KT", "--on", "01/01/2026"]),
      (jan, ["unit", "add", "Phòng Văn hóa - Xã hội", "--code", "VHXH", "--on", "01/01/2026"]),
      (
        jan,
        [
          "head", "appoint", "UBND", "Nguyễn Văn An", "--role", "Chủ tịch UBND xã", "--on",
          "01/01/2026",
        ]
      ),
      (
        jan,
        [
          "task", "assign", "Việc A", "--id", "A", "--lead", "VHXH", "--role", "Chủ tịch UBND xã",
          "--result", "X", "--due", "31/03/2026",
        ]
      ),
      (
        "2026-04-05T09:00:00+07:00",
        ["task", "reassign", "A", "--lead", "KT", "--reason", "chuyển", "--due", "30/06/2026"]
      ),
      ("2026-06-20T09:00:00+07:00", ["task", "complete", "A"]),
    ] {
      let run = try cli.run(step, now: now)
      #expect(run.status == 0, "\(step): \(run.error)")
    }
    let table = try cli.run(["evaluate", "--year", "2026"], now: "2027-01-05T09:00:00+07:00")
    let row = try #require(
      table.output.split(separator: "\n").first { $0.contains("Nguyễn Văn An") })
    #expect(row.contains("accountable  2 (1)"), "\(row)")
    #expect(table.output.contains("3 lines counted for 2 tasks"), "\(table.output)")
    // As known at a moment, the heading says which day the products are judged on.
    let known = try cli.run(
      ["evaluate", "--year", "2026", "--known-at", "15/06/2026"], now: "2027-01-05T09:00:00+07:00")
    #expect(
      known.output.hasPrefix(
        "Evaluation 2026 — policy nd335-2025.v4, judged on 31/12/2026, as known at 15/06/2026"),
      "\(known.output)")
  }
}

@Suite("Trial findings: acts on a deadline day")
struct ThirdTrialDeadlineDayCLITests {
  @Test("A hand-over or a cancellation on the deadline day says what that day means")
  func deadlineDay() throws {
    let cli = try CLIRunner(now: "2026-01-02T09:00:00+07:00")
    for step in [
      ["init"], ["unit", "add", "Phòng Kinh tế", "--code", "KT", "--on", "01/01/2026"],
      ["unit", "add", "Phòng Văn hóa - Xã hội", "--code", "VHXH", "--on", "01/01/2026"],
      [
        "task", "assign", "Việc A", "--id", "A", "--lead", "VHXH", "--role", "Trưởng phòng",
        "--result", "X", "--due", "31/03/2026",
      ],
      [
        "task", "assign", "Việc B", "--id", "B", "--lead", "VHXH", "--role", "Trưởng phòng",
        "--result", "X", "--due", "31/03/2026",
      ],
      [
        "task", "assign", "Việc C", "--id", "C", "--lead", "VHXH", "--role", "Trưởng phòng",
        "--result", "X", "--due", "31/03/2026",
      ],
    ] {
      #expect(try cli.run(step).status == 0, "\(step)")
    }
    let day = "2026-03-31T09:00:00+07:00"
    let handed = try cli.run(["task", "reassign", "A", "--lead", "KT", "--reason", "x"], now: day)
    #expect(handed.output.contains("A is due today (31/03/2026)"), "\(handed.output)")
    #expect(handed.output.contains("overdue for KT, not VHXH"), "\(handed.output)")
    let cancelled = try cli.run(["task", "cancel", "B", "--reason", "bỏ"], now: day)
    #expect(cancelled.output.contains("cancelled on its deadline day, it is overdue for nobody"))
    // With its own deadline, or on another day, nothing is said.
    let own = try cli.run(
      ["task", "reassign", "C", "--lead", "KT", "--reason", "x", "--due", "30/04/2026"], now: day)
    #expect(!own.output.contains("due today"), "\(own.output)")
  }
}

@Suite("Trial findings: a late quarterly report")
struct ThirdTrialQuarterlyCLITests {
  @Test(
    "A quarter's report filed after the quarter meets that quarter, late, for the head who filed it"
  )
  func lateQuarterlyReport() throws {
    let cli = try CLIRunner(now: "2026-01-01T09:00:00+07:00")
    for (now, step) in [
      ("2026-01-01T09:00:00+07:00", ["init"]),
      ("2026-01-01T09:00:00+07:00", ["unit", "add", "Trạm Y tế xã", "--code", "TYT"]),
      (
        "2026-01-01T09:00:00+07:00",
        ["head", "appoint", "TYT", "Ngô Văn Xuân", "--role", "Trưởng trạm"]
      ),
      (
        "2026-01-05T09:00:00+07:00",
        [
          "task", "assign", "Báo cáo dịch bệnh", "--id", "Q", "--lead", "TYT", "--role",
          "Trưởng trạm", "--result", "Báo cáo quý", "--quarterly",
        ]
      ),
      ("2026-03-20T09:00:00+07:00", ["report", "Q", "Quý I"]),
      ("2026-06-20T09:00:00+07:00", ["report", "Q", "Quý II"]),
      (
        "2026-09-25T09:00:00+07:00",
        [
          "head", "appoint", "TYT", "Đinh Thị Yến", "--role", "Trưởng trạm", "--on", "01/10/2026",
          "--replaces", "Ngô Văn Xuân",
        ]
      ),
      ("2026-10-05T09:00:00+07:00", ["report", "Q", "Quý III (nộp muộn)"]),
    ] {
      let run = try cli.run(step, now: now)
      #expect(run.status == 0, "\(step): \(run.error)")
    }
    let later = "2027-01-10T09:00:00+07:00"
    let xuan = try cli.run(["evaluate", "--year", "2026", "--explain", "Ngô Văn Xuân"], now: later)
    // Xuân's three quarters are his, the third late; Yến's fourth was never filed.
    #expect(xuan.output.contains("quantity 3/3 → a 100%; 1 delay(s)"), "\(xuan.output)")
    let yen = try cli.run(["evaluate", "--year", "2026", "--explain", "Đinh Thị Yến"], now: later)
    #expect(yen.output.contains("31/12/2026: a period not reported"), "\(yen.output)")
    #expect(yen.output.contains("quantity 0/1"), "\(yen.output)")
  }
}

@Suite("Trial findings: look-alike performers")
struct ThirdTrialPerformerCLITests {
  @Test("A performer's name mixing scripts or holding a bidi override is refused, nothing written")
  func lookAlikePerformers() throws {
    let cli = try CLIRunner(now: "2026-04-01T09:00:00+07:00")
    for step in [
      ["init"], ["unit", "add", "Phòng Văn hóa - Xã hội", "--code", "VHXH", "--on", "01/01/2026"],
      ["head", "appoint", "VHXH", "Trần Thị Bình", "--role", "Trưởng phòng", "--on", "01/01/2026"],
      [
        "task", "assign", "Việc A", "--id", "A", "--lead", "VHXH", "--role", "Trưởng phòng",
        "--result", "X", "--due", "30/06/2026",
      ],
    ] {
      #expect(try cli.run(step).status == 0, "\(step)")
    }
    let before = cli.fileBytes()
    for (name, code) in [
      ("Tr\u{0430}n Thi Binh", "mixed_script"), ("Trần Thị Bình\u{202E}", "control_character"),
    ] {
      let run = try cli("report", "A", "Tiến độ", "--by", name, "--json")
      #expect(run.status == 1 && run.error.contains(code), "\(run.error)")
    }
    #expect(cli.fileBytes() == before)
    #expect(try cli("report", "A", "Tiến độ", "--by", "Tran Thi Binh").status == 0)
  }
}

@Suite("Trial findings: reminders of overdue work")
struct ThirdTrialDueCLITests {
  @Test("An overdue task is reminded to who holds the role today, not to who has left")
  func remindsTheSittingHeads() throws {
    let cli = try CLIRunner(now: "2026-01-02T09:00:00+07:00")
    for (now, step) in [
      ("2026-01-02T09:00:00+07:00", ["init"]),
      (
        "2026-01-02T09:00:00+07:00",
        ["unit", "add", "UBND xã", "--code", "UBND", "--on", "01/01/2026"]
      ),
      (
        "2026-01-02T09:00:00+07:00",
        ["unit", "add", "Phòng Kinh tế", "--code", "KT", "--on", "01/01/2026"]
      ),
      (
        "2026-01-02T09:00:00+07:00",
        [
          "head", "appoint", "UBND", "Nguyễn Văn An", "--role", "Chủ tịch UBND xã", "--on",
          "01/01/2026",
        ]
      ),
      (
        "2026-01-02T09:00:00+07:00",
        ["head", "appoint", "KT", "Hoàng Văn Dũng", "--role", "Trưởng phòng", "--on", "01/01/2026"]
      ),
      (
        "2026-01-02T09:00:00+07:00",
        [
          "task", "assign", "Chợ số", "--id", "A", "--lead", "KT", "--role", "Chủ tịch UBND xã",
          "--result", "Chợ", "--due", "30/06/2026",
        ]
      ),
      (
        "2026-06-25T09:00:00+07:00",
        [
          "head", "appoint", "UBND", "Phạm Anh Tuấn", "--role", "Chủ tịch UBND xã", "--on",
          "01/07/2026", "--replaces", "Nguyễn Văn An",
        ]
      ),
      (
        "2026-07-01T09:00:00+07:00",
        [
          "head", "appoint", "KT", "Lê Thị Hồng", "--role", "Trưởng phòng", "--replaces",
          "Hoàng Văn Dũng",
        ]
      ),
    ] {
      let run = try cli.run(step, now: now)
      #expect(run.status == 0, "\(step): \(run.error)")
    }
    let due = try cli.run(["due", "--json"], now: "2026-07-02T09:00:00+07:00")
    #expect(due.status == 0, "\(due.error)")
    #expect(due.output.contains("Phạm Anh Tuấn") && due.output.contains("Lê Thị Hồng"))
    #expect(!due.output.contains("Nguyễn Văn An") && !due.output.contains("Hoàng Văn Dũng"))
    // The charge stays with who answered on the deadline.
    let status = try cli.run(["status", "--json"], now: "2026-07-02T09:00:00+07:00")
    #expect(status.output.contains("\"head_person\" : \"Nguyễn Văn An\""), "\(status.output)")
  }
}

@Suite("Trial findings: an excuse before the delay")
struct ThirdTrialExcuseCLITests {
  @Test("A delay is excused once it happened, not before (trial: a forecast storm wiped it out)")
  func excuseOnlyAfterTheDelay() throws {
    let cli = try CLIRunner(now: "2026-01-05T09:00:00+07:00")
    for step in [
      ["init"], ["unit", "add", "Phòng Kinh tế", "--code", "KT", "--on", "01/01/2026"],
      [
        "task", "assign", "E1", "--id", "E1", "--lead", "KT", "--role", "Trưởng phòng", "--result",
        "x", "--due", "30/06/2026",
      ],
    ] {
      #expect(try cli.run(step).status == 0, "\(step)")
    }
    let excuse = ["task", "excuse-delay", "E1", "--reason", "Bão", "--approved-by", "Chủ tịch"]
    let before = cli.fileBytes()
    let early = try cli.run(excuse + ["--json"], now: "2026-03-10T09:00:00+07:00")
    #expect(early.status == 1 && early.error.contains("no_delay_to_excuse"), "\(early.error)")
    #expect(cli.fileBytes() == before)
    let onTheDay = try cli.run(excuse + ["--json"], now: "2026-06-30T09:00:00+07:00")
    #expect(onTheDay.status == 1, "the deadline day is not over: \(onTheDay.output)")
    let after = try cli.run(excuse, now: "2026-07-15T09:00:00+07:00")
    #expect(after.status == 0, "\(after.error)")
    // One delay, one excuse: a second certifies nothing (trial: accepted).
    let excused = cli.fileBytes()
    let again = try cli.run(excuse + ["--json"], now: "2026-07-20T09:00:00+07:00")
    #expect(again.status == 1 && again.error.contains("delays_all_excused"), "\(again.error)")
    #expect(cli.fileBytes() == excused)
  }
}

@Suite("Trial findings: the quota in every output")
struct ThirdTrialQuotaCLITests {
  @Test("JSON, CSV and the workbook mark the person beyond the excellence quota (trial: text only)")
  func quotaMarked() throws {
    let cli = try CLIRunner(now: "2026-01-02T09:00:00+07:00")
    for (now, step) in [
      ("2026-01-02T09:00:00+07:00", ["init"]),
      (
        "2026-01-02T09:00:00+07:00",
        ["unit", "add", "Công an xã", "--code", "CAX", "--on", "01/01/2026"]
      ),
      (
        "2026-01-02T09:00:00+07:00",
        [
          "head", "appoint", "CAX", "Lê Văn Cường", "--role", "Trưởng Công an xã", "--on",
          "01/01/2026",
        ]
      ),
      (
        "2026-01-02T09:00:00+07:00",
        [
          "task", "assign", "Việc B", "--id", "B", "--lead", "CAX", "--role", "Trưởng Công an xã",
          "--result", "X", "--due", "30/06/2026",
        ]
      ),
      ("2026-06-20T09:00:00+07:00", ["task", "complete", "B"]),
      (
        "2026-12-31T09:00:00+07:00",
        [
          "evaluate", "leader", "--person", "Lê Văn Cường", "--year", "2026", "--unit-results",
          "100", "--organising", "100", "--unity", "100", "--reason", "Đủ",
        ]
      ),
      (
        "2026-12-31T09:00:00+07:00",
        [
          "evaluate", "score", "--person", "Lê Văn Cường", "--year", "2026", "--points", "28",
          "--reason", "Họp xét",
        ]
      ),
    ] {
      let run = try cli.run(step, now: now)
      #expect(run.status == 0, "\(step): \(run.error)")
    }
    let later = "2027-01-05T09:00:00+07:00"
    let text = try cli.run(["evaluate", "--year", "2026"], now: later)
    #expect(text.output.contains("beyond: Lê Văn Cường"), "\(text.output)")
    let json = try cli.run(["evaluate", "--year", "2026", "--json"], now: later)
    #expect(json.output.contains("\"beyond_excellence_quota\" : true"), "\(json.output)")
    let csv = try cli.run(["evaluate", "--year", "2026", "--csv"], now: later)
    #expect(csv.output.contains("beyond_excellence_quota"), "\(csv.output)")
    // The quota column, then why a rating waits (none here).
    #expect(csv.output.split(separator: "\n").last?.hasSuffix(",true,,0") == true, "\(csv.output)")
  }
}
