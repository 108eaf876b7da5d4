import Foundation
import LedgerTestSupport
import Testing

/// Reminders during a vacancy (trial: the head who had left was reminded of an overdue task,
/// though his account was refused by then; nobody listed the post as empty).
@Suite("Reminders while a post is vacant")
struct VacancyReminderCLITests {
  @Test("An overdue task in a vacancy reminds nobody and is listed as answered by no one")
  func vacancy() throws {
    let cli = try CLIRunner(now: "2027-01-02T09:00:00+07:00")
    for step in [
      ["init"], ["unit", "add", "Phòng Kinh tế", "--code", "KT", "--on", "01/01/2027"],
      ["head", "appoint", "KT", "Hoàng Văn Dũng", "--role", "Trưởng phòng", "--on", "01/01/2027"],
      [
        "task", "assign", "Lập danh mục chỉnh trang vỉa hè", "--id", "V", "--lead", "KT",
        "--role", "Trưởng phòng", "--result", "Danh mục", "--due", "31/07/2027",
      ],
    ] {
      let run = try cli.run(step)
      #expect(run.status == 0, "\(step): \(run.error)")
    }
    let vacate = try cli.run(
      ["head", "vacate", "KT", "--on", "05/08/2027"], now: "2027-08-05T09:00:00+07:00")
    #expect(vacate.status == 0, "\(vacate.error)")
    let during = try cli.run(["due", "--lang", "en"], now: "2027-08-10T09:00:00+07:00")
    #expect(during.status == 0, "\(during.error)")
    #expect(!during.output.contains("Hoàng Văn Dũng"), "\(during.output)")
    let unanswered = try #require(
      during.output.components(separatedBy: "No one answerable on record").last)
    #expect(unanswered.contains("V "), "\(during.output)")
    // The blame stays his: the status line still names him.
    let status = try cli.run(["status", "--lang", "en"], now: "2027-08-10T09:00:00+07:00")
    #expect(status.output.contains("Hoàng Văn Dũng"), "\(status.output)")
    let appoint = try cli.run(
      ["head", "appoint", "KT", "Phạm Thị Giang", "--role", "Trưởng phòng", "--on", "15/08/2027"],
      now: "2027-08-14T09:00:00+07:00")
    #expect(appoint.status == 0, "\(appoint.error)")
    let after = try cli.run(["due", "--lang", "en"], now: "2027-08-16T09:00:00+07:00")
    #expect(after.output.contains("Phạm Thị Giang"), "\(after.output)")
    #expect(!after.output.contains("Hoàng Văn Dũng"), "\(after.output)")
  }
}
