import Foundation
import LedgerTestSupport
import Testing

/// What the clock and a moment asked say (trial: a clock set back showed later facts as of its
/// day without a word, a refusal gave another reason than the clock, a moment written to the
/// minute with its offset was refused, and an answer as known at a moment did not say so).
@Suite("The clock and the moment asked")
struct ClockAndMomentCLITests {
  /// A task assigned on 01/03/2026 and completed on 10/05/2026.
  func commune() throws -> CLIRunner {
    let cli = try CLIRunner(now: "2026-03-01T08:00:00+07:00")
    for step in [
      ["init"], ["unit", "add", "Phòng Kinh tế", "--code", "KT", "--on", "01/01/2026"],
      ["head", "appoint", "KT", "Ngô Văn Bình", "--role", "Trưởng phòng", "--on", "01/01/2026"],
      [
        "task", "assign", "Lập danh sách hộ nghèo", "--id", "T-A", "--lead", "KT", "--role",
        "Trưởng phòng", "--result", "Danh sách", "--due", "30/06/2026",
      ],
    ] {
      let run = try cli.run(step)
      #expect(run.status == 0, "\(step): \(run.error)")
    }
    let started = try cli.run(["task", "start", "T-A"], now: "2026-04-01T08:00:30+07:00")
    #expect(started.status == 0, "\(started.error)")
    let done = try cli.run(
      ["task", "complete", "T-A", "--evidence", "5/QĐ"], now: "2026-05-10T09:00:00+07:00")
    #expect(done.status == 0, "\(done.error)")
    return cli
  }

  @Test(
    "A clock behind the ledger: reads answer with a note, writes are refused for the clock first, in local time"
  )
  func clockBehind() throws {
    let cli = try commune()
    let past = "2026-04-01T09:00:00+07:00"
    let status = try cli.run(["status", "--lang", "en"], now: past)
    #expect(status.status == 0, "\(status.error)")
    #expect(
      status.error.contains(
        "Note: the clock (01/04/2026 09:00:00 (+07:00)) is behind the ledger's last event (recorded 10/05/2026 09:00:00 (+07:00))"
      ), "\(status.error)")
    // A clock on time: no note.
    #expect(!(try cli.run(["status"], now: "2026-06-01T09:00:00+07:00")).error.contains("clock"))
    // The task was not completed on 01/04: the refusal is the clock's, not "completed".
    let report = try cli.run(["report", "T-A", "Tiến độ", "--json"], now: past)
    #expect(report.status != 0)
    #expect(report.error.contains("clock_behind_ledger"), "\(report.error)")
    let text = try cli.run(["report", "T-A", "Tiến độ", "--lang", "vi"], now: past)
    #expect(
      text.error.contains("Đồng hồ (01/04/2026 09:00:00 (+07:00)) lùi về trước"), "\(text.error)")
  }

  @Test("A clock that does not read is told in the language CLEARLEDGER_LANG asks for")
  func clockUnreadInVietnamese() throws {
    var cli = try commune()
    cli.environment["CLEARLEDGER_LANG"] = "vi"
    let run = try cli.run(["status"], now: "2026-05-12")
    #expect(run.status != 0)
    #expect(run.error.contains("CLEARLEDGER_NOW=“2026-05-12” không đọc được"), "\(run.error)")
  }

  @Test(
    "--known-at written to the minute with its offset reads, and every answer says it is as known then"
  )
  func knownAt() throws {
    let cli = try commune()
    let now = "2026-06-01T09:00:00+07:00"
    let status = try cli.run(
      ["status", "--known-at", "2026-04-01T08:00+07:00", "--lang", "en", "--json"], now: now)
    #expect(status.status == 0, "\(status.error)")
    // All of that minute: the start recorded at 08:00:30 is known, the completion is not.
    #expect(status.output.contains("\"in_progress\""), "\(status.output)")
    #expect(!status.output.contains("\"completed\""), "\(status.output)")
    let before = try cli.run(
      ["status", "--known-at", "2026-04-01T07:59+07:00", "--json"], now: now)
    #expect(before.output.contains("\"assigned\""), "\(before.output)")
    let text = try cli.run(
      ["status", "--known-at", "2026-04-01T08:00+07:00", "--lang", "en"], now: now)
    #expect(
      text.output.hasPrefix("Status on 01/06/2026, as known at 01/04/2026 08:00+07:00\n"),
      "\(text.output)")
    let heads = try cli.run(["head", "view", "--known-at", "2026-04-01", "--lang", "vi"], now: now)
    #expect(heads.output.hasPrefix("Theo những gì sổ biết lúc 01/04/2026.\n"), "\(heads.output)")
    let units = try cli.run(["unit", "view", "--known-at", "2026-04-01", "--lang", "en"], now: now)
    #expect(units.output.hasPrefix("As known at 01/04/2026.\n"), "\(units.output)")
    let check = try cli.run(["check", "--known-at", "2026-04-01", "--lang", "en"], now: now)
    #expect(
      check.output.hasPrefix("Five-clear check on 01/06/2026, as known at 01/04/2026\n"),
      "\(check.output)")
    let evaluation = try cli.run(
      ["evaluate", "--year", "2026", "--known-at", "2026-04-01", "--lang", "vi"], now: now)
    #expect(
      evaluation.output.contains(", theo những gì sổ biết lúc 01/04/2026\n"), "\(evaluation.output)"
    )
    let explain = try cli.run(
      [
        "evaluate", "--year", "2026", "--explain", "NVB", "--known-at", "2026-04-01", "--lang",
        "en",
      ],
      now: now)
    #expect(explain.output.hasPrefix("As known at 01/04/2026.\n"), "\(explain.output)")
    // Without --known-at: no such line.
    #expect(
      try cli.run(["status", "--lang", "en"], now: now).output.hasPrefix("Status on 01/06/2026\n"))
  }
}
