import Foundation
import LedgerTestSupport
import Testing

/// A task that comes back to the unit that missed its deadline (KT, then VP, then KT again):
/// KT keeps its first charge and leads the task again, and every view tells the two apart
/// (trial: the evaluation rated the head on the first charge alone, judged that charge by the
/// later deadline, and `status` showed the hand-over's deadline as an extension).
@Suite("A task returned to the unit that missed it")
struct ReturnedTaskCLITests {
  func commune() throws -> CLIRunner {
    let cli = try CLIRunner(now: "2026-03-01T08:00:00+07:00")
    for step in [
      ["init"], ["unit", "add", "Phòng Kinh tế", "--code", "KT", "--on", "01/01/2026"],
      ["unit", "add", "Văn phòng HĐND và UBND xã", "--code", "VP", "--on", "01/01/2026"],
      ["head", "appoint", "KT", "Ngô Văn Bình", "--role", "Trưởng phòng", "--on", "01/01/2026"],
      ["head", "appoint", "VP", "Lý Thị Cúc", "--role", "Chánh Văn phòng", "--on", "01/01/2026"],
      [
        "task", "assign", "Lập danh sách hộ nghèo năm 2026", "--id", "T-A", "--lead", "KT",
        "--role", "Trưởng phòng", "--result", "Danh sách", "--due", "10/03/2026",
      ],
    ] {
      let run = try cli.run(step)
      #expect(run.status == 0, "\(step): \(run.error)")
    }
    for (now, step) in [
      (
        "2026-03-16T09:00:00+07:00",
        ["task", "reassign", "T-A", "--lead", "VP", "--reason", "chuyển VP", "--due", "31/03/2026"]
      ),
      (
        "2026-03-20T09:00:00+07:00",
        [
          "task", "reassign", "T-A", "--lead", "KT", "--reason", "trả lại KT", "--due",
          "15/05/2026",
        ]
      ),
      ("2026-05-10T09:00:00+07:00", ["task", "complete", "T-A", "--evidence", "5/QĐ"]),
    ] {
      let run = try cli.run(step, now: now)
      #expect(run.status == 0, "\(step): \(run.error)")
    }
    return cli
  }

  @Test(
    "The head is rated on one product: delivered in its last period, with KT's missed deadline as a delay"
  )
  func rated() throws {
    let cli = try commune()
    let now = "2027-01-10T10:00:00+07:00"
    let explain = try cli.run(
      ["evaluate", "--year", "2026", "--explain", "NVB", "--lang", "en"], now: now)
    #expect(explain.status == 0, "\(explain.error)")
    // The charge KT kept on leaving is judged by its own deadline, missed.
    #expect(
      explain.output.contains(
        "10/03/2026 missed; quantity 0/1 → a 0%; 1 delay(s) (0 excused) → progress −25%: c = 0% × (1 − 25%) = 0%; b = a = 0%"
      ),
      "\(explain.output)")
    // One rating over both capacities: the product delivered in Q2, the delay counted once.
    let rating = try #require(
      explain.output.components(separatedBy: "One rating for the year").last)
    #expect(rating.contains("Q2: a 100%, b 100%, c 75%"), "\(rating)")
    #expect(
      rating.contains(
        "T-A: 2 charges, one product: counted in Q2 (last deadline 15/05/2026), with 1 delay(s) from the deadlines missed."
      ), "\(rating)")
    #expect(!rating.contains("Q1:"), "\(rating)")
  }

  @Test("check judges the task once, by its lead now (trial: it judged it twice)")
  func checkedOnce() throws {
    let cli = try commune()
    let run = try cli.run(["check", "--json"], now: "2026-06-01T09:00:00+07:00")
    #expect(run.status == 0, "\(run.error)")
    #expect(run.output.components(separatedBy: "\"T-A\"").count - 1 == 1, "\(run.output)")
    let text = try cli.run(["check", "--lang", "en"], now: "2026-06-01T09:00:00+07:00")
    #expect(text.output.components(separatedBy: "T-A").count - 1 == 1, "\(text.output)")
  }

  @Test("status shows KT's two lines, the earlier without an extension it never had")
  func status() throws {
    let cli = try commune()
    let run = try cli.run(["status", "--json"], now: "2026-06-01T09:00:00+07:00")
    #expect(run.status == 0, "\(run.error)")
    let rows = try #require(
      try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]])
    let charged = rows.compactMap { $0["charged_unit"] as? String }
    #expect(charged.filter { $0 == "KT" }.count == 2, "\(rows)")
    let text = try cli.run(["status", "--lang", "en"], now: "2026-06-01T09:00:00+07:00")
    #expect(!text.output.contains("not counted"), "\(text.output)")
    #expect(text.output.contains("10/03/2026"), "\(text.output)")
  }
}
