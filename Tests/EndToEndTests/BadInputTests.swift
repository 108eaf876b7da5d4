import Foundation
import LedgerTestSupport
import Testing

/// A corpus of bad inputs, each run through the real binary: a clear message naming the
/// problem, a non-zero exit, and a ledger byte-identical afterwards.
@Suite("Bad input is refused cleanly")
struct BadInputTests {
  /// One bad input: the arguments, the exit status, and a fragment of the message.
  struct Case: CustomTestStringConvertible, Sendable {
    var arguments: [String]
    var status: Int32
    var says: String
    var now: String? = nil
    var testDescription: String { arguments.joined(separator: " ") }
  }

  static let longTitle = String(repeating: "Xây dựng cơ sở dữ liệu ", count: 150)
  /// As long as one argument may be on Linux (128 KiB); a 1 MB text comes through a file.
  static let hugeTitle = String(repeating: "a", count: 120_000)

  static let cases: [Case] = [
    // Dates
    Case(
      arguments: ["task", "start", "A", "--on", "31/02/2026"], status: 1,
      says: "“31/02/2026” is not a valid date (no such day, or another format)"),
    Case(
      arguments: ["task", "start", "A", "--on", "2026-02-30"], status: 1, says: "not a valid date"),
    Case(
      arguments: ["task", "start", "A", "--on", "00/01/2026"], status: 1, says: "not a valid date"),
    Case(
      arguments: ["task", "start", "A", "--on", "32/01/2026"], status: 1, says: "not a valid date"),
    Case(
      arguments: ["task", "start", "A", "--on", "yesterday"], status: 1, says: "not a valid date"),
    Case(
      arguments: ["task", "start", "A", "--on", "2026/01/05"], status: 1, says: "not a valid date"),
    Case(
      arguments: ["task", "start", "A", "--on", "06/07/2026"], status: 1, says: "is in the future"),
    Case(
      arguments: ["task", "start", "A", "--on", "04/01/2026"], status: 1,
      says: "before task A was assigned"),
    Case(
      arguments: [
        "task", "assign", "Việc mới cần làm", "--lead", "VHXH", "--role", "Chủ tịch UBND xã",
        "--result", "Sản phẩm", "--due", "Tháng 13/2026",
      ], status: 1, says: "Cannot read the deadline “Tháng 13/2026”"),
    Case(
      arguments: [
        "task", "assign", "Việc mới cần làm", "--lead", "VHXH", "--role", "Chủ tịch UBND xã",
        "--result", "Sản phẩm", "--yearly", "31/02",
      ], status: 1, says: "recurs every year"),
    Case(
      arguments: [
        "task", "assign", "Việc mới cần làm", "--lead", "VHXH", "--role", "Chủ tịch UBND xã",
        "--result", "Sản phẩm", "--yearly", "15/13",
      ], status: 1, says: "recurs every year"),
    Case(
      arguments: [
        "task", "extend", "A", "--to", "31/04/2026", "--reason", "r", "--approved-by", "a",
      ], status: 1, says: "not a valid date"),
    Case(arguments: ["status", "--as-of", "30/02/2026"], status: 1, says: "not a valid date"),
    Case(arguments: ["status", "--known-at", "soon"], status: 1, says: "“soon” is not a moment"),
    Case(
      arguments: ["status", "--known-at", "yesterday"], status: 1,
      says: "Write an instant with its offset such as 2026-07-01T09:00:00+07:00, a time in"),
    // Impossible clock times are refused, not rolled over into another moment.
    Case(
      arguments: ["status", "--known-at", "2026-01-05T25:00:00+07:00"], status: 1,
      says: "“2026-01-05T25:00:00+07:00” is not a moment"),
    Case(
      arguments: ["status", "--known-at", "2026-01-05T10:61:00Z"], status: 1,
      says: "(hours 00–23, minutes and seconds 00–59)"),
    Case(
      arguments: ["status", "--known-at", "2026-01-05T10:00:61+07:00"], status: 1,
      says: "is not a moment"),
    Case(
      arguments: ["status", "--known-at", "2026-01-05T23:59:60Z"], status: 1,
      says: "is not a moment"),
    Case(
      arguments: ["status", "--known-at", "2026-01-05T25:00"], status: 1, says: "is not a moment"),
    Case(
      arguments: [
        "diff", "--known-at", "2026-01-05T10:00:00Z", "--known-at", "2026-02-30T10:00:00Z",
      ], status: 1, says: "is not a moment"),
    Case(arguments: ["replay", "--until", "13/13/2026"], status: 1, says: "not a valid date"),
    // Text
    Case(
      arguments: [
        "task", "assign", "", "--lead", "VHXH", "--role", "Chủ tịch UBND xã", "--result",
        "Sản phẩm", "--ongoing",
      ], status: 1, says: "task text is empty"),
    Case(
      arguments: [
        "task", "assign", "   ", "--lead", "VHXH", "--role", "Chủ tịch UBND xã", "--result",
        "Sản phẩm", "--ongoing",
      ], status: 1, says: "task text is empty"),
    Case(
      arguments: [
        "task", "assign", hugeTitle, "--lead", "VHXH", "--role", "Chủ tịch UBND xã", "--result",
        "Sản phẩm", "--ongoing",
      ], status: 1, says: "longer than 4000 characters"),
    Case(
      arguments: [
        "task", "assign", "Việc\u{7}chuông", "--lead", "VHXH", "--role", "Chủ tịch UBND xã",
        "--result", "Sản phẩm", "--ongoing",
      ], status: 1, says: "control character U+0007"),
    Case(
      arguments: [
        "task", "assign", "Việc mới cần làm", "--lead", "VHXH", "--role", "", "--result",
        "Sản phẩm", "--ongoing",
      ], status: 1, says: "role (--role) is empty"),
    Case(
      arguments: [
        "task", "assign", "Việc mới cần làm", "--lead", "VHXH", "--role", "Chủ tịch UBND xã",
        "--result", " ", "--ongoing",
      ], status: 1, says: "result (--result) is empty"),
    Case(arguments: ["unit", "add", ""], status: 1, says: "unit name is empty"),
    Case(
      arguments: ["unit", "add", String(repeating: "Phòng ", count: 60)], status: 1,
      says: "longer than 300 characters"),
    Case(
      arguments: ["unit", "add", "Phòng Văn hoá - Xã hội"], status: 1,
      says: "is already in the ledger as VHXH"),
    Case(
      arguments: ["unit", "add", "Phòng Văn hóa - Xã hội".decomposedStringWithCanonicalMapping],
      status: 1, says: "is already in the ledger as VHXH"),
    Case(
      arguments: ["unit", "add", "Phòng Kinh tế", "--code", "bad code!"], status: 1,
      says: "cannot be a unit code"),
    Case(
      arguments: ["unit", "add", "Phòng Kinh tế", "--code", "vhxh"], status: 1,
      says: "The unit code VHXH is taken"),
    Case(
      arguments: ["task", "cancel", "A", "--reason", ""], status: 1,
      says: "reason (--reason) is empty"),
    Case(
      arguments: [
        "task", "extend", "A", "--to", "30/07/2026", "--reason", "r", "--approved-by", " ",
      ], status: 1, says: "approver (--approved-by) is empty"),
    Case(arguments: ["report", "A", "\u{1b}[31mđỏ"], status: 1, says: "control character U+001B"),
    // Unknown units and tasks
    Case(
      arguments: [
        "task", "assign", "Việc mới cần làm", "--lead", "Phòng Không Có", "--role",
        "Chủ tịch UBND xã", "--result", "Sản phẩm", "--ongoing",
      ], status: 1, says: "There is no unit “Phòng Không Có”"),
    Case(
      arguments: [
        "task", "assign", "Việc mới cần làm", "--lead", "VHXH", "--support", "XYZ", "--role",
        "Chủ tịch UBND xã", "--result", "Sản phẩm", "--ongoing",
      ], status: 1, says: "There is no unit “XYZ”"),
    Case(
      arguments: ["head", "appoint", "Ban Không Có", "Ai Đó", "--role", "Trưởng ban"], status: 1,
      says: "There is no unit"),
    Case(
      arguments: ["task", "reassign", "A", "--lead", "Đâu Đó", "--reason", "r"], status: 1,
      says: "There is no unit"),
    Case(arguments: ["unit", "view", "ZZZ"], status: 1, says: "There is no unit"),
    Case(arguments: ["status", "--unit", "ZZZ"], status: 1, says: "There is no unit"),
    Case(arguments: ["audit", "--unit", "ZZZ"], status: 1, says: "There is no unit"),
    Case(arguments: ["task", "start", "NOPE"], status: 1, says: "There is no task “NOPE”"),
    Case(arguments: ["report", "NOPE", "tiến độ"], status: 1, says: "There is no task “NOPE”"),
    Case(arguments: ["task", "complete", "bad id"], status: 1, says: "There is no task “bad id”"),
    Case(arguments: ["history", "NOPE"], status: 1, says: "There is no task “NOPE”"),
    Case(arguments: ["audit", "--task", "NOPE"], status: 1, says: "There is no task “NOPE”"),
    Case(
      arguments: [
        "task", "assign", "Việc mới cần làm", "--id", "bad id", "--lead", "VHXH", "--role",
        "Chủ tịch UBND xã", "--result", "Sản phẩm", "--ongoing",
      ], status: 1, says: "cannot be a task id"),
    Case(
      arguments: [
        "task", "assign", "Việc mới cần làm", "--id", "ÂB", "--lead", "VHXH", "--role",
        "Chủ tịch UBND xã", "--result", "Sản phẩm", "--ongoing",
      ], status: 1, says: "cannot be a task id"),
    // Rules
    Case(
      arguments: ["task", "complete", "C"], status: 1,
      says: "Cannot complete task C: it is cancelled"),
    Case(
      arguments: [
        "task", "extend", "A", "--to", "01/06/2026", "--reason", "r", "--approved-by", "a",
      ], status: 1, says: "is not later than"),
    Case(
      arguments: [
        "task", "extend", "A", "--to", "30/06/2026", "--reason", "r", "--approved-by", "a",
      ], status: 1, says: "is not later than"),
    Case(arguments: ["task", "resume", "A"], status: 1, says: "Cannot resume task A"),
    Case(
      arguments: [
        "task", "assign", "Việc trùng mã số", "--id", "A", "--lead", "VHXH", "--role",
        "Chủ tịch UBND xã", "--result", "Sản phẩm", "--ongoing",
      ], status: 1, says: "A task A already exists"),
    Case(
      arguments: [
        "task", "assign", "Việc mới cần làm", "--lead", "VHXH", "--support", "VHXH", "--role",
        "Chủ tịch UBND xã", "--result", "Sản phẩm", "--ongoing",
      ], status: 1, says: "both lead and supporting"),
    Case(
      arguments: [
        "task", "assign", "Việc mới cần làm", "--lead", "VHXH", "--support", "CAX", "--support",
        "Công an xã", "--role", "Chủ tịch UBND xã", "--result", "Sản phẩm", "--ongoing",
      ], status: 1, says: "named twice"),
    Case(
      arguments: ["task", "reassign", "A", "--lead", "VHXH", "--reason", "r"], status: 1,
      says: "already leads task A"),
    Case(
      arguments: ["report", "A", "tiến độ", "--percent", "101"], status: 1, says: "outside 0–100"),
    Case(arguments: ["report", "A", "tiến độ", "--percent=-1"], status: 1, says: "outside 0–100"),
    Case(
      arguments: ["report", "A", "tiến độ", "--doc", "BC-VHXH"], status: 1,
      says: "is not a document number"),
    Case(
      arguments: ["correct", "999", "--reason", "r"], status: 1,
      says: "There is no event at position 999"),
    Case(
      arguments: ["correct", "1", "--reason", "r"], status: 1,
      says: "Cannot retract the registration of unit VHXH"),
    Case(
      arguments: ["correct", "3", "--reason", "r", "--happened-on", "05/01/2026"], status: 1,
      says: "cannot be re-dated"),
    Case(
      arguments: [
        "evaluate", "score", "--person", "Ai", "--year", "2026", "--points", "31", "--reason", "r",
      ], status: 1, says: "points 31 are outside 0–30"),
    Case(
      arguments: [
        "evaluate", "score", "--person", "Ai", "--year", "1999", "--points", "20", "--reason", "r",
      ], status: 1, says: "not a valid year"),
    // A year mistyped is refused, not answered with an empty evaluation or report (trial).
    Case(
      arguments: ["evaluate", "--year", "0"], status: 1,
      says: "0 is not a valid year: give a year from 2000 to 2100"),
    Case(
      arguments: ["evaluate", "--year", "20266"], status: 1, says: "20266 is not a valid year"),
    Case(arguments: ["yearly", "--year", "20266"], status: 1, says: "20266 is not a valid year"),
    // Files, clock, ledger
    Case(
      arguments: ["import", "/nonexistent/plan.txt"], status: 1,
      says: "Cannot read /nonexistent/plan.txt"),
    Case(arguments: ["verify", "--digest", "nonsense"], status: 1, says: "is not a ledger digest"),
    Case(arguments: ["init"], status: 4, says: "A ledger already exists"),
    Case(arguments: ["status"], status: 1, says: "CLEARLEDGER_NOW", now: "not-a-time"),
    Case(
      arguments: ["status"], status: 1, says: "CLEARLEDGER_NOW",
      now: "2026-07-05T24:30:00+07:00"),
    Case(
      arguments: ["unit", "add", "Phòng Kinh tế", "--on", "01/01/2026"], status: 4,
      says: "is behind the ledger's last event", now: "2026-01-02T09:00:00+07:00"),
    Case(
      arguments: ["task", "start", "A", "--expect-version", "7"], status: 3,
      says: "changed since version 7"),
    // Attacks (issue 18): invisible names, a digest at 0, absurd clocks
    Case(arguments: ["unit", "add", "\u{200B}\u{200B}"], status: 1, says: "unit name is empty"),
    Case(
      arguments: ["head", "appoint", "VHXH", "\u{2060}", "--role", "Trưởng phòng"], status: 1,
      says: "person's name is empty"),
    Case(
      arguments: ["verify", "--digest", "0:" + String(repeating: "0", count: 64)], status: 1,
      says: "is not a ledger digest"),
    Case(
      arguments: ["unit", "add", "Phòng Kinh tế"], status: 1, says: "is outside 2000–2100",
      now: "9999-12-31T23:59:59Z"),
    Case(
      arguments: ["status"], status: 1, says: "is outside 2000–2100", now: "1970-01-01T00:00:00Z"),
    // The command line itself
    Case(arguments: ["status", "--lang", "fr"], status: 64, says: "fr"),
    Case(
      arguments: [
        "task", "assign", "Việc mới cần làm", "--lead", "VHXH", "--role", "Chủ tịch UBND xã",
        "--result", "Sản phẩm",
      ], status: 64,
      says:
        "Give exactly one of --due DATE, --ongoing or --yearly DD/MM (or --quarterly, --monthly)."),
    Case(
      arguments: ["diff", "--known-at", "01/07/2026"], status: 64, says: "Give --known-at twice"),
    Case(arguments: ["yearly", "--year", "2026", "--format", "pdf"], status: 64, says: "pdf"),
    Case(
      arguments: ["yearly", "--year", "2026", "--json"], status: 64,
      says: "yearly writes a document, not JSON"),
    Case(arguments: ["audit", "--threshold=-1"], status: 64, says: "0 or more days"),
    // Events files: missing, not JSON Lines, no source named
    Case(arguments: ["events", "import", "missing.jsonl"], status: 1, says: "Cannot read"),
    Case(
      arguments: ["events", "import", "missing.jsonl", "--foreign", "xa"], status: 1,
      says: "Cannot read"),
    Case(
      arguments: ["events", "import", "ledger.sqlite", "--foreign", "xa"], status: 1,
      says: "Line 1: not a ledger event"),
    Case(
      arguments: ["events", "import", "ledger.sqlite", "--foreign", " "], status: 1,
      says: "The source system (--foreign) is empty"),
  ]

  /// A fresh copy of the template ledger, in a folder of its own.
  static func ledger() throws -> CLIRunner {
    let cli = try CLIRunner(now: "2026-01-05T09:00:00+07:00")
    try FileManager.default.copyItem(atPath: try template.get(), toPath: cli.database)
    return cli
  }

  /// Built once: units VHXH, CAX and tasks A (due 30/06, open) and C (cancelled).
  static let template = Result { try makeTemplate().database }

  static func makeTemplate() throws -> CLIRunner {
    let cli = try CLIRunner(now: "2026-01-05T09:00:00+07:00")
    for step in [
      ["init"], ["unit", "add", "Phòng Văn hóa - Xã hội", "--code", "VHXH", "--on", "01/01/2026"],
      ["unit", "add", "Công an xã", "--on", "01/01/2026"],
      [
        "task", "assign", "Hoàn thành kết nối cơ sở dữ liệu", "--id", "A", "--lead", "VHXH",
        "--role", "Chủ tịch UBND xã", "--result", "CSDL vận hành", "--due", "30/06/2026",
      ],
      [
        "task", "assign", "Việc sẽ bị hủy", "--id", "C", "--lead", "VHXH", "--role",
        "Chủ tịch UBND xã", "--result", "Sản phẩm", "--ongoing",
      ],
      ["task", "cancel", "C", "--reason", "Không còn phù hợp"],
    ] {
      let run = try cli.run(step)
      precondition(run.status == 0, "set-up failed: \(step) \(run.error)")
    }
    return cli
  }

  @Test(
    "Each bad input gets a clear message, a non-zero exit, and leaves the ledger as it was",
    arguments: cases)
  func refused(_ bad: Case) throws {
    let cli = try Self.ledger()
    let before = cli.fileBytes()
    let run = try cli.run(bad.arguments, now: bad.now ?? "2026-07-05T09:00:00+07:00")
    #expect(run.status == bad.status, "\(run.error)")
    #expect(run.error.contains(bad.says), "\(run.error)")
    for raw in ["SQLITE", "constraint failed", "no such table", "database is locked"] {
      #expect(!run.error.contains(raw), "a raw SQLite message reached the user: \(run.error)")
    }
    #expect(!run.error.contains("Fatal error"))
    #expect(cli.fileBytes() == before)
  }

  @Test("The corpus has at least sixty cases")
  func corpusSize() {
    #expect(Self.cases.count >= 60)
  }

  @Test("Awkward but valid input is taken exactly")
  func awkwardButValid() throws {
    let cli = try Self.ledger()
    let now = "2026-07-05T09:00:00+07:00"
    let injection = "Robert'); DROP TABLE events;-- \"trích dẫn\" 100% <b>đậm</b>"
    #expect(try cli("report", "A", injection, now: now).status == 0)
    #expect(
      try cli(
        "task", "assign", Self.longTitle.trimmingCharacters(in: .whitespaces), "--id", "L",
        "--lead", "phòng văn hoá – xã hội", "--role", "Chủ tịch UBND xã", "--result", "Sản phẩm",
        "--ongoing", now: now
      ).status == 0)
    let nfd = "Trung tâm Phục vụ hành chính công xã".decomposedStringWithCanonicalMapping
    #expect(try cli("unit", "add", nfd, now: now).status == 0)
    let history = try cli("history", "A", "--json", now: now)
    let events = try #require(
      try JSONSerialization.jsonObject(with: Data(history.output.utf8)) as? [[String: Any]])
    #expect((events.last?["payload"] as? [String: Any])?["text"] as? String == injection)
    let units = try cli("unit", "list", "--json", now: now)
    let names = try #require(
      try JSONSerialization.jsonObject(with: Data(units.output.utf8)) as? [[String: Any]]
    ).compactMap { $0["name"] as? String }
    #expect(names.contains("Trung tâm Phục vụ hành chính công xã"))
    #expect(
      names.allSatisfy {
        $0.unicodeScalars.elementsEqual($0.precomposedStringWithCanonicalMapping.unicodeScalars)
      })
    #expect(names.count == 3)
    #expect(try cli("verify", now: now).status == 0)
  }
}

/// Bad files and damaged ledgers, through the real binary.
@Suite("Bad files and damaged ledgers are refused cleanly")
struct BadFileTests {
  func write(_ data: Data, _ name: String, in cli: CLIRunner) -> String {
    let path = cli.folder.appendingPathComponent(name).path
    _ = FileManager.default.createFile(atPath: path, contents: data)
    return path
  }

  @Test(
    "Plan files that cannot be taken",
    arguments: [
      (
        "no-table.txt", Data("Số: 12/KH-UBND\n\nKẾ HOẠCH\nKhông có phụ lục nào.\n".utf8),
        "No task table found"
      ),
      ("binary.txt", Data([0x00, 0xFF, 0xFE, 0x00, 0x12, 0x9F]), "Cannot read"),
      ("empty.txt", Data(), "the file is empty"),
      (
        "huge-cell.txt",
        Data(
          PlanFixtures.plan(rows: [.init(String(repeating: "Số hóa hồ sơ ", count: 80_000))]).utf8),
        "longer than 4000 characters"
      ),
      (
        "bad-deadline.txt",
        Data(
          PlanFixtures.plan(rows: [.init("Lắp wifi tại nhà văn hóa", deadline: "Quý V/2026")]).utf8),
        "cannot read the deadline “Quý V/2026”"
      ),
      (
        // A sheet (";", with a BOM) whose header lacks the lead and deadline columns: the
        // refusal names them (trial: "No task table found").
        "no-lead-column.csv",
        Data(
          "\u{FEFF}STT;Nội dung công việc;Cơ quan phối hợp;Kết quả\n1;Lắp camera;Công an xã;Camera\n"
            .utf8),
        "but no lead unit, deadline column"
      ),
      (
        "no-lead.csv",
        Data("STT,Nội dung,Cơ quan chủ trì,Thời hạn\n1,Việc không có chủ trì,,Năm 2026\n".utf8),
        "no lead unit"
      ),
    ])
  func badPlans(name: String, content: Data, says: String) throws {
    let cli = try BadInputTests.ledger()
    let path = write(content, name, in: cli)
    let before = cli.fileBytes()
    let run = try cli("import", path, now: "2026-07-05T09:00:00+07:00")
    #expect(run.status == 1, "\(run.error)")
    #expect(run.error.contains(says), "\(run.error)")
    #expect(cli.fileBytes() == before)
  }

  @Test("An event of an unknown schema version is reported, not misread")
  func unknownSchemaVersion() throws {
    let cli = try BadInputTests.ledger()
    let sqlite = URL(fileURLWithPath: "/usr/bin/sqlite3")
    try #require(
      FileManager.default.isExecutableFile(atPath: sqlite.path), "sqlite3 shell is needed")
    let insert = """
      INSERT INTO events (position, stream, version, type, schema_version, effective, recorded, actor, payload, prev_hash, hash)
      SELECT max(position) + 1, 'task:A', 2, 'task.started', 99, '2026-01-05', '2026-01-05T03:00:00.000Z', 'future',
        '{"by":"someone","new_field":1}', (SELECT hash FROM events ORDER BY position DESC LIMIT 1),
        '1111111111111111111111111111111111111111111111111111111111111111' FROM events;
      """
    let tampered = try cli.run([cli.database, insert], program: sqlite)
    #expect(tampered.status == 0, "\(tampered.error)")
    let before = cli.fileBytes()
    let run = try cli("history", "A", now: "2026-07-05T09:00:00+07:00")
    #expect(run.status == 4)
    #expect(run.error.contains("task.started version 99"))
    #expect(run.error.contains("Upgrade clearledger"))
    #expect(cli.fileBytes() == before)
  }

  @Test("A ledger written by a newer clearledger is refused, and left alone")
  func newerLedger() throws {
    let cli = try BadInputTests.ledger()
    let sqlite = URL(fileURLWithPath: "/usr/bin/sqlite3")
    try #require(
      FileManager.default.isExecutableFile(atPath: sqlite.path), "sqlite3 shell is needed")
    #expect(
      try cli.run([cli.database, "INSERT INTO grdb_migrations VALUES ('v99')"], program: sqlite)
        .status == 0)
    let before = cli.fileBytes()
    for arguments in [["status"], ["task", "start", "A"], ["verify"]] {
      let run = try cli.run(arguments, now: "2026-07-05T09:00:00+07:00")
      #expect(run.status == 4)
      #expect(run.error.contains("was written by a newer clearledger"))
    }
    #expect(cli.fileBytes() == before)
  }
}

/// Events files through the binary: a round trip, and broken files refused by line.
@Suite("Events files end to end")
struct EventsFileTests {
  @Test("Export then import into a new ledger reproduces it; broken files are refused by line")
  func roundTripAndRefusals() throws {
    let source = try BadInputTests.ledger()
    let exported = try source("events", "export", now: "2026-07-05T09:00:00+07:00")
    #expect(exported.status == 0)
    let lines = exported.output.split(separator: "\n").map(String.init)
    #expect(lines.count == 5)

    let target = try CLIRunner(now: "2026-07-05T09:00:00+07:00")
    #expect(try target("init").status == 0)
    func file(_ name: String, _ lines: [String]) throws -> String {
      let path = target.folder.appendingPathComponent(name).path
      try (lines.joined(separator: "\n") + "\n").write(
        toFile: path, atomically: true, encoding: .utf8)
      return path
    }
    let broken: [(String, [String], String)] = [
      (
        "truncated.jsonl", Array(lines.prefix(2)) + [String(lines[2].prefix(50))],
        "Line 3: not a ledger event"
      ),
      (
        "future.jsonl",
        Array(lines.prefix(3)) + [
          lines[3].replacingOccurrences(
            of: #""schema_version":[0-9]+"#, with: "\"schema_version\":7",
            options: .regularExpression)
        ],
        "Line 4: the event type task.assigned version 7 is unknown"
      ),
      ("gap.jsonl", [lines[0], lines[2]], "Line 2: its position is not 2"),
      ("binary.jsonl", ["\u{0}\u{1}\u{2}"], "Line 1: not a ledger event"),
    ]
    for (name, content, says) in broken {
      let before = target.fileBytes()
      let run = try target("events", "import", try file(name, content))
      #expect(run.status == 1, "\(name): \(run.error)")
      #expect(run.error.contains(says), "\(name): \(run.error)")
      #expect(target.fileBytes() == before, "\(name)")
    }
    let good = try target("events", "import", try file("all.jsonl", lines))
    #expect(good.status == 0, "\(good.error)")
    #expect(try target("digest").output == (try source("digest")).output)
    #expect(try target("verify").status == 0)
  }
}

/// Another system's export through the binary: recorded once, refused whole, in Vietnamese.
@Suite("Foreign facts end to end")
struct ForeignFactsFileTests {
  @Test("--foreign records the facts once; a refused line leaves the file byte-identical")
  func foreignImport() throws {
    let source = try BadInputTests.ledger()
    let exported = try source("events", "export", now: "2026-07-05T09:00:00+07:00")
    let lines = exported.output.split(separator: "\n").map(String.init)
    let target = try CLIRunner(now: "2026-07-06T09:00:00+07:00")
    #expect(try target("init").status == 0)
    let path = target.folder.appendingPathComponent("xa.jsonl").path
    try (lines.joined(separator: "\n") + "\n").write(
      toFile: path, atomically: true, encoding: .utf8)

    let first = try target(
      "events", "import", path, "--foreign", "xã Chí Minh", "--actor", "Văn phòng huyện",
      "--json")
    #expect(first.status == 0, "\(first.error)")
    #expect(first.output.contains("\"imported\" : \(lines.count)"), "\(first.output)")
    let again = try target(
      "events", "import", path, "--foreign", "xã Chí Minh", "--lang", "vi")
    #expect(again.status == 0)
    #expect(again.output.contains("bỏ qua \(lines.count) sự kiện đã có"), "\(again.output)")
    #expect(try target("verify").status == 0)
    let history = try target("replay", "--lang", "vi").output
    #expect(history.contains("bởi Văn phòng huyện · nhập từ xã Chí Minh"), "\(history)")

    let bad = target.folder.appendingPathComponent("bad.jsonl").path
    try
      (#"{"id": "x1", "stream": "task:KHONG-CO", "type": "task.started", "effective": "2026-07-01", "payload": {}}"#
      + "\n").write(toFile: bad, atomically: true, encoding: .utf8)
    let before = target.fileBytes()
    let refused = try target("events", "import", bad, "--foreign", "khác", "--lang", "vi")
    #expect(refused.status == 1)
    #expect(refused.error.contains("Dòng 1: "), "\(refused.error)")
    #expect(refused.error.contains("KHONG-CO"), "\(refused.error)")
    #expect(refused.error.contains("Không nhập gì."), "\(refused.error)")
    #expect(!refused.error.lowercased().contains("sqlite"))
    #expect(target.fileBytes() == before)
  }
}
