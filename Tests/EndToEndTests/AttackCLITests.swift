import Foundation
import LedgerTestSupport
import Testing

/// Attacks through the binary: output to a full disk, a ledger with two names.
@Suite("Attacks through the binary")
struct AttackCLITests {
  @Test(
    "Output to a full disk is a clear error and a non-zero exit, never a crash or a silent empty file",
    arguments: [
      ["events", "export"], ["digest"], ["status", "--json"], ["yearly", "--year", "2026"],
      ["replay"], ["audit"], ["verify"],
    ])
  func fullDisk(arguments: [String]) throws {
    let cli = try BadInputTests.ledger()
    let run = try cli.run(arguments, standardOutput: "/dev/full")
    #expect(run.status == 4, "\(run.error)")
    #expect(run.error.contains("Could not write the output"), "\(run.error)")
    #expect(!run.error.contains("Fatal error"))
  }

  @Test("A ledger with a second name refuses every command clearly, and is left as it was")
  func hardLink() throws {
    let cli = try BadInputTests.ledger()
    let second = cli.folder.appendingPathComponent("second.sqlite").path
    #expect(link(cli.database, second) == 0)
    let before = cli.fileBytes()
    for arguments in [["unit", "add", "Phòng Kinh tế"], ["status"]] {
      let run = try cli.run(arguments + ["--db", second])
      #expect(run.status == 4, "\(run.error)")
      #expect(run.error.contains("has 2 names (hard links)"), "\(run.error)")
    }
    #expect(cli.fileBytes() == before)
  }

  @Test("An empty file left by an interrupted init is named, and init makes it a ledger")
  func emptyFile() throws {
    let cli = try CLIRunner(now: "2026-01-05T09:00:00+07:00")
    #expect(FileManager.default.createFile(atPath: cli.database, contents: Data()))
    let status = try cli("status")
    #expect(status.status == 4)
    #expect(status.error.contains("is empty (0 bytes)"), "\(status.error)")
    #expect(try cli("init").status == 0)
    #expect(try cli("unit", "add", "Phòng Kinh tế").status == 0)
  }

  @Test(
    "Views edited behind the ledger's back fail verify; rebuild exits 5 and keeps the old views",
    arguments: [
      "UPDATE tasks SET title = 'Sửa lén' WHERE id = 'A'",
      "UPDATE task_timeline SET status = 'completed', completed_on = '2026-01-05' WHERE task_id = 'A'",
      "DELETE FROM task_units", "UPDATE units SET name = 'Đơn vị khác' WHERE code = 'CAX'",
    ])
  func editedViews(edit: String) throws {
    let cli = try BadInputTests.ledger()
    #expect(try cli("verify").status == 0)
    let sqlite = URL(fileURLWithPath: "/usr/bin/sqlite3")
    let edited = try cli.run([cli.database, edit], program: sqlite)
    #expect(edited.status == 0, "\(edited.error)")
    let verify = try cli("verify")
    #expect(verify.status == 2, "\(verify.output)")
    #expect(verify.output.contains("VIEWS ALTERED"), "\(verify.output)")
    #expect(try cli("verify", "--json").output.contains("\"views\" : \"differ\""))
    #expect(try cli("verify", "--chain-only").status == 0)
    let rebuild = try cli("rebuild", "--json")
    #expect(rebuild.status == 5, "\(rebuild.error)")
    let report = try #require(
      try JSONSerialization.jsonObject(with: Data(rebuild.output.utf8)) as? [String: Any])
    let kept = try #require(report["kept"] as? String)
    // The copy holds the views as they were, edit included; the ledger follows its log again.
    let before = try cli.run([kept, "SELECT count(*) FROM task_units"], program: sqlite)
    let after = try cli.run([cli.database, "SELECT count(*) FROM task_units"], program: sqlite)
    #expect(before.status == 0)
    #expect(after.output == "2\n")
    #expect(edit.contains("task_units") ? before.output == "0\n" : before.output == "2\n")
    #expect(try cli("verify").status == 0)
    #expect(try cli("rebuild").status == 0)
  }

  @Test("CSV cells a spreadsheet would run as formulas are neutralised; numbers are kept")
  func csvFormulas() throws {
    let cli = try BadInputTests.ledger()
    let appoint = try cli(
      "head", "appoint", "VHXH", "=HYPERLINK(\"http://x\")", "--role", "+SUM(1,2)",
      "--on", "02/01/2026")
    #expect(appoint.status == 0, "\(appoint.error)")
    let csv = try cli("evaluate", "--year", "2026", "--csv")
    #expect(csv.status == 0, "\(csv.error)")
    #expect(csv.output.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), "\(csv.output)")
    #expect(csv.output.contains("\"'+SUM(1,2)\""), "\(csv.output)")
    for cell in csv.output.split(separator: "\n").flatMap({ $0.split(separator: ",") }) {
      let text = cell.hasPrefix("\"") ? cell.dropFirst() : cell
      if let first = text.first, "=+@".contains(first) {
        Issue.record("a formula cell reached the CSV: \(cell)")
      }
    }
  }

  @Test("Bidi overrides in a task's text are shown escaped on the terminal, exact in JSON")
  func terminalEscapes() throws {
    let cli = try BadInputTests.ledger()
    let title = "Báo cáo \u{202E}gnóc naòh\u{202C} và \u{2066}x\u{2069}"
    let assign = try cli(
      "task", "assign", title, "--id", "B", "--lead", "VHXH", "--role", "Chủ tịch UBND xã",
      "--result", "Báo cáo", "--due", "30/06/2026")
    #expect(assign.status == 0, "\(assign.error)")
    #expect(assign.output.contains("\\u{202E}"), "\(assign.output)")
    for arguments in [
      ["history", "B"], ["replay"], ["audit"], ["status"], ["unit", "view", "VHXH"],
    ] {
      let run = try cli.run(arguments)
      #expect(run.status == 0, "\(arguments) \(run.error)")
      let bidi: ClosedRange<UInt32> = 0x202A...0x202E
      let raw = run.output.unicodeScalars.contains {
        bidi.contains($0.value) || (0x2066...0x2069).contains($0.value)
      }
      #expect(!raw, "\(arguments) shows a raw bidi control")
      #expect(run.output.contains("\\u{202E}"), "\(arguments) \(run.output)")
    }
    let json = try cli("history", "B", "--json")
    #expect(json.output.contains("\u{202E}gnóc"), "JSON keeps the text exact")
  }

  @Test("A unit or head name mixing scripts is refused unless --allow-mixed-script is given")
  func mixedScript() throws {
    let cli = try BadInputTests.ledger()
    let before = cli.fileBytes()
    let lookAlike = "Ph\u{043E}ng Kinh tế"
    let refused = try cli("unit", "add", lookAlike)
    #expect(refused.status == 1, "\(refused.error)")
    #expect(refused.error.contains("Cyrillic, Latin"), "\(refused.error)")
    #expect(refused.error.contains("--allow-mixed-script"), "\(refused.error)")
    let head = try cli("head", "appoint", "VHXH", "Tr\u{0430}n Thị Bình", "--role", "Trưởng phòng")
    #expect(head.status == 1, "\(head.error)")
    let bidi = try cli("unit", "add", "Phòng \u{202E}ết ihnK")
    #expect(bidi.status == 1, "\(bidi.error)")
    #expect(cli.fileBytes() == before)
    #expect(try cli("unit", "add", lookAlike, "--allow-mixed-script").status == 0)
    #expect(try cli("unit", "add", "Phòng Kinh tế").status == 0)
  }

  @Test("Ending a head's tenure or overwriting a score is refused until --replaces names it")
  func replacesNamed() throws {
    let cli = try BadInputTests.ledger()
    #expect(
      try cli("head", "appoint", "VHXH", "Trần Thị Bình", "--role", "Trưởng phòng").status == 0)
    let before = cli.fileBytes()
    let slip = try cli("head", "appoint", "VHXH", "Lê Văn Cường", "--role", "Trưởng phòng")
    #expect(slip.status == 1, "\(slip.error)")
    #expect(slip.error.contains("ends the tenure of Trần Thị Bình"), "\(slip.error)")
    #expect(slip.error.contains("--replaces \"Trần Thị Bình\""), "\(slip.error)")
    let score = [
      "evaluate", "score", "--person", "Trần Thị Bình", "--year", "2026", "--reason", "r",
    ]
    let first = try cli.run(score + ["--points", "20", "--json"])
    #expect(first.status == 0, "\(first.error)")
    let position = try #require(
      (try JSONSerialization.jsonObject(with: Data(first.output.utf8)) as? [String: Any])?[
        "position"] as? Int)
    let middle = cli.fileBytes()
    let overwrite = try cli.run(score + ["--points", "30"])
    #expect(overwrite.status == 1, "\(overwrite.error)")
    #expect(overwrite.error.contains("--replaces \(position)"), "\(overwrite.error)")
    #expect(cli.fileBytes() == middle)
    #expect(try cli.run(score + ["--points", "30", "--replaces", "\(position)"]).status == 0)
    #expect(
      try cli(
        "head", "appoint", "VHXH", "Lê Văn Cường", "--role", "Trưởng phòng", "--replaces",
        "Tran Thi Binh"
      ).status == 0)
    #expect(before != cli.fileBytes())
  }

  @Test("audit, written as it reads, lists every event once in text and in JSON, aligned")
  func auditStreams() throws {
    let cli = try BadInputTests.ledger()
    let count = try cli.run(
      [cli.database, "SELECT count(*) FROM events"],
      program: URL(fileURLWithPath: "/usr/bin/sqlite3"))
    let events = try #require(Int(count.output.trimmingCharacters(in: .whitespacesAndNewlines)))
    let json = try cli("audit", "--json")
    #expect(json.output.hasPrefix("[\n  {\n    \"actor\""), "\(json.output.prefix(40))")
    #expect(json.output.hasSuffix("\n  }\n]\n"))
    let rows = try #require(
      try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
    #expect(rows.count == events)
    #expect(rows.map { $0["position"] as? Int } == (1...events).map { $0 })
    let text = try cli("audit").output.split(separator: "\n", omittingEmptySubsequences: false)
    // Headers, rule, one line per event, a blank line, the recorders.
    #expect(text.count >= events + 4)
    let rule = text[1]
    #expect(rule.hasPrefix("─"))
    let lines = text[2..<(2 + events)]
    #expect(
      lines.map { $0.split(separator: " ").first.map(String.init) } == (1...events).map { "\($0)" })
    // Every line starts its second column where the rule's second run starts.
    let column =
      rule.distance(from: rule.startIndex, to: try #require(rule.firstIndex(of: " "))) + 2
    for line in lines {
      #expect(line.count > column && line[line.index(line.startIndex, offsetBy: column - 1)] == " ")
      #expect(line[line.index(line.startIndex, offsetBy: column)] != " ")
    }
    #expect(text[2 + events] == "")
    let empty = try cli("audit", "--json", "--actor", "không ai")
    #expect(empty.status == 0)
    #expect(
      (try JSONSerialization.jsonObject(with: Data(empty.output.utf8)) as? [Any])?.isEmpty == true)
    let nobody = try cli("audit", "--actor", "không ai").output
    #expect(nobody.hasPrefix("No events match.\n"))
    #expect(nobody.contains("The ledger has no person or account named “không ai”"), "\(nobody)")
  }
}
