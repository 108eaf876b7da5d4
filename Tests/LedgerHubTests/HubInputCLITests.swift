import Foundation
import LedgerTestSupport
import PostgresNIO
import Testing

@testable import LedgerHub

/// What is given to `clearledger hub …` (a source's id and name, the hub's address, a folder,
/// an export, a year), refused with what to do, through the real binary against a real
/// PostgreSQL (a fresh-eyes trial's findings).
@Suite(
  "What is given to the hub, refused clearly",
  .enabled(if: TestPostgres.url != nil, TestPostgres.skipReason))
struct HubInputCLITests {
  /// A runner with its own new hub, initialised.
  func hub(_ name: String) async throws -> CLIRunner {
    var cli = try CLIRunner(now: "2026-12-01T09:00:00+07:00")
    cli.environment["CLEARLEDGER_HUB_URL"] = try await TestPostgres.database(name)
    #expect(try cli("hub", "init").status == 0)
    return cli
  }

  /// A small commune ledger of its own (`name.sqlite`): two units, and a head of one when
  /// `head` says so; its runner.
  func commune(_ name: String, of cli: CLIRunner, head: Bool = true) throws -> CLIRunner {
    var commune = cli
    commune.environment["CLEARLEDGER_DB"] = cli.folder.appendingPathComponent("\(name).sqlite").path
    var steps: [[String]] = [
      ["init"], ["unit", "add", "Văn phòng \(name)", "--code", "VP", "--on", "01/01/2026"],
      ["unit", "add", "Phòng Văn hóa - Xã hội", "--code", "VHXH", "--on", "01/01/2026"],
    ]
    if head {
      steps.append([
        "head", "appoint", "VHXH", "Trần Thị Bình", "--role", "Trưởng phòng", "--on", "01/01/2026",
      ])
    }
    for step in steps {
      let run = try commune.run(step)
      #expect(run.status == 0, "\(step): \(run.error)")
    }
    return commune
  }

  /// The commune's `events export`, written to `file` in the runner's folder; its lines.
  @discardableResult
  func export(_ commune: CLIRunner, to file: URL) throws -> [Substring] {
    let export = try commune("events", "export")
    #expect(export.status == 0, "\(export.error)")
    try export.output.write(to: file, atomically: true, encoding: .utf8)
    return export.output.split(separator: "\n")
  }

  /// The objects of a `--json` array answer.
  func rows(_ run: CLIRunner.Run) throws -> [[String: Any]] {
    #expect(run.status == 0, "\(run.error)")
    return try #require(
      try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]])
  }

  /// The `code` of a `--json` error on standard error.
  func code(_ run: CLIRunner.Run) -> String? {
    guard let object = try? JSONSerialization.jsonObject(with: Data(run.error.utf8)),
      let error = (object as? [String: Any])?["error"] as? [String: Any]
    else { return nil }
    return error["code"] as? String
  }

  @Test(
    "A source's name follows the ledger's name rules: no control, escape, bidi, invisible or mixed-script name is written"
  )
  func sourceNames() async throws {
    let cli = try await hub("input_names")
    let refused: [(name: String, code: String)] = [
      ("Xã \u{1B}[31mĐỏ", "control_character"),
      ("Xã\u{7}Chuông", "control_character"),
      ("Xã \u{202E}hniM íhC", "control_character"),
      ("\u{200B}\u{2060}\u{FEFF}", "empty_text"),
      ("Xã Chí M\u{456}nh", "mixed_script"),
    ]
    for (index, bad) in refused.enumerated() {
      let run = try cli("hub", "add-source", "xa-\(index)", "--name", bad.name, "--json")
      #expect(run.status == 1, "\(bad.name.unicodeScalars.map(\.value))")
      #expect(code(run) == bad.code, "\(run.error)")
    }
    // Nothing was written for any of them.
    #expect(try rows(try cli("hub", "sources", "--json")).isEmpty)
    #expect(try cli("hub", "sources").output == "No sources yet.\n")
    // The text error names the scripts mixed, and shows an escape as text.
    let mixed = try cli("hub", "add-source", "xa-m", "--name", "Xã Chí M\u{456}nh")
    #expect(mixed.error.contains("Cyrillic") && mixed.error.contains("Latin"), "\(mixed.error)")
    #expect(
      try cli("hub", "add-source", "xa-m", "--name", "Xã Chí M\u{456}nh", "--allow-mixed-script")
        .status == 0)

    // Stored NFC, whatever form it was typed in; spaces collapsed.
    let decomposed = "Xã Tân Hòa".decomposedStringWithCanonicalMapping
    #expect(decomposed.unicodeScalars.count != "Xã Tân Hòa".unicodeScalars.count)
    #expect(try cli("hub", "add-source", "xa-tan-hoa", "--name", "  \(decomposed)  ").status == 0)
    let sources = try rows(try cli("hub", "sources", "--json"))
    let stored = sources.first { $0["id"] as? String == "xa-tan-hoa" }?["name"] as? String
    #expect(stored.map { Array($0.unicodeScalars) } == Array("Xã Tân Hòa".unicodeScalars))

    // The id: the characters allowed are named, for add-source and ingest alike; an escape in
    // it is shown as text.
    let badID = try cli("hub", "add-source", "Xa_1\u{1B}[2J", "--name", "Xã Một")
    #expect(badID.status == 1)
    #expect(
      badID.error.contains(
        "use lower-case letters without accents (a–z), digits (0–9) and hyphens (-), starting with a letter or digit, at most 63 characters"
      ),
      "\(badID.error)")
    #expect(!badID.error.contains("\u{1B}") && badID.error.contains("\\u{1B}[2J"))
    let file = cli.folder.appendingPathComponent("x.jsonl")
    try export(try commune("xa-x", of: cli), to: file)
    let ingestBadID = try cli("hub", "ingest", "XA_X", file.path, "--json")
    #expect(ingestBadID.status == 1 && code(ingestBadID) == "invalid_source_name")
  }

  @Test(
    "A source id typed in capitals is the same id (trial: `--source XA-H` was told to add the source xa-h)"
  )
  func sourceIDInCapitals() async throws {
    let cli = try await hub("input_capitals")
    let added = try cli("hub", "add-source", "XA-HOA", "--name", "Xã Hòa", "--json")
    #expect(added.status == 0, "\(added.error)")
    #expect(try rows(try cli("hub", "sources", "--json")).map { $0["id"] as? String } == ["xa-hoa"])
    let commune = try commune("hoa", of: cli)
    let file = cli.folder.appendingPathComponent("hoa.jsonl")
    let lines = try export(commune, to: file)
    let ingest = try cli("hub", "ingest", "Xa-Hoa", file.path)
    #expect(ingest.status == 0, "\(ingest.error)")
    #expect(ingest.output.contains("xa-hoa"), "\(ingest.output)")
    for view in ["status", "units", "heads", "overdue"] {
      let upper = try cli("hub", view, "--source", "XA-HOA", "--json")
      #expect(upper.status == 0, "\(view): \(upper.error)")
      #expect(
        upper.output == (try cli("hub", view, "--source", "xa-hoa", "--json")).output, "\(view)")
    }
    // A folder's file named in capitals is its source's export: held already, nothing new.
    let folder = cli.folder.appendingPathComponent("exports")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: file, to: folder.appendingPathComponent("XA-HOA.jsonl"))
    let taken = try cli("hub", "ingest", "--dir", folder.path, "--json")
    #expect(taken.status == 0, "\(taken.error)")
    #expect(taken.output.contains("\"xa-hoa\""), "\(taken.output)")
    let held = try rows(try cli("hub", "sources", "--json")).first?["events"] as? Int
    #expect(held == lines.count)
    // Not an id in any case: still refused with the characters allowed.
    let bad = try cli("hub", "status", "--source", "XA_HOA", "--json")
    #expect(bad.status == 1 && code(bad) != nil, "\(bad.error)")
  }

  @Test(
    "A source asked for by its name, as people write it, is told its id, not to add it again (trial: \"add it with hub add-source\")"
  )
  func sourceAskedByName() async throws {
    let cli = try await hub("input_by_name")
    #expect(try cli("hub", "add-source", "xa-an-binh", "--name", "Xã An Bình").status == 0)
    for typed in ["Xã An Bình", "xã an bình", "Xa An Binh"] {
      let run = try cli("hub", "status", "--source", typed, "--json")
      #expect(run.status == 1, "\(typed)")
      #expect(code(run) == "source_asked_by_name", "\(typed): \(run.error)")
      let text = try cli("hub", "units", "--source", typed)
      #expect(
        text.error.contains("xa-an-binh") && !text.error.contains("add-source"), "\(text.error)")
    }
    // A name no source bears is still unknown, and says how to add it.
    let unknown = try cli("hub", "status", "--source", "Xã Khác", "--json")
    #expect(code(unknown) == "unknown_source")
    // Ingesting under the name is told the id too (trial: "cannot name a source").
    let file = cli.folder.appendingPathComponent("xa.jsonl")
    try "{}\n".write(to: file, atomically: true, encoding: .utf8)
    let ingest = try cli("hub", "ingest", "Xã An Bình", file.path, "--json")
    #expect(code(ingest) == "source_asked_by_name", "\(ingest.error)")
    #expect(ingest.error.contains("xa-an-binh"))
    let invalid = try cli("hub", "ingest", "Xã Khác", file.path, "--json")
    #expect(code(invalid) == "invalid_source_name", "\(invalid.error)")
    // Two names spelt alike without marks: written with its marks, each is its own source;
    // written without, it is neither, and both are named (trial: one was picked).
    #expect(try cli("hub", "add-source", "xa-an-binh-2", "--name", "Xã Ân Bình").status == 0)
    let marked = try cli("hub", "status", "--source", "Xã Ân Bình", "--json")
    #expect(code(marked) == "source_asked_by_name" && marked.error.contains("xa-an-binh-2"))
    for asked in [
      ["hub", "status", "--source", "Xa An Binh", "--json"],
      ["hub", "ingest", "Xa An Binh", file.path, "--json"],
    ] {
      let both = try cli.run(asked)
      #expect(code(both) == "source_name_ambiguous", "\(asked): \(both.error)")
      #expect(both.error.contains("xa-an-binh (Xã An Bình)"), "\(both.error)")
      #expect(both.error.contains("xa-an-binh-2 (Xã Ân Bình)"), "\(both.error)")
    }
  }

  @Test(
    "A file named for another source is refused before anything is written (trial: taken for good as the wrong commune's)"
  )
  func fileNamedForAnotherSource() async throws {
    let cli = try await hub("input_file_named")
    #expect(try cli("hub", "add-source", "xa-an-binh", "--name", "Xã An Bình").status == 0)
    #expect(try cli("hub", "add-source", "xa-hoa-son", "--name", "Xã Hoà Sơn").status == 0)
    let file = cli.folder.appendingPathComponent("XA-AN-BINH.jsonl")
    try "{}\n".write(to: file, atomically: true, encoding: .utf8)
    let refused = try cli("hub", "ingest", "xa-hoa-son", file.path, "--json")
    #expect(code(refused) == "file_named_for_another_source", "\(refused.error)")
    #expect(refused.error.contains("hub ingest xa-an-binh"), "\(refused.error)")
    let held = try rows(try cli("hub", "sources", "--json")).map { $0["events"] as? Int }
    #expect(held == [0, 0])
    // A file named for no source, or for its own, goes on to be read (and this one is bad).
    let other = cli.folder.appendingPathComponent("ban-xuat.jsonl")
    try "{}\n".write(to: other, atomically: true, encoding: .utf8)
    let read = try cli("hub", "ingest", "xa-hoa-son", other.path, "--json")
    #expect(code(read) != "file_named_for_another_source" && read.status != 0, "\(read.error)")
  }

  @Test("A source's name held from before the rules is shown escaped in every text answer")
  func namesEscaped() async throws {
    let cli = try await hub("input_escaped")
    // A row written before the hub refused control characters.
    let url = try #require(cli.environment["CLEARLEDGER_HUB_URL"])
    let raw = "Xã \u{1B}[31mCũ\u{202E}"
    _ = try await Hub.with(try HubAddress(url: url)) { hub in
      try await hub.query("INSERT INTO hub_sources (source, name) VALUES ('xa-cu', \(raw))")
    }
    let file = cli.folder.appendingPathComponent("xa-cu.jsonl")
    try export(try commune("xa-cu", of: cli), to: file)
    #expect(try cli("hub", "ingest", "xa-cu", file.path).status == 0)
    for arguments in [["hub", "sources"], ["hub", "evaluate", "--year", "2026"]] {
      let run = try cli.run(arguments)
      #expect(run.status == 0, "\(arguments): \(run.error)")
      #expect(run.output.contains("Xã \\u{1B}[31mCũ\\u{202E}"), "\(arguments): \(run.output)")
      #expect(!run.output.contains("\u{1B}") && !run.output.contains("\u{202E}"), "\(arguments)")
    }
    // JSON stays exact: the name as held.
    #expect(try rows(try cli("hub", "sources", "--json")).first?["name"] as? String == raw)
  }

  @Test(
    "A connection that fails says why: no address, not a URL, the user refused, no database, no server"
  )
  func connectionFailures() async throws {
    var cli = try CLIRunner(now: "2026-12-01T09:00:00+07:00")
    let url = try await TestPostgres.database("input_conn")
    cli.environment["CLEARLEDGER_HUB_URL"] = nil
    let missing = try cli("hub", "status")
    #expect(missing.status == 4)
    #expect(missing.error.contains("The hub's address is missing."), "\(missing.error)")
    #expect(missing.error.contains("--postgres") && missing.error.contains("CLEARLEDGER_HUB_URL"))
    #expect(!missing.error.contains("Usage:"))

    let notURL = try cli("hub", "status", "--postgres", "localhost:5432/hub", "--json")
    #expect(notURL.status == 4 && code(notURL) == "not_a_hub_address", "\(notURL.error)")
    let notURLText = try cli("hub", "sources", "--postgres", "hub on the server")
    #expect(
      notURLText.error.contains(
        "“hub on the server” is not a PostgreSQL address. Write it as postgres://user[:password]@host[:port]/database"
      ), "\(notURLText.error)")
    #expect(!notURLText.error.contains("server running"))

    var parts = try #require(URLComponents(string: url))
    parts.user = "khong_co_ai"
    let wrongUser = try cli("hub", "status", "--postgres", try #require(parts.string))
    #expect(wrongUser.status == 4)
    #expect(
      wrongUser.error.contains("refused the user “khong_co_ai”: no such user, or a wrong password"),
      "\(wrongUser.error)")
    #expect(!wrongUser.error.contains("server running"))
    #expect(
      try cli("hub", "status", "--postgres", try #require(parts.string), "--json").error
        .contains("\"code\" : \"hub_login_refused\""))

    parts = try #require(URLComponents(string: url))
    parts.path = "/hub_test_khong_co"
    let noDatabase = try cli(
      "hub", "init", "--postgres", try #require(parts.string), "--lang", "en")
    #expect(noDatabase.status == 4)
    let port = try #require(parts.port)
    #expect(
      noDatabase.error.contains("has no database “hub_test_khong_co”")
        && noDatabase.error.contains(
          "createdb -h 127.0.0.1 -p \(port) -U \(parts.user ?? "") hub_test_khong_co"),
      "\(noDatabase.error)")
    let noDatabaseVi = try cli(
      "hub", "init", "--postgres", try #require(parts.string), "--lang", "vi")
    #expect(noDatabaseVi.error.contains("không có cơ sở dữ liệu “hub_test_khong_co”"))

    // No server: the only failure that is "cannot reach".
    let down = try cli("hub", "status", "--postgres", "postgres://test@127.0.0.1:1/hub")
    #expect(down.status == 4 && down.error.contains("that the PostgreSQL server is running"))
  }

  @Test(
    "A folder's other files are named with why they were skipped; a folder with no export is refused"
  )
  func folderSkips() async throws {
    let cli = try await hub("input_folder")
    let folder = cli.folder.appendingPathComponent("exports")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("cu"), withIntermediateDirectories: true)
    let commune = try commune("xa-a", of: cli)
    for name in ["xa-a.json", "xa-a.JSONL", "xa-a.jsonl.txt"] {
      try export(commune, to: folder.appendingPathComponent(name))
    }
    // Nothing named SOURCE.jsonl: refused, each other file named with its reason.
    let none = try cli("hub", "ingest", "--dir", folder.path)
    #expect(none.status == 1, "\(none.output)")
    #expect(
      none.error.contains(
        "skipped “xa-a.JSONL”: its extension is .JSONL; write it in lower case: SOURCE.jsonl"),
      "\(none.error)")
    #expect(none.error.contains("skipped “xa-a.json”: its name is not SOURCE.jsonl"))
    #expect(none.error.contains("skipped “xa-a.jsonl.txt”: its name is not SOURCE.jsonl"))
    #expect(none.error.contains("skipped “cu”: a folder, not a file"))
    #expect(
      none.error.contains(
        "No file in “\(folder.path)” is named SOURCE.jsonl; nothing was ingested."))
    #expect(!none.output.contains("Took"))
    let noneJSON = try cli("hub", "ingest", "--dir", folder.path, "--json")
    #expect(noneJSON.status == 1 && code(noneJSON) == "no_export_in_folder")
    let empty = cli.folder.appendingPathComponent("nothing")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    let emptyFolder = try cli("hub", "ingest", "--dir", empty.path, "--lang", "vi")
    #expect(emptyFolder.status == 1)
    #expect(emptyFolder.error.contains("Thư mục không có tệp nào."), "\(emptyFolder.error)")

    // With one export beside them: taken, the others still named; --json lists them.
    #expect(try cli("hub", "add-source", "xa-a", "--name", "Xã A").status == 0)
    let lines = try export(commune, to: folder.appendingPathComponent("xa-a.jsonl"))
    let one = try cli("hub", "ingest", "--dir", folder.path)
    #expect(one.status == 0, "\(one.error)")
    #expect(
      one.output.contains("Took 1 file (\(lines.count) new events); refused 0."), "\(one.output)")
    #expect(one.error.contains("skipped “xa-a.JSONL”"))
    let json = try cli("hub", "ingest", "--dir", folder.path, "--json")
    let answer = try #require(
      try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
    let skipped = try #require(answer["skipped"] as? [[String: Any]])
    #expect(
      skipped.compactMap { $0["file"] as? String } == [
        "cu", "xa-a.JSONL", "xa-a.json", "xa-a.jsonl.txt",
      ])
    #expect(skipped.allSatisfy { !($0["reason"] as? String ?? "").isEmpty })
    #expect(json.error.isEmpty, "JSON answers on standard output only")
  }

  @Test("An export with no event is refused, nothing written; a missing line names the source")
  func emptyAndBrokenExports() async throws {
    let cli = try await hub("input_empty")
    #expect(try cli("hub", "add-source", "xa-a", "--name", "Xã A").status == 0)
    let empty = cli.folder.appendingPathComponent("xa-a.jsonl")
    try "\n\n".write(to: empty, atomically: true, encoding: .utf8)
    let text = try cli("hub", "ingest", "xa-a", empty.path)
    #expect(text.status == 1)
    #expect(
      text.error.contains("The file for xa-a holds no event; nothing was written."), "\(text.error)"
    )
    #expect(text.output.isEmpty)
    let json = try cli("hub", "ingest", "xa-a", empty.path, "--json")
    #expect(json.status == 1 && code(json) == "empty_export" && json.output.isEmpty)
    // In a folder: refused by name, in `refused`.
    let folder = cli.folder.appendingPathComponent("exports")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try "".write(to: folder.appendingPathComponent("xa-a.jsonl"), atomically: true, encoding: .utf8)
    let dir = try cli("hub", "ingest", "--dir", folder.path, "--json")
    #expect(dir.status == 1)
    let answer = try #require(
      try JSONSerialization.jsonObject(with: Data(dir.output.utf8)) as? [String: Any])
    let refused = try #require(answer["refused"] as? [[String: Any]])
    #expect(refused.map { $0["code"] as? String } == ["empty_export"])
    #expect((answer["taken"] as? [Any])?.isEmpty == true)
    #expect(try cli("hub", "sources", "--json").output.contains("\"events\" : 0"))

    // Another kind of file (a ledger's .sqlite, a plan) is told as such, with the export to
    // make (trial: "Line 1: not a ledger event").
    for (name, content) in [
      ("xa.sqlite", "SQLite format 3\u{0}\u{10}\u{0}\u{1}"),
      ("plan.txt", "\n\nỦY BAN NHÂN DÂN XÃ\nKế hoạch số 12/KH-UBND\n"),
    ] {
      let other = cli.folder.appendingPathComponent(name)
      try content.write(to: other, atomically: true, encoding: .utf8)
      let run = try cli("hub", "ingest", "xa-a", other.path)
      #expect(run.status == 1)
      #expect(run.error.contains("this is not an events file"), "\(name): \(run.error)")
      #expect(run.error.contains("clearledger events export --db"), "\(name): \(run.error)")
    }
    #expect(try cli("hub", "sources", "--json").output.contains("\"events\" : 0"))

    // A line taken out of the middle: the file's fault, told of the source's file.
    let commune = try commune("xa-a", of: cli)
    var lines = try export(commune, to: empty)
    #expect(lines.count >= 3)
    lines.remove(at: 1)
    try (lines.joined(separator: "\n") + "\n").write(to: empty, atomically: true, encoding: .utf8)
    let gap = try cli("hub", "ingest", "xa-a", empty.path)
    #expect(gap.status == 1)
    #expect(
      gap.error.contains(
        "Line 2: its position is not 2, the next in the file for xa-a (a line is missing or out of order)"
      ), "\(gap.error)")
    #expect(!gap.error.contains("this ledger"))
    #expect(try cli("hub", "sources", "--json").output.contains("\"events\" : 0"))
  }

  @Test("Counts read right, an empty heads view says so, and a mistyped year is refused")
  func smallPoints() async throws {
    let cli = try await hub("input_small")
    #expect(try cli("hub", "heads").output == "No heads yet.\n")
    #expect(try cli("hub", "heads", "--lang", "vi").output == "Chưa có người đứng đầu nào.\n")
    #expect(try cli("hub", "add-source", "xa-a", "--name", "Xã A").status == 0)
    var commune = try commune("xa-a", of: cli, head: false)
    let file = cli.folder.appendingPathComponent("xa-a.jsonl")
    let lines = try export(commune, to: file)
    #expect(try cli("hub", "ingest", "xa-a", file.path).status == 0)
    // A commune without heads: the hub says what the commune's own `head view` says.
    #expect(try commune("head", "view").output == "No heads yet.\n")
    #expect(try cli("hub", "heads").output == "No heads yet.\n")
    #expect(try rows(try cli("hub", "heads", "--json")).isEmpty)

    // One new event: singular.
    commune.environment["CLEARLEDGER_NOW"] = "2026-12-01T10:00:00+07:00"
    #expect(try commune("unit", "add", "Phòng Kinh tế", "--code", "KT").status == 0)
    try export(commune, to: file)
    let one = try cli("hub", "ingest", "xa-a", file.path)
    #expect(
      one.output.contains("Added 1 new event of xa-a; \(lines.count) were already held."),
      "\(one.output)")
    let folder = cli.folder.appendingPathComponent("exports")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try export(commune, to: folder.appendingPathComponent("xa-a.jsonl"))
    let again = try cli("hub", "ingest", "--dir", folder.path)
    #expect(again.output.contains("Took 1 file (0 new events); refused 0."), "\(again.output)")
    let againVi = try cli("hub", "ingest", "--dir", folder.path, "--lang", "vi")
    #expect(
      againVi.output.contains("Đã nhận 1 tệp, không có sự kiện mới; không tệp nào bị từ chối."),
      "\(againVi.output)")

    // Years outside 2000–2100.
    for year in ["0", "20266", "1999"] {
      let run = try cli("hub", "evaluate", "--year", year, "--json")
      #expect(run.status == 1 && code(run) == "invalid_year", "\(year): \(run.error)")
    }
    #expect(
      try cli("hub", "evaluate", "--year", "20266").error.contains(
        "20266 is not a valid year: give a year from 2000 to 2100"))
    #expect(try cli("hub", "evaluate", "--year", "2026").status == 0)
  }

  @Test("The session opened while the command line is read is the address the options give")
  func earlySession() async throws {
    let cli = try await hub("input_early")
    let url = try #require(cli.environment["CLEARLEDGER_HUB_URL"])
    // The address is `--postgres` (either form) over CLEARLEDGER_HUB_URL, as the options read
    // it: with the variable naming no server, the command still reads the hub named.
    var other = cli
    other.environment["CLEARLEDGER_HUB_URL"] = "postgres://nobody@127.0.0.1:1/none?sslmode=disable"
    #expect(try other("hub", "sources", "--postgres", url).status == 0)
    #expect(try other("hub", "sources", "--postgres=\(url)").status == 0)
    #expect(try other("hub", "sources", "--json").status != 0)
    #expect(code(try other("hub", "sources", "--json")) == "hub_unreachable")
    #expect(try cli("hub", "sources", "--json").status == 0)
    // An empty --postgres is not given: the variable's address is read (trial).
    #expect(try cli("hub", "sources", "--postgres", "").status == 0)
    // Refused before the hub is asked anything: the clock's error, not the hub's.
    var badClock = other
    badClock.environment["CLEARLEDGER_NOW"] = "yesterday"
    let refused = try badClock("hub", "sources", "--json")
    #expect(code(refused) == "invalid_clock", "\(refused.error)")
    // What was typed wrong is said before the hub is waited for (trial: with the hub down,
    // these said only `hub_unreachable`).
    for (arguments, expected) in [
      (["hub", "status", "--as-of", "31/02/2026"], "invalid_date"),
      (["hub", "units", "--known-at", "nonsense"], "invalid_moment"),
      (["hub", "evaluate", "--year", "1999"], "invalid_year"),
      (["hub", "ingest", "xa-a", "no-such-file.jsonl"], "unreadable_plan_file"),
      (["hub", "add-source", "Bad Id", "--name", "Xã A"], "invalid_source_name"),
      (
        ["hub", "add-source", "xa-a", "--name", "Xã A", "--timezone", "Mars/Base"],
        "invalid_time_zone"
      ),
    ] {
      let typed = try other.run(arguments + ["--json"])
      #expect(code(typed) == expected, "\(arguments): \(typed.error)")
    }
    // An address that does not read is the options' error, as before.
    let unread = try other("hub", "sources", "--postgres", "mysql://x", "--json")
    #expect(code(unread) == "not_a_hub_address", "\(unread.error)")
  }

  @Test(
    "TLS asked of a server without it is refused, nothing sent; a user without rights is told so")
  func tlsAndRights() async throws {
    let cli = try await hub("input_tls")
    let url = try #require(cli.environment["CLEARLEDGER_HUB_URL"])
    // The test server has no TLS: `require` (and the verifying modes) never fall back to the
    // clear text `prefer` allows (trial: every sslmode connected in the clear).
    let plain = url.replacingOccurrences(of: "sslmode=disable", with: "sslmode=prefer")
    #expect(try cli("hub", "sources", "--postgres", plain).status == 0)
    for mode in ["require", "verify-ca", "verify-full"] {
      let asked = url.replacingOccurrences(of: "sslmode=disable", with: "sslmode=\(mode)")
      let run = try cli("hub", "sources", "--postgres", asked, "--json")
      #expect(run.status == 4, "\(mode): \(run.error)")
      #expect(code(run) == "hub_without_tls", "\(mode): \(run.error)")
    }
    let english = try cli(
      "hub", "sources", "--postgres",
      url.replacingOccurrences(of: "sslmode=disable", with: "sslmode=require"))
    #expect(english.error.contains("does not offer TLS; nothing was sent"), "\(english.error)")
    let bogus = try cli(
      "hub", "sources", "--json", "--postgres",
      url.replacingOccurrences(of: "sslmode=disable", with: "sslmode=bogus"))
    #expect(code(bogus) == "not_a_hub_address", "\(bogus.error)")
    // A user the database gives no rights: the message says so, not only a code.
    let database = try #require(URLComponents(string: url)?.path.dropFirst())
    try await Hub.with(try HubAddress(url: url)) { admin in
      try await admin.query(PostgresQuery(unsafeSQL: "DROP ROLE IF EXISTS hub_reader_trial"))
      try await admin.query(PostgresQuery(unsafeSQL: "CREATE ROLE hub_reader_trial LOGIN"))
    }
    var reader = URLComponents(string: url)
    reader?.user = "hub_reader_trial"
    reader?.path = "/" + database
    let denied = try cli("hub", "status", "--postgres", try #require(reader?.string))
    #expect(denied.status == 4, "\(denied.error)")
    #expect(denied.error.contains("permission denied, code 42501"), "\(denied.error)")
  }
}
