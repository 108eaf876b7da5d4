import Foundation
import LedgerTestSupport
import Testing

/// What a fourth fresh trial (an inspector's 2027) found, each as it was seen.
@Suite("Fourth trial: an inspector's year")
struct FourthTrialCLITests {
  @Test("The end of a tenure may be recorded ahead of its day, as an appointment may")
  func vacateAhead() throws {
    let cli = try CLIRunner(now: "2027-04-14T10:00:00+07:00")
    for step in [
      ["init"], ["unit", "add", "Văn phòng HĐND và UBND xã", "--code", "VP", "--on", "01/01/2027"],
      ["head", "appoint", "VP", "Lý Thị Cúc", "--role", "Chánh Văn phòng", "--on", "01/01/2027"],
    ] {
      #expect(try cli.run(step).status == 0)
    }
    let run = try cli.run(["head", "vacate", "VP", "--on", "15/04/2027", "--lang", "en"])
    #expect(run.status == 0, "\(run.error)")
    // Today she still heads the unit; from the 15th nobody does.
    let today = try cli.run(["head", "view", "--lang", "en"])
    #expect(
      today.output.contains("Lý Thị Cúc (LTC) — Chánh Văn phòng, VP (01/01/2027–14/04/2027)"),
      "\(today.output)")
    // Other facts still may not be dated ahead.
    let ahead = try cli.run(["unit", "add", "Phòng Kinh tế", "--on", "20/04/2027", "--json"])
    #expect(ahead.status == 1)
    #expect(ahead.error.contains("\"code\" : \"future_date\""), "\(ahead.error)")
  }

  @Test(
    "After a hand-over the yearly report shows no stale coordinator nor the plan's old deadline as the deadline's words"
  )
  func handedOverLine() throws {
    let cli = try CLIRunner(now: "2027-01-05T08:00:00+07:00")
    let plan = cli.folder.appendingPathComponent("ke-hoach.csv").path
    try """
    STT,Nội dung công việc,Cơ quan chủ trì,Cơ quan phối hợp,Kết quả,Thời hạn
    1,Rà soát thủ tục hành chính,Phòng Kinh tế,Văn phòng HĐND và UBND xã,Danh mục thủ tục,31.05.2027
    """.write(toFile: plan, atomically: true, encoding: .utf8)
    #expect(try cli.run(["init"]).status == 0)
    let imported = try cli.run(["import", plan, "--number", "05/KH-UBND", "--issued", "02/01/2027"])
    #expect(imported.status == 0, "\(imported.error)")
    let status = try cli.run(["status", "--json"])
    let id = try #require(
      status.output.components(separatedBy: "\"id\" : \"").dropFirst().first?
        .components(separatedBy: "\"").first)
    let moved = try cli.run(
      [
        "task", "reassign", id, "--lead", "Văn phòng HĐND và UBND xã", "--reason", "Chuyển VP",
        "--due", "31/08/2027",
      ], now: "2027-03-01T08:00:00+07:00")
    #expect(moved.status == 0, "\(moved.error)")
    let yearly = try cli.run(
      ["yearly", "--year", "2027", "--lang", "vi"], now: "2027-12-31T08:00:00+07:00")
    #expect(yearly.status == 0, "\(yearly.error)")
    // The line the Văn phòng leads does not name it as its own coordinator.
    #expect(!yearly.output.contains("**Phối hợp:** Văn phòng HĐND và UBND xã"), "\(yearly.output)")
    // The deadline is the one in force; the plan's words are said to be the plan's.
    #expect(
      yearly.output.contains("Hạn 31/08/2027; kế hoạch ghi 31/05/2027 (“31.05.2027”)."),
      "\(yearly.output)")
  }
}

/// `diff` says what changed on a line, and which events did it, also when the line's bucket
/// stayed (trial: "overdue → overdue" with no event, and a lead changed read as a task gone and
/// another come).
@Suite("Fourth trial: what diff shows")
struct DiffPartsCLITests {
  @Test("A head appointed late and a hand-over are named as what changed, with their events")
  func partsAndCauses() throws {
    let cli = try CLIRunner(now: "2027-01-05T08:00:00+07:00")
    for step in [
      ["init"], ["unit", "add", "Phòng Kinh tế", "--code", "KT", "--on", "01/01/2027"],
      ["unit", "add", "Văn phòng HĐND và UBND xã", "--code", "VP", "--on", "01/01/2027"],
      [
        "task", "assign", "Rà soát thủ tục", "--id", "T", "--lead", "KT", "--role", "Trưởng phòng",
        "--result", "Danh mục", "--due", "30/06/2027",
      ],
    ] {
      #expect(try cli.run(step).status == 0, "\(step)")
    }
    for (now, step) in [
      (
        "2027-03-10T09:00:00+07:00",
        ["head", "appoint", "KT", "Hoàng Văn Dũng", "--role", "Trưởng phòng", "--on", "01/01/2027"]
      ),
      (
        "2027-04-10T09:00:00+07:00",
        ["task", "reassign", "T", "--lead", "VP", "--reason", "Chuyển VP", "--due", "31/07/2027"]
      ),
    ] {
      #expect(try cli.run(step, now: now).status == 0, "\(step)")
    }
    let now = "2027-05-01T09:00:00+07:00"
    let head = try cli.run(
      [
        "diff", "--known-at", "2027-03-05", "--known-at", "2027-03-15", "--as-of", "01/03/2027",
        "--lang", "en",
      ], now: now)
    #expect(head.status == 0, "\(head.error)")
    #expect(
      head.output.contains("head of the lead unit: — → Hoàng Văn Dũng (HVD)"), "\(head.output)")
    #expect(head.output.contains("appointed Hoàng Văn Dũng"), "\(head.output)")
    let moved = try cli.run(
      [
        "diff", "--known-at", "2027-04-05", "--known-at", "2027-04-15", "--as-of", "15/04/2027",
        "--lang", "en", "--json",
      ], now: now)
    #expect(moved.status == 0, "\(moved.error)")
    // One change of the line, not a line gone and another come.
    #expect(moved.output.components(separatedBy: "\"task\" : \"T\"").count == 2, "\(moved.output)")
    #expect(moved.output.contains("\"lead\""), "\(moved.output)")
    let text = try cli.run(
      [
        "diff", "--known-at", "2027-04-05", "--known-at", "2027-04-15", "--as-of", "15/04/2027",
        "--lang", "en",
      ], now: now)
    #expect(text.output.contains("lead unit: KT → VP"), "\(text.output)")
    #expect(!text.output.contains("(not there)"), "\(text.output)")
  }
}

/// A correction says where the task stands now, and how to restate a fact on another day
/// (trial: `correct --on` retracted a completion the clerk meant to move, without a word).
@Suite("Fourth trial: what a correction leaves")
struct CorrectionStandingCLITests {
  @Test("Retracting a completion says the task is overdue now and how to restate it")
  func standing() throws {
    let cli = try oneTaskCommune()
    #expect(
      try cli.run(
        ["task", "complete", "T", "--evidence", "1/BC"], now: "2027-06-20T08:00:00+07:00"
      )
      .status == 0)
    let now = "2027-07-20T08:00:00+07:00"
    let retracted = try cli.run(["correct", "3", "--reason", "Nhầm", "--lang", "en"], now: now)
    #expect(retracted.status == 0, "\(retracted.error)")
    #expect(retracted.output.contains("T now: overdue (due 30/06/2027)."), "\(retracted.output)")
    #expect(retracted.output.contains("--happened-on DATE"), "\(retracted.output)")
    // Undoing the correction restores the completion: nothing to restate.
    let restored = try cli.run(["correct", "4", "--reason", "Nhầm", "--lang", "en"], now: now)
    #expect(restored.output.contains("T now: completed on time"), "\(restored.output)")
    #expect(!restored.output.contains("--happened-on"), "\(restored.output)")
    let help = try cli.run(["correct", "--help"])
    let words = help.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(words.contains("--on is only the day of the correction itself"), "\(words)")
  }
}

/// The year's report shows what the evaluation counts besides dates: a delay certified as
/// having an objective cause, and the review of the product.
@Suite("Yearly report: excuses and reviews")
struct YearlyExcusesCLITests {
  @Test("An excused delay and a review are in the task's section, in Vietnamese and English")
  func shown() throws {
    let cli = try CLIRunner(now: "2027-01-05T08:00:00+07:00")
    for step in [
      ["init"], ["unit", "add", "UBND xã", "--code", "UBND", "--on", "01/01/2027"],
      ["unit", "add", "Phòng Kinh tế", "--code", "KT", "--on", "01/01/2027"],
      [
        "head", "appoint", "UBND", "Nguyễn Văn An", "--role", "Chủ tịch UBND xã", "--on",
        "01/01/2027",
      ],
      [
        "task", "assign", "Rà soát thủ tục", "--id", "T", "--lead", "KT", "--role", "Trưởng phòng",
        "--result", "Danh mục", "--due", "30/06/2027",
      ],
    ] {
      #expect(try cli.run(step).status == 0, "\(step)")
    }
    for (now, step) in [
      ("2027-07-10T08:00:00+07:00", ["task", "complete", "T", "--evidence", "5/BC"]),
      (
        "2027-07-12T08:00:00+07:00",
        [
          "task", "excuse-delay", "T", "--reason", "Chờ hướng dẫn của Sở", "--approved-by",
          "Nguyễn Văn An", "--decision", "12/QĐ-UBND",
        ]
      ),
      (
        "2027-07-15T08:00:00+07:00",
        ["task", "review", "T", "--major-errors", "1", "--by", "Nguyễn Văn An"]
      ),
    ] {
      let run = try cli.run(step, now: now)
      #expect(run.status == 0, "\(step): \(run.error)")
    }
    let now = "2028-01-05T08:00:00+07:00"
    let vi = try cli.run(["yearly", "--year", "2027", "--lang", "vi"], now: now)
    #expect(
      vi.output.contains(
        "**Chậm do nguyên nhân khách quan:** 12/07/2027: Chờ hướng dẫn của Sở, xác nhận: Nguyễn Văn An (12/QĐ-UBND)"
      ), "\(vi.output)")
    #expect(
      vi.output.contains(
        "**Đánh giá sản phẩm:** 15/07/2027: 1 lỗi lớn, người đánh giá: Nguyễn Văn An"),
      "\(vi.output)")
    let en = try cli.run(["yearly", "--year", "2027", "--lang", "en"], now: now)
    #expect(en.output.contains("**Delay with an objective cause:**"), "\(en.output)")
  }
}

/// Small words a trial found wrong: a deadline typed for one task that cannot be read, and a
/// cancelled task's status said twice.
@Suite("Fourth trial: wording")
struct FourthTrialWordingCLITests {
  @Test("An unreadable --due names every form it takes, and writes nothing")
  func unreadableDue() throws {
    let cli = try CLIRunner(now: "2027-08-01T08:00:00+07:00")
    for step in [["init"], ["unit", "add", "Phòng Kinh tế", "--code", "KT", "--on", "01/01/2027"]] {
      #expect(try cli.run(step).status == 0)
    }
    let before = cli.fileBytes()
    let run = try cli.run([
      "task", "assign", "Rà soát", "--lead", "KT", "--role", "Trưởng phòng", "--result", "Danh mục",
      "--due", "Tháng 13/2028", "--json",
    ])
    #expect(run.status == 1)
    #expect(run.error.contains("\"code\" : \"unreadable_due\""), "\(run.error)")
    #expect(run.error.contains("Quý II/2026") && run.error.contains("Tháng 6/2026"), "\(run.error)")
    #expect(cli.fileBytes() == before)
  }

  @Test("A cancelled task's status is said once in the yearly report")
  func cancelledOnce() throws {
    let cli = try oneTaskCommune()
    #expect(
      try cli.run(
        ["task", "cancel", "T", "--reason", "Không còn cần"], now: "2027-03-01T08:00:00+07:00"
      )
      .status == 0)
    let yearly = try cli.run(
      ["yearly", "--year", "2027", "--lang", "vi"], now: "2028-01-05T08:00:00+07:00")
    #expect(yearly.output.contains("**Trạng thái:** đã hủy\n"), "\(yearly.output)")
    #expect(!yearly.output.contains("đã hủy — đã hủy"), "\(yearly.output)")
  }
}

/// A commune of one unit, KT, and one task T it leads, due 30/06/2027, recorded on 05/01/2027.
func oneTaskCommune() throws -> CLIRunner {
  let cli = try CLIRunner(now: "2027-01-05T08:00:00+07:00")
  for step in [
    ["init"], ["unit", "add", "Phòng Kinh tế", "--code", "KT", "--on", "01/01/2027"],
    [
      "task", "assign", "Rà soát", "--id", "T", "--lead", "KT", "--role", "Trưởng phòng",
      "--result", "Danh mục", "--due", "30/06/2027",
    ],
  ] {
    #expect(try cli.run(step).status == 0)
  }
  return cli
}
