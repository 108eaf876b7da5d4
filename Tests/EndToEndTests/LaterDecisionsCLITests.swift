import Foundation
import LedgerTestSupport
import Testing

/// Decisions about a year's products made after it (trial: an excuse of a delay and a review
/// with a major error, decided in January as chairs do, were accepted and left out of the
/// year's rating; only backdating them counted).
@Suite("Excuses and reviews decided after the year count for it")
struct LaterDecisionsCLITests {
  @Test(
    "A January excuse and review count for last year; one after the task's next deadline does not")
  func laterDecisions() throws {
    let cli = try CLIRunner(now: "2027-01-02T09:00:00+07:00")
    let start = "2027-01-02T09:00:00+07:00"
    for (now, step) in [
      (start, ["init"]),
      (start, ["unit", "add", "Phòng Kinh tế", "--code", "KT", "--on", "01/01/2027"]),
      (
        start,
        ["head", "appoint", "KT", "Hoàng Văn Dũng", "--role", "Trưởng phòng", "--on", "01/01/2027"]
      ),
      (
        start,
        [
          "task", "assign", "Chỉnh trang hạ tầng khu trung tâm xã", "--id", "K2", "--lead", "KT",
          "--role", "Trưởng phòng", "--result", "Hạ tầng nghiệm thu", "--due", "30/06/2027",
        ]
      ),
      (
        start,
        [
          "task", "assign", "Lập danh mục công trình trọng điểm", "--id", "K3", "--lead", "KT",
          "--role", "Trưởng phòng", "--result", "Danh mục", "--due", "30/09/2027",
        ]
      ),
      (
        start,
        [
          "task", "assign", "Báo cáo tình hình trật tự xây dựng", "--id", "M", "--lead", "KT",
          "--role", "Trưởng phòng", "--result", "Báo cáo tháng", "--due", "Hằng tháng",
        ]
      ),
    ] {
      let run = try cli.run(step, now: now)
      #expect(run.status == 0, "\(step): \(run.error)")
    }
    // Every month reported in time but November, reported on 05/12/2027.
    for month in 1...12 {
      let day =
        month == 11
        ? "2027-12-05" : month == 12 ? "2027-12-30" : String(format: "2027-%02d-25", month)
      let run = try cli.run(
        ["report", "M", "Báo cáo tháng \(month)"], now: day + "T09:00:00+07:00")
      #expect(run.status == 0, "\(month): \(run.error)")
    }
    for step in [
      ["task", "complete", "K2", "--result", "Xong", "--on", "10/07/2027"],
      ["task", "complete", "K3", "--result", "Xong", "--on", "20/09/2027"],
    ] {
      let run = try cli.run(step, now: "2028-01-06T09:00:00+07:00")
      #expect(run.status == 0, "\(step): \(run.error)")
    }
    let judge = "2028-01-21T09:00:00+07:00"
    for step in [
      ["task", "excuse-delay", "K2", "--reason", "Mưa kéo dài", "--approved-by", "Chủ tịch"],
      ["task", "review", "K3", "--major-errors", "1", "--by", "Chủ tịch"],
    ] {
      let run = try cli.run(step, now: judge)
      #expect(run.status == 0, "\(step): \(run.error)")
    }
    // After January's period of M (due 31/01/2028): about 2028, not 2027.
    let afterNext = try cli.run(
      ["task", "excuse-delay", "M", "--reason", "Mất điện", "--approved-by", "Chủ tịch"],
      now: "2028-02-10T09:00:00+07:00")
    #expect(afterNext.status == 0, "\(afterNext.error)")
    let explain = try cli.run(
      ["evaluate", "--year", "2027", "--explain", "Hoàng Văn Dũng", "--lang", "en"],
      now: "2028-02-12T09:00:00+07:00")
    #expect(explain.status == 0, "\(explain.error)")
    let lines = explain.output.split(separator: "\n").map(String.init)
    func after(_ id: String) -> String {
      guard let at = lines.firstIndex(where: { $0.hasPrefix("  \(id) ") }), at + 1 < lines.count
      else { return "" }
      return lines[at] + "\n" + lines[at + 1]
    }
    #expect(after("K2").contains("1 delay(s) (1 excused)"), "\(explain.output)")
    #expect(after("K3").contains("1 major error(s)"), "\(explain.output)")
    #expect(after("K3").contains("b = 100% × (1 − 25%) = 75%"), "\(explain.output)")
    #expect(after("M").contains("1 delay(s) (0 excused)"), "\(explain.output)")
    // As of a day before the decisions, they do not count.
    let before = try cli.run(
      [
        "evaluate", "--year", "2027", "--explain", "Hoàng Văn Dũng", "--as-of", "20/01/2028",
        "--lang", "en",
      ], now: "2028-02-12T09:00:00+07:00")
    #expect(before.output.contains("1 delay(s) (0 excused)"), "\(before.output)")
    #expect(!before.output.contains("major error"), "\(before.output)")
  }
}
