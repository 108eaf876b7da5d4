import Foundation
import LedgerTestSupport
import Testing

/// Runs the real binary: what a user types, what they see, what the exit status is.
@Suite("clearledger end to end")
struct CLITests {
  /// A ledger with the commune's units and heads and two tasks, built through the CLI.
  func seeded() throws -> CLIRunner {
    let cli = try CLIRunner(now: "2026-01-05T09:00:00+07:00")
    let steps: [[String]] = [
      ["init"],
      ["unit", "add", "UBND xã", "--code", "UBND", "--on", "01/01/2026"],
      ["unit", "add", "Phòng Văn hoá - Xã hội", "--code", "VHXH", "--on", "01/01/2026"],
      ["unit", "add", "Công an xã", "--on", "01/01/2026"],
      [
        "head", "appoint", "UBND", "Nguyễn Văn An", "--role", "Chủ tịch UBND xã", "--on",
        "01/01/2026",
      ],
      [
        "head", "appoint", "phòng văn hóa - xã hội", "Trần Thị Bình", "--role", "Trưởng phòng",
        "--on", "2026-01-01",
      ],
      [
        "task", "assign", "Hoàn thành kết nối, chia sẻ dữ liệu", "--lead", "VHXH", "--support",
        "CAX",
        "--role", "Chủ tịch UBND xã", "--result", "Hoàn thành kết nối", "--due", "30/06/2026",
        "--id", "PL1-I-2",
      ],
      [
        "task", "assign", "Đào tạo kỹ năng số cho người dân", "--lead", "VHXH", "--role",
        "Chủ tịch UBND xã",
        "--result", "Báo cáo", "--yearly", "30/11",
      ],
    ]
    for step in steps {
      let run = try cli.run(step)
      #expect(run.status == 0, "\(step): \(run.error)")
    }
    return cli
  }

  @Test("The status table cuts a long title at 44 characters with an ellipsis, a short one not")
  func longTitleCut() throws {
    let cli = try seeded()
    let long =
      "Hoàn thành và đưa vào khai thác hiệu quả các cơ sở dữ liệu quốc gia, chuyên ngành"
    let assigned = try cli(
      "task", "assign", long, "--lead", "VHXH", "--role", "Chủ tịch UBND xã", "--result",
      "Cơ sở dữ liệu", "--due", "30/06/2026", "--id", "DAI")
    #expect(assigned.status == 0, "\(assigned.error)")
    let status = try cli("status").output
    #expect(status.contains(String(long.prefix(43)) + "…"), "\(status)")
    #expect(!status.contains(long))
    #expect(status.contains("Đào tạo kỹ năng số cho người dân  "), "\(status)")
  }

  @Test("A late-filed completion: done on 28/06, recorded on 05/07, counts as on time")
  func walkthrough() throws {
    let cli = try seeded()
    let done = try cli(
      "task", "complete", "PL1-I-2", "--on", "28/06/2026", "--evidence", "12/BC-VHXH", "--by",
      "Trần Thị Bình",
      now: "2026-07-05T10:00:00+07:00")
    #expect(done.status == 0)
    // Positions count the person registrations `head appoint` makes for two new heads.
    #expect(done.output.contains("Recorded #10: completed task PL1-I-2"))

    let status = try cli("status", "--json", now: "2026-07-05T10:00:00+07:00")
    let tasks = try #require(
      try JSONSerialization.jsonObject(with: Data(status.output.utf8)) as? [[String: Any]])
    let task = try #require(tasks.first { $0["id"] as? String == "PL1-I-2" })
    #expect(task["bucket"] as? String == "completed_on_time")
    #expect(task["status"] as? String == "completed")
    #expect(task["due"] as? String == "2026-06-30")
    #expect(task["lead_unit"] as? String == "VHXH")
    #expect(task["head_role"] as? String == "Chủ tịch UBND xã")
    #expect(task["head_person"] as? String == "Nguyễn Văn An")
    #expect(task["title"] as? String == "Hoàn thành kết nối, chia sẻ dữ liệu")
    let yearly = try #require(tasks.first { $0["id"] as? String == "T-002" })
    #expect(yearly["bucket"] as? String == "in_progress_within_deadline")

    let history = try cli("history", "PL1-I-2", "--json")
    let events = try #require(
      try JSONSerialization.jsonObject(with: Data(history.output.utf8)) as? [[String: Any]])
    #expect(events.map { $0["type"] as? String } == ["task.assigned", "task.completed"])
    #expect(events.last?["effective"] as? String == "2026-06-28")
    #expect(events.last?["recorded"] as? String == "2026-07-05T03:00:00.000Z")
    #expect(events.last?["actor"] as? String == "thuky")
    #expect(events.last?["position"] as? Int == 10)
    #expect((events.last?["payload"] as? [String: Any])?["evidence"] as? String == "12/BC-VHXH")

    let replay = try cli("replay", "--lang", "vi")
    #expect(
      replay.output.contains(
        "#10 · 28/06/2026 · Trần Thị Bình · hoàn thành nhiệm vụ PL1-I-2 “Hoàn thành kết nối, chia sẻ dữ liệu” (minh chứng: 12/BC-VHXH) · ghi 05/07/2026 10:00 bởi thuky"
      ))
    let early = try cli("replay", "--until", "2026-01-05")
    #expect(early.output.split(separator: "\n").count == 9)
  }

  @Test("A refused command says why, exits 1, and leaves the file byte-identical")
  func refusal() throws {
    let cli = try seeded()
    let cases: [([String], String)] = [
      (
        ["task", "extend", "PL1-I-2", "--to", "01/06/2026", "--reason", "r", "--approved-by", "a"],
        "not later than"
      ),
      (["report", "NOPE", "tiến độ"], "There is no task “NOPE”"),
      (
        ["head", "appoint", "Phòng Kinh tế", "A", "--role", "Trưởng phòng"],
        "There is no unit “Phòng Kinh tế”"
      ),
      (["task", "start", "PL1-I-2", "--on", "31/02/2026"], "not a valid date"),
      (["task", "resume", "PL1-I-2"], "Cannot resume task PL1-I-2"),
    ]
    for (arguments, message) in cases {
      let before = cli.fileBytes()
      let run = try cli.run(arguments)
      #expect(run.status == 1, "\(arguments)")
      #expect(run.error.contains(message), "\(run.error)")
      #expect(!run.error.lowercased().contains("sqlite"))
      #expect(cli.fileBytes() == before, "\(arguments)")
    }
    try cli("task", "cancel", "PL1-I-2", "--reason", "Không còn phù hợp")
    let before = cli.fileBytes()
    let run = try cli("task", "complete", "PL1-I-2", "--lang", "vi")
    #expect(run.status == 1)
    #expect(run.error.contains("Không thể hoàn thành nhiệm vụ PL1-I-2 vì nhiệm vụ đã hủy"))
    #expect(cli.fileBytes() == before)
  }

  @Test("A writer who decided on an old version gets exit 3 and a pointer to history")
  func conflict() throws {
    let cli = try seeded()
    #expect(try cli("task", "start", "PL1-I-2", "--expect-version", "1").status == 0)
    let before = cli.fileBytes()
    let run = try cli("report", "PL1-I-2", "50%", "--expect-version", "1", "--json")
    #expect(run.status == 3)
    #expect(run.error.contains("\"code\" : \"concurrency_conflict\""))
    #expect(run.error.contains("clearledger history PL1-I-2"))
    #expect(cli.fileBytes() == before)
  }

  @Test("verify names the first altered position after an edit behind the ledger's back")
  func tamper() throws {
    let cli = try seeded()
    let sqlite = URL(fileURLWithPath: "/usr/bin/sqlite3")
    try #require(
      FileManager.default.isExecutableFile(atPath: sqlite.path), "sqlite3 shell is needed")
    #expect(try cli("verify").status == 0)
    let refused = try cli.run(
      [cli.database, "UPDATE events SET actor = 'x' WHERE position = 3"], program: sqlite)
    #expect(refused.status != 0)
    #expect(refused.error.contains("append-only"))
    let edited = try cli.run(
      [
        cli.database,
        "DROP TRIGGER events_are_never_updated; UPDATE events SET payload = json_set(payload, '$.person', 'Người khác') WHERE position = 5",
      ],
      program: sqlite)
    #expect(edited.status == 0, "\(edited.error)")
    let verify = try cli("verify")
    #expect(verify.status == 2)
    #expect(verify.output.contains("ALTERED at position 5"))
    let json = try cli("verify", "--json")
    #expect(json.output.contains("\"first_bad_position\" : 5"))
  }

  @Test("rebuild reports matching digests; views show heads and units")
  func rebuildAndViews() throws {
    let cli = try seeded()
    let rebuild = try cli("rebuild", "--json")
    let report = try #require(
      try JSONSerialization.jsonObject(with: Data(rebuild.output.utf8)) as? [String: Any])
    #expect(report["matches"] as? Bool == true)
    #expect(report["inline_digest"] as? String == report["rebuilt_digest"] as? String)
    let heads = try cli("head", "view", "--json")
    let rows = try #require(
      try JSONSerialization.jsonObject(with: Data(heads.output.utf8)) as? [[String: Any]])
    #expect(
      rows.contains {
        $0["person"] as? String == "Nguyễn Văn An"
          && $0["capacity"] as? String == "accountable_head"
      })
    #expect(
      rows.contains {
        $0["person"] as? String == "Trần Thị Bình" && $0["capacity"] as? String == "lead_unit_head"
      })
    let units = try cli("unit", "view", "CAX", "--lang", "vi")
    #expect(units.output.contains("Công an xã [CAX]"))
    #expect(units.output.contains("Phối hợp: 1"))
  }

  @Test(
    "Processes writing at once wait for each other: each lands or gets a conflict, never a lock error"
  )
  func concurrentWriters() throws {
    let cli = try seeded()
    var landed = 0
    for round in 0..<4 {
      let runs = try cli.runConcurrently(
        (0..<6).map { writer in
          [
            "report", writer % 2 == 0 ? "PL1-I-2" : "T-002", "Vòng \(round), người \(writer)",
            "--expect-version", "1",
          ]
        })
      for run in runs {
        #expect(run.status == 0 || run.status == 3, "\(run.status): \(run.error)")
      }
      landed += runs.filter { $0.status == 0 }.count
      let free = try cli.runConcurrently(
        (0..<6).map { ["unit", "add", "Tổ công nghệ số \(round)-\($0)"] })
      #expect(free.allSatisfy { $0.status == 0 }, "\(free.map(\.error))")
    }
    // With --expect-version 1 on each task, exactly one writer per task can ever land.
    #expect(landed == 2)
    #expect(try cli("verify").status == 0)
    let rebuild = try cli("rebuild", "--json")
    #expect(rebuild.output.contains("\"matches\" : true"))
    let replay = try cli("replay")
    #expect(replay.output.split(separator: "\n").count == 9 + 2 + 24)
  }

  @Test("Opening a file that is not a ledger exits 4 and does not touch it")
  func notALedger() throws {
    let cli = try CLIRunner()
    _ = FileManager.default.createFile(atPath: cli.database, contents: Data("hello".utf8))
    let run = try cli("status")
    #expect(run.status == 4)
    #expect(run.error.contains("is not a ClearLedger ledger"))
    #expect(FileManager.default.contents(atPath: cli.database) == Data("hello".utf8))
    let missing = try CLIRunner()
    #expect(try missing("status").error.contains("clearledger init"))
  }

  @Test("A bad clock override is refused before anything happens")
  func badClock() throws {
    let cli = try CLIRunner(now: "yesterday")
    let run = try cli("init")
    #expect(run.status == 1)
    #expect(run.error.contains("CLEARLEDGER_NOW"))
    #expect(!FileManager.default.fileExists(atPath: cli.database))
  }
}
