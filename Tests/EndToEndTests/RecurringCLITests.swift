import Foundation
import LedgerTestSupport
import Testing

/// A clerk records monthly and quarterly reporting obligations, as plans write them, and every
/// view judges each period the same way.
@Suite("Recurring obligations end to end")
struct RecurringCLITests {
  @Test("task assign --due takes the phrase; status, check, yearly and evaluate agree")
  func recurringThroughTheViews() throws {
    let cli = try CLIRunner(now: "2026-01-05T09:00:00+07:00")
    for arguments in [
      ["init"], ["unit", "add", "Công an xã", "--code", "CAX", "--on", "01/01/2026"],
      [
        "head", "appoint", "CAX", "Lê Văn Cường", "--role", "Trưởng Công an xã", "--on",
        "01/01/2026",
      ],
      [
        "task", "assign", "Báo cáo tình hình an ninh trật tự", "--id", "Q", "--lead", "CAX",
        "--role", "Trưởng Công an xã", "--result", "Báo cáo quý", "--due", "Định kỳ hằng quý",
      ],
      [
        "task", "assign", "Báo cáo công tác tiếp công dân", "--id", "M", "--lead", "CAX",
        "--role", "Trưởng Công an xã", "--result", "Báo cáo tháng", "--due", "monthly by 20",
      ],
    ] {
      let run = try cli.run(arguments)
      #expect(run.status == 0, "\(arguments): \(run.error)")
    }
    let reports: [(String, String)] = [
      ("Q", "28/03/2026"), ("M", "15/01/2026"), ("M", "18/02/2026"), ("M", "25/03/2026"),
    ]
    for (task, day) in reports {
      let run = try cli(
        "report", task, "Đã báo cáo", "--on", day, now: "2026-04-01T09:00:00+07:00")
      #expect(run.status == 0, "\(run.error)")
    }

    // On 02/05 the April report of M is missing: overdue for the period due 20/04; Q waits
    // for 30/06.
    let may = "2026-05-02T09:00:00+07:00"
    let status = try cli("status", "--json", now: may)
    let rows = try #require(
      try JSONSerialization.jsonObject(with: Data(status.output.utf8)) as? [[String: Any]])
    func row(_ id: String) -> [String: Any]? { rows.first { $0["id"] as? String == id } }
    #expect(row("M")?["bucket"] as? String == "overdue")
    #expect(row("M")?["due"] as? String == "2026-04-20")
    #expect((row("M")?["deadline"] as? [String: Any])?["kind"] as? String == "monthly")
    #expect(row("Q")?["bucket"] as? String == "in_progress_within_deadline")
    #expect(row("Q")?["due"] as? String == "2026-06-30")
    let text = try cli("status", "--lang", "vi", now: may)
    #expect(
      text.output.contains("hằng quý, hạn ngày cuối quý (kỳ hạn 30/06/2026)"), "\(text.output)")

    // check says the time is clear, with the kind and its day
    let check = try cli("check", "--lang", "en", now: may)
    #expect(check.output.contains("A recurring reporting obligation, every month by day 20"))

    // yearly lists each period begun, with its report
    let yearly = try cli("yearly", "--year", "2026", "--lang", "en", now: may)
    #expect(
      yearly.output.contains("- **Period report due 20/03/2026:** reported late on 25/03/2026"))
    #expect(yearly.output.contains("- **Period report due 20/04/2026:** NOT REPORTED"))
    #expect(
      yearly.output.contains(
        "- **Deadline:** every month by day 20 (first period unreported: 20/04/2026)"))

    // evaluate at the year's end: Q missed its later quarters, M missed April: both overdue
    let evaluation = try cli(
      "evaluate", "--year", "2026", "--json", now: "2027-01-10T09:00:00+07:00")
    #expect(evaluation.status == 0, "\(evaluation.error)")
    #expect(evaluation.output.contains("\"overdue\""), "\(evaluation.output)")

    // The views rebuilt from the log are the ones kept inline
    let rebuild = try cli("rebuild", now: may)
    #expect(rebuild.status == 0, "\(rebuild.output) \(rebuild.error)")

    // A phrase that is no day of a month is refused
    let refused = try cli(
      "task", "assign", "X", "--lead", "CAX", "--role", "r", "--result", "r", "--due",
      "hằng quý trước ngày 40")
    #expect(refused.status == 1)
  }
}
