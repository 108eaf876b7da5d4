import Foundation
import LedgerTestSupport
import Testing

/// `import --review`, `import --from-review`, the dry run's summary, and the refusals of a
/// large plan, through the real binary.
@Suite("Large plans end to end: review round trip, summary, refusals")
struct LargePlanCLITests {
  func ledger() throws -> CLIRunner {
    let cli = try CLIRunner(now: "2026-01-05T09:00:00+07:00")
    #expect(try cli("init").status == 0)
    return cli
  }

  func write(_ text: String, _ name: String, in cli: CLIRunner) throws -> String {
    let path = cli.folder.appendingPathComponent(name).path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  /// A national-style plan: names with "và", several leads, a collective lead, a glued cell.
  static let plan = """
    KẾ HOẠCH
    Thực hiện chương trình chuyển đổi số năm 2026
    STT\tNhiệm vụ\tCơ quan thực hiện\tCơ quan phối hợp\tSản phẩm\tThời hạn
    1\tXây dựng cơ sở dữ liệu quốc gia về khoa học\tBộ Khoa học và Công nghệ\tCác bộ, ngành liên quan, Bộ Tài chính\tCơ sở dữ liệu vận hành\t12/2026
    2\tBan hành bộ tiêu chí chuyển đổi số\tBộ Thông tin và Truyền thông; Bộ Nội vụ\tVăn phòng Chính phủ\tQuyết định ban hành\t2026
    3\tTriển khai nền tảng số dùng chung\tUBND các tỉnh, thành phố\tBộ Công an\tNền tảng vận hành\t2026 - 2027
    4\tĐào tạo kỹ năng số cho cán bộ\tBộ Thông tin và Truyền thông Bộ Khoa học và Công nghệ\t\tKhóa đào tạo\tNăm 2026 và những năm tiếp theo
    """

  @Test("The review lists every row as read; corrected in a spreadsheet, it imports exactly")
  func reviewRoundTrip() throws {
    let cli = try ledger()
    let plan = try write(Self.plan, "plan.txt", in: cli)
    let review = cli.folder.appendingPathComponent("review.csv").path
    let before = cli.fileBytes()
    let written = try cli("import", plan, "--review", review, "--lang", "vi")
    #expect(written.status == 0, "\(written.error)")
    #expect(written.output.contains("Tóm tắt: đọc 4 dòng"))
    #expect(cli.fileBytes() == before)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: review))
    #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
    var text = try #require(String(data: bytes, encoding: .utf8))
    #expect(text.contains("Bộ Thông tin và Truyền thông,Bộ Nội vụ"))
    #expect(text.contains("UBND các tỉnh, thành phố"))
    #expect(text.contains("Bộ Tài chính"))
    #expect(!text.contains(",Truyền thông,"))
    // A person corrects the collective row: one ministry leads it, the provinces coordinate.
    text = text.replacingOccurrences(
      of:
        "Triển khai nền tảng số dùng chung,,,,\"UBND các tỉnh, thành phố\",Bộ Công an",
      with: "Triển khai nền tảng số dùng chung,,Bộ Công an,,,Bộ Nội vụ")
    #expect(text.contains("Triển khai nền tảng số dùng chung,,Bộ Công an,,,Bộ Nội vụ"))
    try text.write(toFile: review, atomically: true, encoding: .utf8)

    let imported = try cli("import", "--from-review", review, "--json")
    #expect(imported.status == 0, "\(imported.error)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(imported.output.utf8)) as? [String: Any])
    let tasks = try #require(json["tasks"] as? [[String: Any]])
    #expect(tasks.count == 4)
    let units = try #require(json["units"] as? [[String: Any]])
    let code = Dictionary(
      units.compactMap { u in (u["name"] as? String).map { ($0, u["code"] as? String ?? "") } },
      uniquingKeysWith: { a, _ in a })
    let third = try #require(tasks.first { $0["id"] as? String == "KH-3" })
    #expect(third["lead_unit"] as? String == code["Bộ Công an"])
    #expect(third["supporting_units"] as? [String] == [code["Bộ Nội vụ"] ?? "?"])
    #expect(code["UBND các tỉnh, thành phố"] == nil)
    let second = try #require(tasks.first { $0["id"] as? String == "KH-2" })
    #expect(second["lead_unit"] as? String == code["Bộ Thông tin và Truyền thông"])
    #expect(code["Truyền thông"] == nil && code["Bộ Thông tin"] == nil)

    let check = try cli("check", "--lang", "vi")
    #expect(check.output.contains("Kế hoạch giao nhiều đơn vị chủ trì"), "\(check.output)")
  }

  @Test("A dry run starts with a summary; a collective lead and co-leads are kept and checked")
  func summaryAndCheck() throws {
    let cli = try ledger()
    let plan = try write(Self.plan, "plan.txt", in: cli)
    let dry = try cli("import", plan, "--dry-run", "--lang", "vi")
    #expect(dry.status == 0, "\(dry.error)")
    let lines = dry.output.split(separator: "\n").map(String.init)
    let summary = try #require(lines.firstIndex { $0.hasPrefix("Tóm tắt: đọc 4 dòng") })
    let tasks = try #require(lines.firstIndex { $0.hasPrefix("Nhiệm vụ (4)") })
    #expect(summary < tasks)
    #expect(dry.output.contains("nhiều đơn vị chủ trì (trái nguyên tắc một việc một đầu mối): 2"))
    #expect(dry.output.contains("chủ trì là một nhóm cơ quan: 1"))
    #expect(dry.output.contains("hai tên đơn vị dính liền, đã tách theo danh mục: 1"))

    let imported = try cli("import", plan, "--json")
    #expect(imported.status == 0, "\(imported.error)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(imported.output.utf8)) as? [String: Any])
    let rows = try #require(json["tasks"] as? [[String: Any]])
    let second = try #require(rows.first { $0["id"] as? String == "KH-2" })
    #expect((second["co_leads"] as? [String])?.count == 1)
    #expect((second["flags"] as? [String])?.contains("several_leads") == true)
    let third = try #require(rows.first { $0["id"] as? String == "KH-3" })
    #expect(third["collective_lead"] as? String == "UBND các tỉnh, thành phố")
    let check = try cli("check", "--lang", "vi")
    #expect(check.output.contains("“UBND các tỉnh, thành phố”"), "\(check.output)")
    #expect(check.output.contains("mỗi đơn vị chịu trách nhiệm"))
  }

  @Test("A deadline before the plan's date names its row; a prose plan is refused with a way out")
  func refusals() throws {
    let cli = try ledger()
    let early = try write(
      "STT\tNội dung\tCơ quan chủ trì\tThời hạn\n1\tViệc một cần làm ngay\tSở Y tế\t6/2025\n",
      "early.txt", in: cli)
    let run = try cli("import", early, "--issued", "01/01/2026", "--lang", "vi")
    #expect(run.status == 1)
    #expect(run.error.contains("Dòng 2: thời hạn “6/2025”"), "\(run.error)")
    #expect(!run.error.contains("--due"))

    let prose = try write(
      """
      KẾ HOẠCH
      1. Ủy ban Pháp luật chủ trì, phối hợp với các cơ quan thẩm tra dự án luật trong năm 2026.
      2. Bộ Tư pháp chủ trì rà soát văn bản quy phạm pháp luật về chuyển đổi số.
      """, "prose.txt", in: cli)
    let refused = try cli("import", prose, "--lang", "vi")
    #expect(refused.status == 1)
    #expect(refused.error.contains("giao nhiệm vụ bằng đoạn văn"), "\(refused.error)")

    let headers = try write(
      "STT\tNội dung công việc\tĐơn vị phối hợp\tThời hạn\n1\tViệc\tSở Y tế\t2026\n", "h.txt",
      in: cli)
    let missing = try cli("import", headers, "--lang", "vi")
    #expect(missing.error.contains("“Đơn vị phối hợp”"), "\(missing.error)")
    #expect(missing.error.contains("thiếu cột cơ quan chủ trì"), "\(missing.error)")
  }

  @Test("With --lenient an unreadable deadline is kept as unreadable with its text, not ongoing")
  func unreadableDeadline() throws {
    let cli = try ledger()
    let plan = try write(
      "STT\tNội dung\tCơ quan chủ trì\tThời hạn\n1\tXây dựng kho dữ liệu dùng chung\tSở Y tế\tTheo tiến độ dự án\n",
      "lenient.txt", in: cli)
    let dry = try cli("import", plan, "--lenient", "--dry-run", "--lang", "vi")
    #expect(dry.status == 0, "\(dry.error)")
    #expect(dry.output.contains("không đọc được: “Theo tiến độ dự án”"), "\(dry.output)")
    let imported = try cli("import", plan, "--lenient", "--json")
    #expect(
      imported.output.contains("\"deadline_unread\" : true")
        || imported.output.contains("\"deadline_unread\":true"), "\(imported.output)")
    let check = try cli("check", "--lang", "vi")
    #expect(check.output.contains("không phải thường xuyên"), "\(check.output)")
    // The views say it too: never "ongoing".
    let status = try cli("status", "--lang", "vi")
    #expect(status.output.contains("chưa đọc được hạn “Theo tiến độ dự án”"), "\(status.output)")
    #expect(!status.output.contains("thường xuyên"), "\(status.output)")
    let english = try cli("status", "--lang", "en")
    #expect(english.output.contains("unreadable deadline “Theo tiến độ dự án”"))
    let json = try cli("status", "--json")
    #expect(json.output.contains("\"deadline_unread\" : true"), "\(json.output)")
    #expect(json.output.contains("\"co_leads\" : ["), "\(json.output)")
  }

  @Test("An unreadable deadline is “unreadable” with its text in every JSON and in history (trial)")
  func unreadableEverywhere() throws {
    let cli = try ledger()
    let plan = try write(
      "STT\tNội dung\tCơ quan chủ trì\tThời hạn\n1\tXây dựng kho dữ liệu dùng chung\tSở Y tế\tTheo tiến độ dự án\n",
      "lenient.txt", in: cli)
    let imported = try cli("import", plan, "--lenient", "--json")
    #expect(imported.status == 0, "\(imported.error)")
    for output in [imported.output, try cli("status", "--json").output] {
      let compact = output.replacingOccurrences(of: " ", with: "")
        .replacingOccurrences(of: "\n", with: "")
      #expect(compact.contains("\"kind\":\"unreadable\""), "\(output)")
      #expect(compact.contains("\"text\":\"Theotiếnđộdựán\""), "\(output)")
      #expect(!compact.contains("\"kind\":\"ongoing\""), "\(output)")
    }
    let history = try cli("history", "KH-1", "--lang", "vi")
    #expect(history.output.contains("chưa đọc được hạn “Theo tiến độ dự án”"), "\(history.output)")
    #expect(!history.output.contains("thường xuyên"), "\(history.output)")
    #expect(
      try cli("head", "appoint", "Sở Y tế", "Lê Văn Hải", "--role", "Giám đốc Sở").status == 0)
    var later = cli
    later.environment["CLEARLEDGER_NOW"] = "2026-12-15T09:00:00+07:00"
    let yearly = try later("yearly", "--year", "2026", "--unit", "Sở Y tế", "--lang", "vi")
    #expect(yearly.output.contains("chưa đọc được hạn “Theo tiến độ dự án”"), "\(yearly.output)")
    let evaluation = try later("evaluate", "--year", "2026", "--lang", "vi")
    for output in [yearly.output, evaluation.output, try later("check", "--lang", "vi").output] {
      #expect(!output.contains("thường xuyên,") && !output.contains("Thường xuyên"), "\(output)")
    }
  }

  @Test(
    "A collective row registers no unit; status shows the group, never the reserved code (trial)")
  func collectiveInViews() throws {
    let cli = try ledger()
    let plan = try write(Self.plan, "plan.txt", in: cli)
    let imported = try cli("import", plan, "--json")
    #expect(imported.status == 0, "\(imported.error)")
    #expect(
      !imported.output.contains("\"name\" : \"UBND các tỉnh, thành phố\""), "\(imported.output)")
    let status = try cli("status", "--lang", "vi")
    let row = try #require(
      status.output.components(separatedBy: "\n").first { $0.hasPrefix("KH-3") })
    #expect(row.contains("tập thể"), "\(row)")
    #expect(!status.output.contains("TAP-THE"), "\(status.output)")
    let check = try cli("check", "--lang", "vi")
    #expect(check.output.contains("“UBND các tỉnh, thành phố”"), "\(check.output)")
  }

  @Test("The review's flags column holds every flag the dry run shows, with its text (trial)")
  func reviewKeepsEveryFlag() throws {
    let cli = try ledger()
    let plan = try write(Self.plan, "plan.txt", in: cli)
    let dry = try cli("import", plan, "--dry-run", "--lang", "vi")
    let review = cli.folder.appendingPathComponent("review.csv").path
    #expect(try cli("import", plan, "--review", review, "--lang", "vi").status == 0)
    let text = try String(contentsOfFile: review, encoding: .utf8)
    let flagged = dry.output.components(separatedBy: "\n").filter {
      $0.hasPrefix("  KH-") && $0.contains("(dòng")
    }
    #expect(flagged.count == 4, "\(dry.output)")
    for line in flagged {
      let what = String(line.drop { $0 != ":" }.dropFirst(2))
      for flag in what.components(separatedBy: "; ") {
        #expect(text.contains(flag.replacingOccurrences(of: "\"", with: "\"\"")), "\(flag)")
      }
    }
    #expect(text.contains("phối hợp ghi chung chung, không nêu tên: “Các bộ, ngành liên quan”"))
  }

  @Test("Each co-lead answers: the heads of both lead units count the task in evaluate and yearly")
  func coLeadsAnswer() throws {
    let cli = try ledger()
    let plan = try write(
      "STT\tNội dung\tCơ quan chủ trì\tThời hạn\n1\tSố hóa hồ sơ y tế và tài chính\tSở Y tế, Sở Tài chính\t30/06/2026\n",
      "colead.txt", in: cli)
    let imported = try cli("import", plan)
    #expect(imported.status == 0, "\(imported.error)")
    #expect(
      try cli("head", "appoint", "Sở Y tế", "Lê Văn Hải", "--role", "Giám đốc Sở").status == 0)
    #expect(
      try cli("head", "appoint", "Sở Tài chính", "Phan Thị Mai", "--role", "Giám đốc Sở").status
        == 0)
    var later = cli
    later.environment["CLEARLEDGER_NOW"] = "2026-12-15T09:00:00+07:00"
    let rows = try #require(
      try JSONSerialization.jsonObject(
        with: Data(try later("evaluate", "--year", "2026", "--json").output.utf8))
        as? [[String: Any]])
    let people = Set(
      rows.filter { ($0["tasks"] as? Int ?? 0) > 0 }.compactMap { $0["person"] as? String })
    #expect(people.isSuperset(of: ["Lê Văn Hải", "Phan Thị Mai"]), "\(rows)")
    let yearly = try later("yearly", "--year", "2026", "--unit", "Sở Tài chính", "--lang", "en")
    #expect(yearly.output.contains("Số hóa hồ sơ y tế và tài chính"), "\(yearly.output)")
  }

  @Test("A yearly row without a reporting day is shown so in the dry run, never as ongoing (trial)")
  func yearlyWithoutDay() throws {
    let cli = try ledger()
    let plan = try write(
      "STT\tNội dung\tCơ quan chủ trì\tThời hạn\n1\tBáo cáo kết quả chuyển đổi số\tSở Y tế\tHằng năm\n",
      "yearly.txt", in: cli)
    let dry = try cli("import", plan, "--dry-run", "--lang", "vi")
    #expect(dry.status == 0, "\(dry.error)")
    #expect(dry.output.contains("hằng năm (chưa có ngày báo cáo)"), "\(dry.output)")
    let english = try cli("import", plan, "--dry-run", "--lang", "en")
    #expect(english.output.contains("yearly (no reporting day yet)"), "\(english.output)")
  }
}

/// The review round trip keeps what a direct import records of the plan itself (trial: the
/// issuer and the plan replaced were lost, so the replaced plan's tasks were never ended).
@Suite("Review round trip: the plan's own facts")
struct ReviewPlanFactsCLITests {
  @Test("A reviewed plan that replaces another ends the other's open tasks, as a direct import")
  func supersedesThroughReview() throws {
    let cli = try CLIRunner(now: "2026-03-01T08:00:00+07:00")
    #expect(try cli.run(["init"]).status == 0)
    let old = cli.folder.appendingPathComponent("kh37.txt").path
    try PlanFixtures.plan(number: "37", rows: [.init("Lắp camera an ninh")])
      .write(toFile: old, atomically: true, encoding: .utf8)
    #expect(try cli.run(["import", old, "--prefix", "KH37"]).status == 0)
    let new = cli.folder.appendingPathComponent("kh49.txt").path
    try PlanFixtures.plan(
      number: "49", supersedes: "37/KH-UBND", rows: [.init("Số hóa sổ hộ tịch")]
    ).write(toFile: new, atomically: true, encoding: .utf8)
    let review = cli.folder.appendingPathComponent("ra-soat.csv").path
    #expect(try cli.run(["import", new, "--review", review]).status == 0)
    let imported = try cli.run(["import", "--from-review", review])
    #expect(imported.status == 0, "\(imported.error)")
    let status = try cli.run(["status", "--json"])
    let rows = try #require(
      try JSONSerialization.jsonObject(with: Data(status.output.utf8)) as? [[String: Any]])
    let ended = rows.first { ($0["id"] as? String)?.hasPrefix("KH37") == true }
    #expect(ended?["status"] as? String == "superseded", "\(status.output)")
    let export = try cli.run(["events", "export"])
    let registration = try #require(
      export.output.split(separator: "\n").first { $0.contains("\"number\":\"49/KH-UBND\"") })
    #expect(registration.contains("\"supersedes\":\"37/KH-UBND\""), "\(registration)")
  }
}
