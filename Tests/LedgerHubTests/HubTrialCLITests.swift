import Foundation
import LedgerTestSupport
import Testing

/// The hub's trial findings through the real binary, against a real PostgreSQL: moments that
/// do not exist, a commune of another time zone, lines recorded in the future, and refusals
/// from one commune's data that name it.
@Suite(
  "The hub's trial findings end to end",
  .enabled(if: TestPostgres.url != nil, TestPostgres.skipReason))
struct HubTrialCLITests {
  /// A command's JSON answer, compared without the `source` the hub adds to each row.
  func rows(_ run: CLIRunner.Run, dropping source: Bool = false) throws -> NSArray {
    #expect(run.status == 0, "\(run.error)")
    var rows = try #require(
      try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]])
    if source { for index in rows.indices { rows[index]["source"] = nil } }
    return NSArray(array: rows)
  }

  /// Runs a command in a commune's ledger, which must take it.
  func record(_ commune: CLIRunner, _ arguments: [String], now: String) throws {
    let run = try commune.run(arguments, now: now)
    #expect(run.status == 0, "\(arguments): \(run.error)")
  }

  @Test(
    "A commune of UTC: the hub answers its status and overdue as it does, on a day the zones differ"
  )
  func otherTimeZone() async throws {
    var cli = try CLIRunner(now: "2026-07-01T20:00:00Z")
    cli.environment["CLEARLEDGER_HUB_URL"] = try await TestPostgres.database("trial_zone")
    let june = "2026-06-01T09:00:00Z"
    for arguments in [
      ["init", "--timezone", "UTC"], ["unit", "add", "Văn phòng xã UTC", "--code", "VP"],
      [
        "head", "appoint", "VP", "Trần Thị Bình", "--role", "Chánh Văn phòng", "--on", "01/06/2026",
      ],
      [
        "task", "assign", "Báo cáo quý", "--id", "B1", "--lead", "VP", "--role", "Chánh Văn phòng",
        "--result", "Báo cáo", "--due", "01/07/2026", "--on", "01/06/2026",
      ],
      [
        "task", "assign", "Số hóa hồ sơ", "--id", "B2", "--lead", "VP", "--role", "Chánh Văn phòng",
        "--result", "Hồ sơ số", "--due", "01/07/2026", "--on", "01/06/2026",
      ],
    ] {
      try record(cli, arguments, now: june)
    }
    // Completed at 18:00 UTC on 01/07: still 01/07 in UTC, already 02/07 in Vietnam.
    try record(
      cli, ["task", "complete", "B1", "--evidence", "12/BC", "--on", "01/07/2026"],
      now: "2026-07-01T18:00:00Z")
    let export = try cli("events", "export")
    let file = cli.folder.appendingPathComponent("xa-utc.jsonl").path
    try export.output.write(toFile: file, atomically: true, encoding: .utf8)
    #expect(try cli("hub", "init").status == 0)
    let wrong = try cli(
      "hub", "add-source", "xa-sao-hoa", "--name", "Xã Sao Hỏa", "--timezone", "Mars/Olympus",
      "--json")
    #expect(wrong.status == 1 && wrong.error.contains("\"code\" : \"invalid_time_zone\""))
    let added = try cli(
      "hub", "add-source", "xa-utc", "--name", "Xã UTC", "--timezone", "UTC", "--json")
    #expect(added.output.contains("\"time_zone\" : \"UTC\""), "\(added.output) \(added.error)")
    #expect(try cli("hub", "ingest", "xa-utc", file).status == 0)

    // 20:00 UTC on 01/07: the commune's today is 01/07 (B2 is due today, not overdue); in
    // Vietnam it is 02/07 already.
    let own = try rows(try cli("status", "--json"))
    #expect(own.count == 2)
    #expect(!own.contains { ($0 as? [String: Any])?["bucket"] as? String == "overdue" })
    #expect(try rows(try cli("hub", "status", "--json"), dropping: true).isEqual(to: own as! [Any]))
    #expect(
      try rows(try cli("hub", "status", "--source", "xa-utc", "--json"), dropping: true)
        .isEqual(to: own as! [Any]))
    let ownOverdue = try rows(try cli("status", "--bucket", "overdue", "--json"))
    #expect(
      try rows(try cli("hub", "overdue", "--json"), dropping: true)
        .isEqual(to: ownOverdue as! [Any]))
    // As known at the end of 01/07, a day in the commune's zone: B1's completion (18:00 UTC)
    // was known, as the commune's own ledger answers.
    for extra in [
      ["--as-of", "01/07/2026", "--known-at", "2026-07-01"],
      ["--known-at", "2026-07-01T18:30"], ["--as-of", "02/07/2026"],
    ] {
      let mine = try rows(try cli.run(["status", "--json"] + extra))
      let hub = try rows(try cli.run(["hub", "status", "--json"] + extra), dropping: true)
      #expect(hub.isEqual(to: mine as! [Any]), "\(extra)")
    }
    let completed = try rows(
      try cli("status", "--json", "--as-of", "01/07/2026", "--known-at", "2026-07-01"))
    #expect(
      completed.contains { ($0 as? [String: Any])?["bucket"] as? String == "completed_on_time" })
    // On 02/07 (UTC), B2 is overdue in both.
    let later = try rows(try cli("hub", "overdue", "--json"), dropping: true)
    #expect(later.count == 0)
    let tomorrow = try cli.run(["hub", "overdue", "--json"], now: "2026-07-02T01:00:00Z")
    #expect(
      try rows(tomorrow, dropping: true).isEqual(
        to: try rows(
          try cli.run(["status", "--bucket", "overdue", "--json"], now: "2026-07-02T01:00:00Z"))
          as! [Any]))
    #expect(try rows(tomorrow).count == 1)

    // An impossible clock time is no moment, on the hub as in the ledger.
    for moment in ["2026-07-01T25:00:00Z", "2026-07-01T10:61", "2026-07-01T23:59:60+07:00"] {
      let hub = try cli("hub", "status", "--known-at", moment, "--json")
      #expect(hub.status == 1 && hub.error.contains("\"code\" : \"invalid_moment\""), "\(moment)")
      let mine = try cli("status", "--known-at", moment, "--json")
      #expect(mine.status == 1 && mine.error.contains("\"code\" : \"invalid_moment\""), "\(moment)")
    }

    // `hub sources` shows each source's zone (trial: only --json did); beside a commune of
    // Vietnam's, already on 02/07, the status heading says which commune is on which day
    // (trial: it showed the first source's day for all).
    var vietnam = cli
    vietnam.environment["CLEARLEDGER_DB"] = cli.folder.appendingPathComponent("vn.sqlite").path
    try record(vietnam, ["init"], now: june)
    try record(vietnam, ["unit", "add", "Văn phòng xã Việt Nam", "--code", "VP"], now: june)
    let vnFile = cli.folder.appendingPathComponent("xa-vn.jsonl").path
    try vietnam("events", "export").output.write(toFile: vnFile, atomically: true, encoding: .utf8)
    #expect(try cli("hub", "add-source", "xa-vn", "--name", "Xã Việt Nam").status == 0)
    #expect(try cli("hub", "ingest", "xa-vn", vnFile).status == 0)
    let listed = try cli("hub", "sources").output
    #expect(listed.contains("Time zone"), "\(listed)")
    #expect(listed.contains("UTC") && listed.contains("Asia/Ho_Chi_Minh"), "\(listed)")
    // When each commune last recorded what the hub holds: an old export shows old facts.
    #expect(listed.contains("Last recorded"), "\(listed)")
    let exported = try vietnam("events", "export").output.split(separator: "\n")
    let lastLine = try #require(exported.last)
    let last = try #require(
      try JSONSerialization.jsonObject(with: Data(lastLine.utf8)) as? [String: Any])
    let sources = try #require(
      try JSONSerialization.jsonObject(with: Data(cli("hub", "sources", "--json").output.utf8))
        as? [[String: Any]])
    let vn = try #require(sources.first { $0["id"] as? String == "xa-vn" })
    #expect(vn["last_recorded"] as? String == last["recorded"] as? String, "\(vn)")
    let mixed = try cli("hub", "status").output
    #expect(
      mixed.hasPrefix("Status on 01/07/2026 (each commune on its own today: 02/07/2026 for xa-vn)"),
      "\(mixed)")
    let oneZone = try cli("hub", "status", "--source", "xa-utc").output
    #expect(oneZone.hasPrefix("Status on 01/07/2026\n"), "\(oneZone)")
    // A filter that matches nothing says so; the hub is not empty (trial: "No tasks yet.").
    for asked in [
      ["hub", "status", "--bucket", "cancelled"], ["hub", "overdue", "--as-of", "02/01/2026"],
    ] {
      let none = try cli.run(asked)
      #expect(none.output == "No line matches what was asked.\n", "\(asked): \(none.output)")
    }
  }

  @Test("A commune's file recorded after the hub's clock is refused by line, nothing taken")
  func recordedInFuture() async throws {
    var cli = try CLIRunner(now: "2099-01-01T09:00:00+07:00")
    cli.environment["CLEARLEDGER_HUB_URL"] = try await TestPostgres.database("trial_future")
    #expect(try cli("init").status == 0)
    #expect(try cli("unit", "add", "Văn phòng", "--code", "VP").status == 0)
    let export = try cli("events", "export")
    let folder = cli.folder.appendingPathComponent("exports")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = folder.appendingPathComponent("xa-a.jsonl").path
    try export.output.write(toFile: file, atomically: true, encoding: .utf8)
    let now = "2026-12-01T09:00:00+07:00"
    #expect(try cli.run(["hub", "init"], now: now).status == 0)
    #expect(try cli.run(["hub", "add-source", "xa-a", "--name", "Xã A"], now: now).status == 0)
    let refused = try cli.run(["hub", "ingest", "xa-a", file], now: now)
    #expect(refused.status == 1)
    #expect(
      refused.error.contains("Line 1: its recorded time 2099-01-01T02:00:00.000Z is in the future"),
      "\(refused.error)")
    let folderRun = try cli.run(["hub", "ingest", "--dir", folder.path, "--json"], now: now)
    #expect(folderRun.status == 1)
    #expect(folderRun.output.contains("Line 1: its recorded time 2099-01-01T02:00:00.000Z"))
    let sources = try cli.run(["hub", "sources", "--json"], now: now)
    #expect(sources.output.contains("\"events\" : 0"), "\(sources.output)")
    // When the hub's clock has come to it, the file is taken.
    let taken = try cli("hub", "ingest", "xa-a", file)
    #expect(taken.status == 0 && taken.output.contains("Added 1 new event of xa-a"))
  }

  @Test("A refusal from one commune's people, asked across communes, names that commune")
  func sourceNamed() async throws {
    var cli = try CLIRunner(now: "2026-07-01T09:00:00+07:00")
    cli.environment["CLEARLEDGER_HUB_URL"] = try await TestPostgres.database("trial_named")
    #expect(try cli("hub", "init").status == 0)
    for (source, people) in [
      ("xa-a", ["Trần Thị Bình"]), ("xa-b", ["Nguyễn Văn Hùng", "Nguyễn Văn Hùng"]),
    ] {
      var commune = cli
      commune.environment["CLEARLEDGER_DB"] =
        cli.folder.appendingPathComponent("\(source).sqlite").path
      #expect(try commune("init").status == 0)
      #expect(try commune("unit", "add", "Văn phòng \(source)", "--code", "VP").status == 0)
      for (index, person) in people.enumerated() {
        let run = try commune("person", "add", person, "--code", "P\(index)")
        #expect(run.status == 0, "\(run.error)")
      }
      let file = cli.folder.appendingPathComponent("\(source).jsonl").path
      try commune("events", "export").output.write(toFile: file, atomically: true, encoding: .utf8)
      #expect(try cli("hub", "add-source", source, "--name", "Xã \(source)").status == 0)
      #expect(try cli("hub", "ingest", source, file).status == 0)
    }
    for command in [
      ["hub", "heads", "--person", "Nguyễn Văn Hùng"],
      ["hub", "evaluate", "--year", "2026", "--explain", "Nguyễn Văn Hùng"],
    ] {
      let json = try cli.run(command + ["--json"])
      #expect(json.status == 1)
      #expect(json.error.contains("\"code\" : \"ambiguous_person\""), "\(json.error)")
      #expect(json.error.contains("\"source\" : \"xa-b\""))
      #expect(json.error.contains("\"source_name\" : \"Xã xa-b\""))
      let text = try cli.run(command)
      #expect(text.error.hasPrefix("clearledger: Source xa-b (Xã xa-b): "), "\(text.error)")
      let vi = try cli.run(command + ["--lang", "vi"])
      #expect(vi.error.hasPrefix("clearledger: Nguồn xa-b (Xã xa-b): "), "\(vi.error)")
    }
    // A name no commune knows: across sources, no one commune's closest names (a second
    // trial: they hid the commune that had the person), but `person_in_no_source`, as `hub
    // heads --person` says; asked of one commune, that commune's own closest names.
    let unknown = try cli(
      "hub", "evaluate", "--year", "2026", "--explain", "Trần Thị Bính", "--json")
    #expect(unknown.status == 1)
    #expect(unknown.error.contains("\"code\" : \"person_in_no_source\""), "\(unknown.error)")
    let inOne = try cli(
      "hub", "evaluate", "--year", "2026", "--explain", "Trần Thị Bính", "--source", "xa-a",
      "--json")
    #expect(inOne.status == 1 && inOne.error.contains("\"code\" : \"unknown_person\""))
    // Asked of one commune, the refusal is that commune's own, word for word.
    let one = try cli("hub", "heads", "--person", "Nguyễn Văn Hùng", "--source", "xa-b", "--json")
    #expect(one.status == 1 && !one.error.contains("\"source\""))
  }
}
