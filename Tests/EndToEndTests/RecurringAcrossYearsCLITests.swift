import Foundation
import LedgerTestSupport
import Testing

/// A recurring obligation across the turn of the year: a period missed in December stays
/// overdue in January until a report meets it, and that report meets it alone (two trials: on
/// 01/01 the missing report was forgotten, and a report filed in January counted for the last
/// quarter and the new year's first at once).
@Suite("Recurring obligations across the year's end")
struct RecurringAcrossYearsCLITests {
  func commune() throws -> CLIRunner {
    let cli = try CLIRunner(now: "2026-01-05T08:00:00+07:00")
    for step in [
      ["init"], ["unit", "add", "Công an xã", "--code", "CAX", "--on", "01/01/2026"],
      [
        "head", "appoint", "CAX", "Đỗ Minh Quân", "--role", "Trưởng Công an xã", "--on",
        "01/01/2026",
      ],
      [
        "task", "assign", "Báo cáo quý về an ninh trật tự", "--id", "Q", "--lead", "CAX", "--role",
        "Trưởng Công an xã", "--result", "Báo cáo quý", "--due", "Định kỳ hằng quý",
      ],
    ] {
      #expect(try cli.run(step).status == 0, "\(step)")
    }
    for (now, text) in [
      ("2026-03-25T08:00:00+07:00", "Quý I"), ("2026-06-25T08:00:00+07:00", "Quý II"),
      ("2026-09-25T08:00:00+07:00", "Quý III"),
    ] {
      #expect(try cli.run(["report", "Q", text], now: now).status == 0)
    }
    return cli
  }

  @Test("The last quarter's missing report keeps the obligation overdue in January")
  func missedStaysOverdue() throws {
    let cli = try commune()
    let january = "2027-01-05T09:00:00+07:00"
    let status = try cli.run(["status", "--json"], now: january)
    #expect(status.output.contains("\"bucket\" : \"overdue\""), "\(status.output)")
    #expect(status.output.contains("2026-12-31"), "\(status.output)")
    let due = try cli.run(["due", "--lang", "en"], now: january)
    #expect(due.output.contains("Q"), "\(due.output)")
    #expect(due.output.lowercased().contains("overdue"), "\(due.output)")
  }

  @Test("A report filed in January meets the missed quarter, late, and not the new year's first")
  func januaryReportMeetsOnePeriod() throws {
    let cli = try commune()
    #expect(
      try cli.run(["report", "Q", "Quý IV/2026"], now: "2027-01-08T09:00:00+07:00").status == 0)
    let now = "2027-01-10T09:00:00+07:00"
    let status = try cli.run(["status", "--json"], now: now)
    #expect(
      status.output.contains("\"bucket\" : \"in_progress_within_deadline\""), "\(status.output)")
    let last = try cli.run(["yearly", "--year", "2026", "--lang", "vi"], now: now)
    // The year's report is cut at its last day: the quarter was not reported by then.
    #expect(last.output.contains("**Báo cáo kỳ hạn 31/12/2026:** CHƯA BÁO CÁO"), "\(last.output)")
    let next = try cli.run(
      ["yearly", "--year", "2027", "--lang", "vi"], now: "2027-04-10T09:00:00+07:00")
    #expect(next.output.contains("**Báo cáo kỳ hạn 31/03/2027:** CHƯA BÁO CÁO"), "\(next.output)")
  }

  @Test("A yearly report missed on 30/11 stays overdue in January; a report then meets that year")
  func yearlyAcrossTheYear() throws {
    let cli = try CLIRunner(now: "2026-01-05T08:00:00+07:00")
    for step in [
      ["init"], ["unit", "add", "Phòng Văn hóa - Xã hội", "--code", "VHXH", "--on", "01/01/2026"],
      [
        "task", "assign", "Đào tạo kỹ năng số", "--id", "Y", "--lead", "VHXH", "--role",
        "Trưởng phòng", "--result", "Số người", "--yearly", "30/11",
      ],
    ] {
      #expect(try cli.run(step).status == 0, "\(step)")
    }
    let january = try cli.run(["status", "--json"], now: "2027-01-05T09:00:00+07:00")
    #expect(january.output.contains("\"bucket\" : \"overdue\""), "\(january.output)")
    #expect(january.output.contains("2026-11-30"), "\(january.output)")
    #expect(
      try cli.run(
        ["report", "Y", "Báo cáo năm 2026", "--annual"], now: "2027-01-10T09:00:00+07:00"
      )
      .status == 0)
    let after = try cli.run(["status", "--json"], now: "2027-01-12T09:00:00+07:00")
    #expect(
      after.output.contains("\"bucket\" : \"in_progress_within_deadline\""), "\(after.output)")
    #expect(after.output.contains("2027-11-30"), "\(after.output)")
  }

  @Test("Evaluating the year on a day after it judges it on its last day")
  func evaluationAfterTheYear() throws {
    let cli = try commune()
    let now = "2027-01-12T09:00:00+07:00"
    let plain = try cli.run(["evaluate", "--year", "2026", "--json"], now: now)
    let later = try cli.run(
      ["evaluate", "--year", "2026", "--as-of", "12/01/2027", "--json"], now: now)
    #expect(plain.status == 0 && later.status == 0, "\(later.error)")
    #expect(plain.output == later.output)
    #expect(later.output.contains("\"tasks\" : 1"), "\(later.output)")
    let yearly = try cli.run(
      ["yearly", "--year", "2026", "--as-of", "12/01/2027", "--lang", "vi"], now: now)
    #expect(yearly.output.contains("Tình hình đến ngày 31/12/2026"), "\(yearly.output)")
    #expect(!yearly.output.contains("31/03/2027"), "\(yearly.output)")
  }
}
