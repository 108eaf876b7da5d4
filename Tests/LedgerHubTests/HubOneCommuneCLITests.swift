import Foundation
import LedgerTestSupport
import Testing

/// One commune's views through `clearledger hub … --source`, one unit (`hub units --unit`) and
/// one person (`hub heads --person`), against the commune's own ledger, on a real PostgreSQL.
@Suite(
  "One commune, one unit, one person on the hub",
  .enabled(if: TestPostgres.url != nil, TestPostgres.skipReason))
struct HubOneCommuneCLITests {
  /// The demo commune (`xa-chi-minh`) and a small second one (`xa-b`: VHXH with Trần Thị Bình
  /// as its head, as in the demo), both ingested into a new hub; the second's runner.
  func twoCommunes(_ name: String) async throws -> (CLIRunner, CLIRunner) {
    var cli = try CLIRunner(now: "2026-12-01T09:00:00+07:00")
    cli.environment["CLEARLEDGER_HUB_URL"] = try await TestPostgres.database(name)
    #expect(try cli("demo").status == 0)
    var other = cli
    other.environment["CLEARLEDGER_DB"] = cli.folder.appendingPathComponent("b.sqlite").path
    for arguments in [
      ["init"], ["unit", "add", "Văn phòng xã B", "--code", "VP", "--on", "01/01/2026"],
      ["unit", "add", "Phòng Văn hóa - Xã hội", "--code", "VHXH", "--on", "01/01/2026"],
      ["head", "appoint", "VHXH", "Trần Thị Bình", "--role", "Trưởng phòng", "--on", "01/01/2026"],
      [
        "task", "assign", "Số hóa sổ hộ tịch", "--id", "B1", "--lead", "VHXH", "--role",
        "Trưởng phòng", "--result", "Sổ số hóa", "--due", "30/06/2026", "--on", "02/01/2026",
      ],
    ] {
      let run = try other.run(arguments)
      #expect(run.status == 0, "\(arguments): \(run.error)")
    }
    #expect(try cli("hub", "init").status == 0)
    for (source, runner) in [("xa-chi-minh", cli), ("xa-b", other)] {
      let export = try runner("events", "export")
      let file = cli.folder.appendingPathComponent("\(source).jsonl").path
      try export.output.write(toFile: file, atomically: true, encoding: .utf8)
      #expect(try cli("hub", "add-source", source, "--name", "Xã \(source)").status == 0)
      let ingest = try cli("hub", "ingest", source, file)
      #expect(ingest.status == 0, "\(ingest.error)")
    }
    return (cli, other)
  }

  /// A hub answer's text without the lines naming its source: the commune's own bytes.
  func withoutSource(_ run: CLIRunner.Run, _ source: String) -> String {
    #expect(run.status == 0, "\(run.error)")
    return run.output.split(separator: "\n", omittingEmptySubsequences: false)
      .filter { $0 != "    \"source\" : \"\(source)\"," }.joined(separator: "\n")
  }

  @Test("Each view of one commune is its own ledger's, byte for byte, today and another day")
  func oneCommuneViews() async throws {
    let (cli, other) = try await twoCommunes("onecommune")
    let pairs: [([String], [String])] = [
      (["status"], ["status"]), (["overdue"], ["status", "--bucket", "overdue"]),
      (["units"], ["unit", "view"]), (["heads"], ["head", "view"]),
    ]
    for (source, runner) in [("xa-chi-minh", cli), ("xa-b", other)] {
      for extra in [[], ["--as-of", "30/06/2026"], ["--known-at", "2026-12-01T09:00:00+07:00"]] {
        for (hub, own) in pairs {
          let hubRun = try cli.run(["hub"] + hub + ["--source", source, "--json"] + extra)
          let ownRun = try runner.run(own + ["--json"] + extra)
          #expect(ownRun.status == 0, "\(ownRun.error)")
          #expect(withoutSource(hubRun, source) == ownRun.output, "\(source) \(hub) \(extra)")
        }
      }
    }
  }

  @Test("One unit and one person: in the source named, or in every source that has them")
  func oneUnitOnePerson() async throws {
    let (cli, other) = try await twoCommunes("oneunit")
    // One source: the commune's own `unit view UNIT` and `head view PERSON`, by code or name.
    for typed in ["VHXH", "phòng văn hoá - xã hội"] {
      let hub = try cli("hub", "units", "--source", "xa-chi-minh", "--unit", typed, "--json")
      let own = try cli("unit", "view", typed, "--json")
      #expect(withoutSource(hub, "xa-chi-minh") == own.output && own.output.contains("VHXH"))
    }
    let person = try cli(
      "hub", "heads", "--source", "xa-chi-minh", "--person", "Trần Thị Bình", "--json")
    let ownPerson = try cli("head", "view", "Trần Thị Bình", "--json")
    #expect(withoutSource(person, "xa-chi-minh") == ownPerson.output)
    #expect(ownPerson.output.contains("accountable_head"))
    #expect(!ownPerson.output.contains("Hoàng Văn Dũng"))

    // Every source: each one's rows, sources in order, each its own.
    for (arguments, own) in [
      (["units", "--unit", "VHXH"], ["unit", "view", "VHXH"]),
      (["heads", "--person", "Trần Thị Bình"], ["head", "view", "Trần Thị Bình"]),
    ] {
      let hub = try cli.run(["hub"] + arguments + ["--json"])
      let rows = try #require(
        try JSONSerialization.jsonObject(with: Data(hub.output.utf8)) as? [[String: Any]])
      let sources = rows.compactMap { $0["source"] as? String }
      #expect(
        sources.first == "xa-b" && sources.last == "xa-chi-minh" && sources.count == rows.count)
      #expect(sources == sources.sorted())
      for (source, runner) in [("xa-chi-minh", cli), ("xa-b", other)] {
        var mine = rows.filter { $0["source"] as? String == source }
        for index in mine.indices { mine[index]["source"] = nil }
        let ownRows = try #require(
          try JSONSerialization.jsonObject(with: Data(try runner.run(own + ["--json"]).output.utf8))
            as? [[String: Any]])
        #expect(
          !mine.isEmpty && NSArray(array: mine).isEqual(to: ownRows), "\(source) \(arguments)")
      }
    }
    // A unit only the demo has: that source alone.
    let police = try cli("hub", "units", "--unit", "Công an xã", "--json")
    #expect(police.output.contains("\"source\" : \"xa-chi-minh\""))
    #expect(!police.output.contains("\"source\" : \"xa-b\""))
    // The text: each block led by its source.
    let text = try cli("hub", "heads", "--person", "Trần Thị Bình", "--lang", "vi")
    #expect(text.status == 0)
    #expect(text.output.contains("xa-b · ") && text.output.contains("xa-chi-minh · "))
  }

  @Test(
    "Before a unit existed, or as known before a head was: the same answers as the commune's (trial)"
  )
  func beforeTheyExisted() async throws {
    let (cli, other) = try await twoCommunes("before")
    // xa-b's units were registered on 01/01/2026: on 01/06/2025 its own `unit view` is empty.
    for extra in [["--as-of", "01/06/2025"], ["--known-at", "2025-06-01T09:00:00+07:00"]] {
      let hub = try cli.run(
        ["hub", "units", "--unit", "VHXH", "--source", "xa-b", "--json"] + extra)
      let own = try other.run(["unit", "view", "VHXH", "--json"] + extra)
      #expect(own.status == 0 && hub.status == 0, "\(extra): \(hub.error)")
      #expect(withoutSource(hub, "xa-b") == own.output, "\(extra)")
      // A person who headed nothing then: `--json` is an empty list, never a sentence.
      let person = try other.run(["head", "view", "Trần Thị Bình", "--json"] + extra)
      #expect(person.status == 0)
      #expect(
        (try? JSONSerialization.jsonObject(with: Data(person.output.utf8)) as? [Any])?.isEmpty
          == true, "\(person.output)")
      // The hub reads the name as the commune does now, then the day asked (trial: a head
      // appointed after it was an unknown person on the hub).
      let hubPerson = try cli.run(
        ["hub", "heads", "--person", "Trần Thị Bình", "--source", "xa-b", "--json"] + extra)
      #expect(hubPerson.status == 0, "\(extra): \(hubPerson.error)")
      #expect(withoutSource(hubPerson, "xa-b") == person.output, "\(extra)")
      let across = try cli.run(["hub", "heads", "--person", "Trần Thị Bình", "--json"] + extra)
      #expect(across.status == 0, "\(extra): \(across.error)")
      for (hubArguments, ownArguments) in [
        (["hub", "evaluate", "--source", "xa-b"], ["evaluate"])
      ] {
        let asked = ["--year", "2025", "--explain", "Trần Thị Bình", "--json"] + extra
        let hub = try cli.run(hubArguments + asked)
        let own = try other.run(ownArguments + asked)
        #expect(hub.status == own.status, "\(extra): \(hub.error) / \(own.error)")
        #expect(withoutSource(hub, "xa-b") == own.output, "\(extra)")
      }
    }
    // Said in words, a moment asked is named: not known then is not "not a head".
    let known = try other(
      "head", "view", "Trần Thị Bình", "--known-at", "2025-06-01T09:00:00+07:00")
    // The day as the office writes days (trial: it was shown as ISO).
    #expect(known.output.contains("As known at 01/06/2025 09:00:00+07:00"), "\(known.output)")
    let day = try other("head", "view", "Trần Thị Bình", "--known-at", "2025-06-01")
    #expect(day.output.contains("As known at 01/06/2025, "), "\(day.output)")
  }

  @Test("An unknown unit, person or source is named, in the commune's words or the hub's")
  func unknownOnes() async throws {
    let (cli, _) = try await twoCommunes("oneunknown")
    // In one source: the commune's own error, with its closest units or persons.
    for (hub, own, code) in [
      (["units", "--unit", "XX"], ["unit", "view", "XX"], "unknown_unit"),
      (["heads", "--person", "Không Ai"], ["head", "view", "Không Ai"], "unknown_person"),
    ] {
      let hubRun = try cli.run(["hub"] + hub + ["--source", "xa-chi-minh", "--json"])
      let ownRun = try cli.run(own + ["--json"])
      #expect(hubRun.status == 1 && ownRun.status == 1)
      #expect(hubRun.error.contains("\"code\" : \"\(code)\""))
      if code == "unknown_unit" {
        // The commune's closest units, and the hub's own command (trial: it said `unit add`,
        // which the hub cannot do).
        let closest = ownRun.error.components(separatedBy: "Closest: ").last?
          .components(separatedBy: ".").first
        #expect(closest.map { hubRun.error.contains("Closest: " + $0) } == true, "\(hubRun.error)")
        #expect(hubRun.error.contains("hub units --source"), "\(hubRun.error)")
        #expect(!hubRun.error.contains("unit add"), "\(hubRun.error)")
      } else {
        #expect(hubRun.error == ownRun.error)
      }
    }
    // Across sources: none has it.
    let unit = try cli("hub", "units", "--unit", "XX", "--json")
    #expect(unit.status == 1)
    #expect(unit.error.contains("\"code\" : \"unit_in_no_source\""))
    #expect(unit.output.isEmpty)
    let unitVi = try cli("hub", "units", "--unit", "XX", "--lang", "vi")
    #expect(unitVi.error.contains("Không nguồn nào trong kho tổng hợp có đơn vị “XX”"))
    let person = try cli("hub", "heads", "--person", "Không Ai")
    #expect(person.status == 1)
    #expect(person.error.contains("No source in the hub names a person “Không Ai”"))
    let personJSON = try cli("hub", "heads", "--person", "Không Ai", "--json")
    #expect(personJSON.error.contains("\"code\" : \"person_in_no_source\""))
    // A source the hub does not hold.
    let source = try cli("hub", "units", "--source", "xa-khac", "--unit", "VHXH", "--json")
    #expect(source.status == 1)
    #expect(source.error.contains("\"code\" : \"unknown_source\""))
    let sourceHeads = try cli("hub", "heads", "--source", "xa-khac", "--json")
    #expect(sourceHeads.error.contains("\"code\" : \"unknown_source\""))
  }

  @Test(
    "A head appointed after the day asked is who the name means now, not an unknown person (trial)")
  func headAppointedLater() async throws {
    var cli = try CLIRunner(now: "2026-12-01T09:00:00+07:00")
    cli.environment["CLEARLEDGER_HUB_URL"] = try await TestPostgres.database("appointed_later")
    for arguments in [
      ["init"], ["unit", "add", "Văn phòng xã", "--code", "VP", "--on", "01/01/2026"],
      // Named only by the appointment (no `person add`), months after the unit.
      ["head", "appoint", "VP", "Lê Văn Cường", "--role", "Chánh Văn phòng", "--on", "01/04/2026"],
      ["hub", "init"], ["hub", "add-source", "xa-c", "--name", "Xã C"],
    ] {
      let run = try cli.run(arguments)
      #expect(run.status == 0, "\(arguments): \(run.error)")
    }
    let export = try cli("events", "export")
    let file = cli.folder.appendingPathComponent("xa-c.jsonl").path
    try export.output.write(toFile: file, atomically: true, encoding: .utf8)
    #expect(try cli("hub", "ingest", "xa-c", file).status == 0)
    for extra in [["--as-of", "01/02/2026"], ["--known-at", "2026-02-01"], []] {
      for json in [["--json"], []] {
        let own = try cli.run(["head", "view", "Le Van Cuong"] + extra + json)
        let hub = try cli.run(
          ["hub", "heads", "--person", "Le Van Cuong", "--source", "xa-c"] + extra + json)
        #expect(own.status == 0 && hub.status == 0, "\(extra): \(hub.error)")
        // JSON rows name the source on a line of their own, text blocks lead with it.
        let hubText =
          json.isEmpty
          ? hub.output.replacingOccurrences(of: "xa-c · ", with: "") : withoutSource(hub, "xa-c")
        #expect(hubText == own.output, "\(extra) \(json)")
      }
    }
  }
}
