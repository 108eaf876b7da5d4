import Foundation
import LedgerTestSupport
import Testing

/// Time travel, audit, diff and digests through the real binary.
@Suite("Audit and time travel end to end")
struct AuditCLITests {
  /// A task due 30/06 completed on 28/06, the completion recorded on 05/07.
  func lateFiled() throws -> CLIRunner {
    let cli = try CLIRunner(now: "2026-01-05T09:00:00+07:00")
    for step in [
      ["init"], ["unit", "add", "Phòng Văn hóa - Xã hội", "--on", "01/01/2026"],
      [
        "task", "assign", "Hoàn thành kết nối cơ sở dữ liệu", "--lead", "VHXH", "--role",
        "Chủ tịch UBND xã",
        "--result", "CSDL vận hành", "--due", "30/06/2026", "--id", "A",
      ],
    ] {
      #expect(try cli.run(step).status == 0)
    }
    #expect(
      try cli("task", "complete", "A", "--on", "28/06/2026", now: "2026-07-05T10:00:00+07:00")
        .status == 0)
    return cli
  }

  func bucket(_ run: CLIRunner.Run) -> String? {
    let tasks = (try? JSONSerialization.jsonObject(with: Data(run.output.utf8))) as? [[String: Any]]
    return tasks?.first?["bucket"] as? String
  }

  @Test("status --as-of --known-at answers both questions")
  func asOfKnownAt() throws {
    let cli = try lateFiled()
    let now = "2026-07-20T09:00:00+07:00"
    #expect(
      bucket(try cli("status", "--as-of", "30/06/2026", "--json", now: now)) == "completed_on_time")
    #expect(
      bucket(
        try cli("status", "--as-of", "30/06/2026", "--known-at", "01/07/2026", "--json", now: now))
        == "overdue")
    let heads = try cli(
      "head", "view", "--as-of", "30/06/2026", "--known-at", "01/07/2026", now: now)
    #expect(heads.status == 0)
    let check = try cli(
      "check", "--as-of", "30/06/2026", "--known-at", "01/07/2026", "--json", now: now)
    #expect(check.status == 0)
  }

  @Test("audit flags the late-filed completion; --actor and --threshold filter")
  func audit() throws {
    let cli = try lateFiled()
    let run = try cli("audit", "--threshold", "5", now: "2026-07-20T09:00:00+07:00")
    #expect(run.status == 0)
    #expect(run.output.contains("⚠ BACKDATED completed task A"))
    #expect(run.output.contains("thuky: 3 events, 1 backdated over 5 days, longest lag 7 days"))
    let json = try cli("audit", "--task", "A", "--json", now: "2026-07-20T09:00:00+07:00")
    let lines = try #require(
      try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
    #expect(lines.map { $0["lag_days"] as? Int } == [0, 7])
    #expect(lines.map { $0["backdated"] as? Bool } == [false, false])
    #expect(try cli("audit", "--actor", "someone else").output.contains("No events match."))
  }

  @Test("audit --actor finds a person by staff code, and says when nobody bears the name (trial)")
  func actorByCode() throws {
    let cli = try lateFiled()
    let added = try cli(
      "person", "add", "Phan Thị Thu", "--code", "PTT", now: "2026-07-06T09:00:00+07:00")
    #expect(added.status == 0, "\(added.error)")
    let report = try cli(
      "unit", "add", "Phòng Kinh tế", "--actor", "Phan Thị Thu",
      now: "2026-07-06T09:00:00+07:00")
    #expect(report.status == 0, "\(report.error)")
    let now = "2026-07-20T09:00:00+07:00"
    let byCode = try cli("audit", "--actor", "ptt", "--lang", "en", now: now)
    #expect(byCode.output.contains("Phan Thị Thu: 1 event,"), "\(byCode.output)")
    #expect(!byCode.output.contains("thuky"), "\(byCode.output)")
    let byName = try cli("audit", "--actor", "Phan Thi Thu", "--lang", "en", now: now)
    #expect(byName.output == byCode.output)
    let nobody = try cli("audit", "--actor", "Nobody Here", "--lang", "en", now: now)
    #expect(nobody.status == 0)
    #expect(nobody.output.contains("The ledger has no person or account named “Nobody Here”"))
    // A hand-written recorder who is no registered person is matched as typed, without a note.
    let typed = try cli("audit", "--actor", "thuky", "--lang", "en", now: now)
    #expect(typed.output.contains("thuky: 4 events") && !typed.output.contains("no person"))
  }

  @Test("diff names the event that changed the picture")
  func diff() throws {
    let cli = try lateFiled()
    let run = try cli(
      "diff", "--known-at", "01/07/2026", "--known-at", "06/07/2026", "--as-of", "30/06/2026",
      now: "2026-07-20T09:00:00+07:00")
    #expect(run.status == 0)
    #expect(run.output.contains("A  overdue → completed on time"))
    #expect(run.output.contains("#3 · 28/06/2026 · completed task A"))
    #expect(try cli("diff", "--known-at", "01/07/2026").status == 64)
  }

  @Test("verify --digest fails after a truncation done behind the ledger's back")
  func digestTruncation() throws {
    let cli = try lateFiled()
    let digest = try cli("digest").output.trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(digest.hasPrefix("3:"))
    #expect(try cli("verify", "--digest", digest).status == 0)
    let sqlite = URL(fileURLWithPath: "/usr/bin/sqlite3")
    try #require(
      FileManager.default.isExecutableFile(atPath: sqlite.path), "sqlite3 shell is needed")
    let cut = try cli.run(
      [
        cli.database,
        "DROP TRIGGER events_are_never_deleted; DELETE FROM events WHERE position = 3",
      ], program: sqlite)
    #expect(cut.status == 0, "\(cut.error)")
    // The chain that remains is intact (the views, which still show the deleted event, do not
    // equal its replay, so a full verify fails too)…
    #expect(try cli("verify", "--chain-only").status == 0)
    #expect(try cli("verify").status == 2)
    let run = try cli("verify", "--chain-only", "--digest", digest)
    #expect(run.status == 2)  // …but it no longer extends the kept digest
    #expect(run.output.contains("TRUNCATED"))
    #expect(try cli("verify", "--digest", "nonsense").status == 1)
  }
}
