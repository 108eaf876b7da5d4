import Foundation
import LedgerTestSupport
import Testing

/// `clearledger hub …` through the real binary, against a real PostgreSQL.
@Suite(
  "The hub's commands end to end",
  .enabled(if: TestPostgres.url != nil, TestPostgres.skipReason))
struct HubCLITests {
  /// A JSON array of objects printed by a command.
  func rows(_ run: CLIRunner.Run) throws -> [[String: Any]] {
    #expect(run.status == 0, "\(run.error)")
    return try #require(
      try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]])
  }

  @Test("The demo commune through the hub: the same status rows, each naming its source")
  func demoCommune() async throws {
    var cli = try CLIRunner(now: "2026-12-01T09:00:00+07:00")
    cli.environment["CLEARLEDGER_HUB_URL"] = try await TestPostgres.database("cli")
    #expect(try cli("demo").status == 0)
    let export = try cli("events", "export")
    #expect(export.status == 0)
    let file = cli.folder.appendingPathComponent("xa.jsonl").path
    try export.output.write(toFile: file, atomically: true, encoding: .utf8)
    let lines = export.output.split(separator: "\n").count

    #expect(try cli("hub", "init").output.contains("Created the hub (version 10)"))
    #expect(try cli("hub", "init").output.contains("already at version 10"))
    #expect(try cli("hub", "add-source", "xa-chi-minh", "--name", "Xã Chí Minh").status == 0)
    let first = try cli("hub", "ingest", "xa-chi-minh", file)
    #expect(first.output.contains("Added \(lines) new events of xa-chi-minh"), "\(first.error)")
    let again = try cli("hub", "ingest", "xa-chi-minh", file, "--lang", "vi")
    #expect(again.output.contains("Đã nhận 0 sự kiện mới của xa-chi-minh; \(lines) sự kiện đã có"))

    // The same rows as the commune's own status, each with its source.
    for extra in [[], ["--as-of", "30/06/2026", "--known-at", "2026-07-01"]] {
      let own = try rows(try cli.run(["status", "--json"] + extra))
      var hub = try rows(try cli.run(["hub", "status", "--json"] + extra))
      #expect(hub.allSatisfy { $0["source"] as? String == "xa-chi-minh" })
      for index in hub.indices { hub[index]["source"] = nil }
      #expect(own.count == hub.count && !own.isEmpty)
      #expect(NSArray(array: own).isEqual(to: hub), "status \(extra)")
    }
    // The text rows too: each commune row, with its source before it (a reassigned task
    // shows the unit charged and the deadline that counted, as the commune shows it).
    let ownText = try cli("status").output
      .split(separator: "\n", omittingEmptySubsequences: false).dropFirst(3)
      .prefix { !$0.isEmpty }
    let hubText = try cli("hub", "status").output.split(separator: "\n")
    #expect(ownText.count > 3)
    for line in ownText {
      #expect(
        hubText.contains { $0.hasPrefix("xa-chi-minh") && $0.hasSuffix(line) },
        "hub status lacks the commune's row \(line)")
    }
    #expect(try cli("hub", "status").output.contains("· sources: 1"))
    let overdue = try rows(try cli("hub", "overdue", "--json"))
    let ownOverdue = try rows(try cli("status", "--json")).filter {
      $0["bucket"] as? String == "overdue"
    }
    #expect(overdue.count == ownOverdue.count)
    #expect(try rows(try cli("hub", "units", "--json")).count > 0)
    #expect(try rows(try cli("hub", "heads", "--json")).count > 0)
    let evaluation = try rows(try cli("hub", "evaluate", "--year", "2026", "--json"))
    let ownEvaluation = try rows(try cli("evaluate", "--year", "2026", "--json"))
    #expect(evaluation.count == ownEvaluation.count && !evaluation.isEmpty)
    // One person's explanation: the commune's own, under its source.
    let ownExplain = try cli("evaluate", "--year", "2026", "--explain", "Nguyễn Văn An")
    let hubExplain = try cli("hub", "evaluate", "--year", "2026", "--explain", "Nguyễn Văn An")
    #expect(ownExplain.status == 0 && hubExplain.status == 0, "\(hubExplain.error)")
    #expect(hubExplain.output.hasPrefix("xa-chi-minh — Xã Chí Minh\n"))
    #expect(
      hubExplain.output.contains(ownExplain.output.trimmingCharacters(in: .whitespacesAndNewlines)))
    let ownRatings = try rows(
      try cli("evaluate", "--year", "2026", "--explain", "Nguyễn Văn An", "--json"))
    var hubRatings = try rows(
      try cli("hub", "evaluate", "--year", "2026", "--explain", "Nguyễn Văn An", "--json"))
    #expect(hubRatings.allSatisfy { $0["source"] as? String == "xa-chi-minh" })
    for index in hubRatings.indices { hubRatings[index]["source"] = nil }
    #expect(!ownRatings.isEmpty && NSArray(array: ownRatings).isEqual(to: hubRatings))
    let nobody = try cli("hub", "evaluate", "--year", "2026", "--explain", "Không Có Ai", "--json")
    #expect(nobody.status == 1)
    #expect(nobody.error.contains("person_in_no_source"))

    // Errors are the ledger's own, never PostgreSQL's text.
    let unknown = try cli("hub", "ingest", "xa-khac", file, "--json")
    #expect(unknown.status == 1)
    #expect(unknown.error.contains("\"code\" : \"unknown_source\""))
    var offline = cli
    offline.environment["CLEARLEDGER_HUB_URL"] = "postgres://nobody@127.0.0.1:1/none"
    let unreachable = try offline("hub", "status")
    #expect(unreachable.status == 4)
    #expect(unreachable.error.contains("Cannot reach the hub's database (127.0.0.1:1/none)"))
  }

  @Test(
    "A folder of exports: each file its own transaction; a refused one is named, the rest taken")
  func folderOfExports() async throws {
    var cli = try CLIRunner(now: "2026-12-01T09:00:00+07:00")
    cli.environment["CLEARLEDGER_HUB_URL"] = try await TestPostgres.database("folder")
    let folder = cli.folder.appendingPathComponent("exports")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    // Three communes' ledgers, each its own history.
    var counts: [String: Int] = [:]
    for name in ["xa-a", "xa-b", "xa-khong-dang-ky"] {
      var commune = cli
      commune.environment["CLEARLEDGER_DB"] =
        cli.folder.appendingPathComponent("\(name).sqlite").path
      #expect(try commune("init").status == 0)
      #expect(try commune("unit", "add", "Văn phòng \(name)", "--code", "VP").status == 0)
      #expect(try commune("unit", "add", "Phòng Kinh tế", "--code", "KT").status == 0)
      let export = try commune("events", "export")
      counts[name] = export.output.split(separator: "\n").count
      try export.output.write(
        to: folder.appendingPathComponent("\(name).jsonl"), atomically: true, encoding: .utf8)
    }
    try "not an export".write(
      to: folder.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
    #expect(try cli("hub", "init").status == 0)
    #expect(try cli("hub", "add-source", "xa-a", "--name", "Xã A").status == 0)
    #expect(try cli("hub", "add-source", "xa-b", "--name", "Xã B").status == 0)

    let run = try cli("hub", "ingest", "--dir", folder.path, "--json")
    #expect(run.status == 1, "the unregistered source's refusal sets the exit status")
    let answer = try #require(
      try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
    let taken = try #require(answer["taken"] as? [[String: Any]])
    #expect(taken.map { $0["source"] as? String } == ["xa-a", "xa-b"])
    #expect(taken.allSatisfy { $0["added"] as? Int == counts[$0["source"] as? String ?? ""] })
    let refused = try #require(answer["refused"] as? [[String: Any]])
    #expect(refused.count == 1)
    #expect(refused.first?["source"] as? String == "xa-khong-dang-ky")
    #expect(refused.first?["code"] as? String == "unknown_source")

    // Again: nothing new; the text names each file and the refusal on standard error.
    let again = try cli("hub", "ingest", "--dir", folder.path)
    #expect(
      again.output.contains("Added 0 new events of xa-a; \(counts["xa-a"] ?? 0) were already held"))
    #expect(again.output.contains("Took 2 files (0 new events); refused 1."))
    #expect(again.error.contains("xa-khong-dang-ky:"))
    #expect(again.error.contains("skipped “notes.txt”: its name is not SOURCE.jsonl"))
    // An empty file is refused: an export always holds its ledger's first events.
    let empty = cli.folder.appendingPathComponent("empty.jsonl")
    try "\n".write(to: empty, atomically: true, encoding: .utf8)
    let none = try cli("hub", "ingest", "xa-b", empty.path)
    #expect(none.status == 1)
    #expect(none.error.contains("The file for xa-b holds no event; nothing was written."))
    let both = try cli("hub", "ingest", "xa-a", "x.jsonl", "--dir", folder.path)
    #expect(both.status != 0)
    #expect(both.error.contains("Give either SOURCE FILE or --dir DIR, not both."))
  }

  @Test("One commune, one source: a second name for it, or its file under another, is refused")
  func oneSourcePerCommune() async throws {
    var cli = try CLIRunner(now: "2026-12-01T09:00:00+07:00")
    cli.environment["CLEARLEDGER_HUB_URL"] = try await TestPostgres.database("onesource")
    #expect(try cli("demo").status == 0)
    let file = cli.folder.appendingPathComponent("xa.jsonl")
    try cli("events", "export").output.write(to: file, atomically: true, encoding: .utf8)
    #expect(try cli("hub", "init").status == 0)
    #expect(try cli("hub", "add-source", "xa-chi-minh", "--name", "Xã Chí Minh").status == 0)
    let twice = try cli("hub", "add-source", "xa-chi-minh-2", "--name", "xã chí minh", "--json")
    #expect(twice.status == 1)
    #expect(twice.error.contains("\"code\" : \"commune_name_taken\""), "\(twice.error)")
    // Written without marks it is the same commune, as `--source NAME` reads it (trial).
    let bare = try cli("hub", "add-source", "xa-y", "--name", "Xa Chi Minh", "--json")
    #expect(bare.status == 1)
    #expect(bare.error.contains("\"code\" : \"commune_name_taken\""), "\(bare.error)")
    // A name that differs in its marks is another commune's.
    #expect(try cli("hub", "add-source", "xa-chi-minh-3", "--name", "Xã Chi Mính").status == 0)
    #expect(try cli("hub", "add-source", "xa-tan-hoa", "--name", "Xã Tân Hòa").status == 0)
    #expect(try cli("hub", "ingest", "xa-chi-minh", file.path).status == 0)
    let wrong = try cli("hub", "ingest", "xa-tan-hoa", file.path)
    #expect(wrong.status == 1)
    #expect(
      wrong.error.contains(
        "This file is the history of the source xa-chi-minh (the same first event), not of xa-tan-hoa."
      ), "\(wrong.error)")
    let sources = try cli("hub", "sources", "--json").output
    #expect(sources.contains("\"events\" : 0"), "nothing was written for xa-tan-hoa")

    // A folder given as the file, a file given as the folder.
    let folder = try cli("hub", "ingest", "xa-tan-hoa", cli.folder.path)
    #expect(folder.status == 1 && folder.error.contains("Cannot read"), "\(folder.error)")
    let notFolder = try cli("hub", "ingest", "--dir", file.path)
    #expect(notFolder.status == 1)
    #expect(notFolder.error.contains("is not a folder"), "\(notFolder.error)")
    // A folder that is not there is named as a folder (it was called a file).
    let missing = try cli("hub", "ingest", "--dir", cli.folder.appendingPathComponent("none").path)
    #expect(missing.status == 1)
    #expect(
      missing.error.contains("Cannot read the folder")
        && missing.error.contains("nothing was ingested"),
      "\(missing.error)")
  }
}
