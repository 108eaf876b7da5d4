import Foundation
import LedgerTestSupport
import Testing

/// A clerk follows work up: who must be reminded of what, finding tasks, receipt.
@Suite("Following work up end to end")
struct FollowUpCLITests {
  /// A commune with VHXH and KT and three tasks assigned on Monday 05/01/2026.
  func commune() throws -> CLIRunner {
    let cli = try CLIRunner(now: "2026-01-05T09:00:00+07:00")
    for arguments in [
      ["init"], ["unit", "add", "UBND xã", "--code", "UBND", "--on", "01/01/2026"],
      ["unit", "add", "Phòng Văn hóa - Xã hội", "--code", "VHXH", "--on", "01/01/2026"],
      ["unit", "add", "Phòng Kinh tế", "--code", "KT", "--on", "01/01/2026"],
      [
        "head", "appoint", "UBND", "Nguyễn Văn An", "--role", "Chủ tịch UBND xã", "--on",
        "01/01/2026",
      ],
      ["head", "appoint", "VHXH", "Trần Thị Bình", "--role", "Trưởng phòng", "--on", "01/01/2026"],
      ["head", "appoint", "KT", "Hoàng Văn Dũng", "--role", "Trưởng phòng", "--on", "01/01/2026"],
      [
        "task", "assign", "Đẩy mạnh chuyển đổi số trong cơ quan", "--id", "CDS", "--lead", "VHXH",
        "--role", "Chủ tịch UBND xã", "--result", "Kế hoạch ban hành", "--due", "12/01/2026",
        "--plan", "49/KH-UBND",
      ],
      [
        "task", "assign", "Số hóa sổ hộ tịch", "--id", "SH", "--lead", "KT", "--role",
        "Chủ tịch UBND xã", "--result", "Sổ được số hóa", "--due", "03/01/2027",
      ],
      [
        "task", "assign", "Lắp ki-ốt tra cứu", "--id", "KIOT", "--lead", "KT", "--role",
        "Chủ tịch UBND xã", "--result", "Ki-ốt hoạt động", "--due", "07/01/2026",
      ],
    ] {
      let run = try cli.run(arguments)
      #expect(run.status == 0, "\(arguments): \(run.error)")
    }
    return cli
  }

  @Test("due lists per person, days left or late; remind writes a notice per person")
  func dueAndRemind() throws {
    let cli = try commune()
    let on = "2026-01-09T09:00:00+07:00"
    let due = try cli("due", "--json", now: on)
    #expect(due.status == 0, "\(due.error)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(due.output.utf8)) as? [String: Any])
    #expect(json["within_days"] as? Int == 7)
    let people = try #require(json["people"] as? [[String: Any]])
    #expect(
      people.map { $0["person"] as? String } == [
        "Hoàng Văn Dũng", "Nguyễn Văn An", "Trần Thị Bình",
      ])
    let chair = try #require(people.first { $0["person"] as? String == "Nguyễn Văn An" })
    let tasks = try #require(chair["tasks"] as? [[String: Any]])
    #expect(tasks.map { $0["task"] as? String } == ["KIOT", "CDS"])
    #expect(tasks.map { $0["days_left"] as? Int } == [-2, 3])
    #expect(tasks.map { $0["stage"] as? String } == ["overdue", "three_days"])

    let text = try cli("due", "--within", "3", "--unit", "VHXH", "--lang", "vi", now: on)
    #expect(text.output.contains("Trần Thị Bình"), "\(text.output)")
    #expect(text.output.contains("còn 3 ngày"))
    #expect(text.output.contains("nhắc trước 3 ngày"))
    #expect(!text.output.contains("KIOT"))

    let folder = cli.folder.appendingPathComponent("nhac-viec").path
    let remind = try cli("remind", "--out", folder, now: on)
    #expect(remind.status == 0, "\(remind.error)")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    #expect(
      files == [
        "hoang-van-dung.md", "hoang-van-dung.txt", "nguyen-van-an.md", "nguyen-van-an.txt",
        "tran-thi-binh.md", "tran-thi-binh.txt",
      ])
    let notice = try String(
      contentsOfFile: folder + "/nguyen-van-an.md", encoding: .utf8)
    #expect(notice.hasPrefix("# Nhắc việc ngày 09/01/2026"))
    #expect(notice.contains("Kính gửi: Nguyễn Văn An"))
    #expect(notice.contains("| KIOT | Lắp ki-ốt tra cứu | 07/01/2026 | trễ 2 ngày | quá hạn |"))
    let english = try cli(
      "remind", "--out", folder + "-en", "--lang", "en", "--person", "tran thi binh", now: on)
    #expect(english.status == 0)
    let plain = try String(contentsOfFile: folder + "-en/tran-thi-binh.txt", encoding: .utf8)
    #expect(plain.hasPrefix("REMINDER OF 09/01/2026"))
    #expect(plain.contains("Due 12/01/2026, 3 day(s) left (3-day reminder)"))
  }

  @Test("status filters: bucket, deadlines, plan, person, words typed without marks")
  func statusFilters() throws {
    let cli = try commune()
    let on = "2026-01-09T09:00:00+07:00"
    func ids(_ arguments: String...) throws -> [String] {
      let run = try cli.run(["status", "--json"] + arguments, now: on)
      #expect(run.status == 0, "\(arguments): \(run.error)")
      let rows = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]]
      return (rows ?? []).compactMap { $0["id"] as? String }
    }
    #expect(try ids("--bucket", "overdue") == ["KIOT"])
    #expect(try ids("--due-before", "12/01/2026") == ["CDS", "KIOT"])
    #expect(try ids("--due-after", "10/01/2026", "--due-before", "31/12/2026") == ["CDS"])
    #expect(try ids("--plan", "49/kh-ubnd") == ["CDS"])
    #expect(try ids("--person", "Hoang Van Dung") == ["KIOT", "SH"])
    #expect(try ids("--text", "chuyen doi so") == ["CDS"])
    #expect(try ids("--text", "số hoá") == ["SH"])
    let refused = try cli("status", "--bucket", "late", now: on)
    #expect(refused.status == 64)
    // Nothing matching is not "no tasks yet" (a second trial), in either language.
    let none = try cli.run(["status", "--bucket", "paused", "--lang", "en"], now: on)
    #expect(none.status == 0)
    #expect(none.output.hasPrefix("No line matches what was asked ("), "\(none.output)")
    #expect(!none.output.contains("No tasks yet"))
    let noneVi = try cli.run(["status", "--person", "Nguyen Van X", "--lang", "vi"], now: on)
    #expect(noneVi.output.hasPrefix("Không dòng nào khớp điều kiện đã hỏi"), "\(noneVi.output)")
  }

  @Test("task acknowledge by the lead unit's head; check flags receipts missing or late")
  func acknowledge() throws {
    let cli = try commune()
    let on = "2026-01-14T09:00:00+07:00"
    let before = cli.fileBytes()
    let wrong = try cli("task", "acknowledge", "CDS", "--by", "Nguyễn Văn An", now: on)
    #expect(wrong.status == 1)
    #expect(wrong.error.contains("Trần Thị Bình"), "\(wrong.error)")
    #expect(cli.fileBytes() == before)
    let done = try cli(
      "task", "acknowledge", "CDS", "--by", "Trần Thị Bình", "--on", "07/01/2026", now: on)
    #expect(done.status == 0, "\(done.error)")
    let again = try cli("task", "acknowledge", "CDS", "--by", "Trần Thị Bình", now: on)
    #expect(again.status == 1)
    let check = try cli("check", "--json", now: on)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(check.output.utf8)) as? [String: Any])
    let late = try #require(json["unacknowledged"] as? [[String: Any]])
    #expect(late.map { $0["task"] as? String } == ["KIOT", "SH"])
    #expect(late.first?["due_by"] as? String == "2026-01-12")
    let text = try cli("check", "--lang", "vi", now: on)
    #expect(text.output.contains("2 nhiệm vụ chưa được đơn vị chủ trì xác nhận"), "\(text.output)")
    let history = try cli("history", "CDS", "--lang", "vi", now: on)
    #expect(history.output.contains("Trần Thị Bình (trưởng VHXH) xác nhận đã nhận nhiệm vụ"))
    // A head who came after the day receipt was due is not the one named (trial).
    let appointed = try cli(
      "head", "appoint", "KT", "Phan Văn Mới", "--role", "Trưởng phòng", "--on", "13/01/2026",
      "--replaces", "Hoàng Văn Dũng", now: on)
    #expect(appointed.status == 0, "\(appointed.error)")
    let after = try cli("check", now: on)
    let kiot = try #require(
      after.output.split(separator: "\n").first { $0.hasPrefix("KIOT ") && $0.contains("12/01") },
      "\(after.output)")
    #expect(kiot.contains("Hoàng Văn Dũng") && !kiot.contains("Phan Văn Mới"), "\(kiot)")
    // The column says whose head it is: the one on the due-by day (trial: read as today's).
    #expect(after.output.contains("Head on due-by day"), "\(after.output)")
  }

  @Test("An explanation asked and given late shows in history, head view, yearly, evaluate")
  func explanation() throws {
    let cli = try commune()
    let on = "2026-01-20T09:00:00+07:00"
    let noRequest = try cli(
      "task", "explain", "KIOT", "Chờ thiết bị", "--by", "Hoàng Văn Dũng", now: on)
    #expect(noRequest.status == 1)
    #expect(noRequest.error.contains("explain-request"), "\(noRequest.error)")
    for arguments in [
      [
        "task", "explain-request", "KIOT", "--by", "Nguyễn Văn An", "--due", "12/01/2026",
        "--reason", "Quá hạn", "--on", "08/01/2026",
      ],
      [
        "task", "explain", "KIOT", "Chờ thiết bị từ nhà cung cấp", "--by", "Hoàng Văn Dũng",
        "--doc", "3/BC-KT", "--on", "14/01/2026",
      ],
    ] {
      let run = try cli.run(arguments, now: on)
      #expect(run.status == 0, "\(arguments): \(run.error)")
    }
    let history = try cli("history", "KIOT", "--lang", "vi", now: on)
    #expect(history.output.contains("Nguyễn Văn An yêu cầu giải trình về nhiệm vụ"))
    #expect(history.output.contains("Hoàng Văn Dũng giải trình về nhiệm vụ"))
    let sentence = "đã giải trình ngày 14/01/2026, muộn 2 ngày (Hoàng Văn Dũng): Chờ thiết bị"
    let head = try cli("head", "view", "--lang", "vi", now: on)
    #expect(head.output.contains(sentence), "\(head.output)")
    let yearly = try cli("yearly", "--year", "2026", "--lang", "vi", now: on)
    #expect(yearly.output.contains(sentence), "\(yearly.output)")
    // The table forms carry it too (trial: the CSV's column was empty).
    let csv = try cli("yearly", "--year", "2026", "--format", "csv", "--lang", "vi", now: on)
    #expect(csv.output.contains(sentence), "\(csv.output)")
    let evaluate = try cli(
      "evaluate", "--year", "2026", "--explain", "Hoàng Văn Dũng", "--lang", "en", now: on)
    #expect(
      evaluate.output.contains("explained on 14/01/2026, 2 day(s) late (Hoàng Văn Dũng)"),
      "\(evaluate.output)")
  }
}

/// Evidence files kept in the ledger and given back.
@Suite("Evidence files end to end")
struct AttachmentCLITests {
  @Test(
    "report --attach keeps the file; attachment get returns it byte-identical; verify checks it")
  func attachAndGet() throws {
    let cli = try CLIRunner(now: "2026-01-09T09:00:00+07:00")
    for arguments in [
      ["init"], ["unit", "add", "Công an xã", "--code", "CAX", "--on", "01/01/2026"],
      [
        "head", "appoint", "CAX", "Lê Văn Cường", "--role", "Trưởng Công an xã", "--on",
        "01/01/2026",
      ],
      [
        "task", "assign", "Lắp camera", "--id", "CAM", "--lead", "CAX", "--role",
        "Trưởng Công an xã", "--result", "Camera hoạt động", "--due", "30/06/2026",
      ],
    ] {
      let run = try cli.run(arguments)
      #expect(run.status == 0, "\(arguments): \(run.error)")
    }
    let scan = Data((0..<3000).map { UInt8(($0 * 7) % 256) })
    let path = cli.folder.appendingPathComponent("biên bản.pdf").path
    try scan.write(to: URL(fileURLWithPath: path))
    let report = try cli("report", "CAM", "Đã lắp 3 camera", "--attach", path)
    #expect(report.status == 0, "\(report.error)")
    #expect(report.output.contains("attached evidence to event #5"), "\(report.output)")
    let history = try cli("history", "CAM", "--json")
    #expect(history.output.contains("\"sha256\""))
    let hash = try #require(
      history.output.components(separatedBy: "\"sha256\" : \"").dropFirst().first?.prefix(64))
    let out = cli.folder.appendingPathComponent("back.pdf").path
    let get = try cli("attachment", "get", String(hash), "--out", out)
    #expect(get.status == 0, "\(get.error)")
    #expect(FileManager.default.contents(atPath: out) == scan)
    // The short hash the confirmation shows is enough (trial); too short a prefix is not.
    let short = cli.folder.appendingPathComponent("short.pdf").path
    #expect(try cli("attachment", "get", String(hash.prefix(12)), "--out", short).status == 0)
    #expect(FileManager.default.contents(atPath: short) == scan)
    #expect(try cli("attachment", "get", String(hash.prefix(4)), "--out", short).status == 1)
    let verify = try cli("verify")
    #expect(verify.status == 0)
    #expect(verify.output.contains("Attachments: 1 file(s), each matches its SHA-256."))
    // Above 10 MiB: refused, clearly, and nothing written.
    let big = cli.folder.appendingPathComponent("big.bin").path
    try Data(count: 10 * 1024 * 1024 + 1).write(to: URL(fileURLWithPath: big))
    let before = cli.fileBytes()
    let refused = try cli("task", "complete", "CAM", "--attach", big)
    #expect(refused.status == 1)
    #expect(refused.error.contains("10 MiB"), "\(refused.error)")
    #expect(cli.fileBytes() == before)
  }
}

/// Recurring reporting given by flag, and a weekly cadence as plans write it.
@Suite("Recurring flags end to end")
struct RecurringFlagsCLITests {
  @Test("--quarterly and --monthly record period obligations; \"Hằng tuần\" is ongoing work")
  func flags() throws {
    let cli = try CLIRunner(now: "2026-01-05T09:00:00+07:00")
    for arguments in [
      ["init"], ["unit", "add", "Công an xã", "--code", "CAX", "--on", "01/01/2026"],
      [
        "head", "appoint", "CAX", "Lê Văn Cường", "--role", "Trưởng Công an xã", "--on",
        "01/01/2026",
      ],
      [
        "task", "assign", "Báo cáo an ninh trật tự", "--id", "Q", "--lead", "CAX", "--role",
        "Trưởng Công an xã", "--result", "Báo cáo quý", "--quarterly",
      ],
      [
        "task", "assign", "Báo cáo tiếp công dân", "--id", "M", "--lead", "CAX", "--role",
        "Trưởng Công an xã", "--result", "Báo cáo tháng", "--monthly",
      ],
      [
        "task", "assign", "Giao ban công an", "--id", "W", "--lead", "CAX", "--role",
        "Trưởng Công an xã", "--result", "Biên bản giao ban", "--due", "Hằng tuần",
      ],
    ] {
      let run = try cli.run(arguments)
      #expect(run.status == 0, "\(arguments): \(run.error)")
    }
    let status = try cli("status", "--json", now: "2026-02-02T09:00:00+07:00")
    let rows = try #require(
      try JSONSerialization.jsonObject(with: Data(status.output.utf8)) as? [[String: Any]])
    func row(_ id: String) -> [String: Any]? { rows.first { $0["id"] as? String == id } }
    #expect((row("Q")?["deadline"] as? [String: Any])?["kind"] as? String == "quarterly")
    #expect(row("Q")?["due"] as? String == "2026-03-31")
    #expect(row("M")?["bucket"] as? String == "overdue")
    #expect(row("M")?["due"] as? String == "2026-01-31")
    #expect((row("W")?["deadline"] as? [String: Any])?["kind"] as? String == "ongoing")
    let both = try cli(
      "task", "assign", "x", "--lead", "CAX", "--role", "r", "--result", "r",
      "--quarterly", "--monthly")
    #expect(both.status == 64)
  }
}
