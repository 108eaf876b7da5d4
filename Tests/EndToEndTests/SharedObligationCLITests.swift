import Foundation
import LedgerTestSupport
import Testing

/// A quarterly reporting obligation whose unit changed head on 01/07: the first head answers
/// for the first two quarters, the second for the last two, and the yearly report and
/// `evaluate --explain` say so (trial: both read as if one quarter, or one person, were all).
@Suite("A reporting obligation shared by two heads in a year")
struct SharedObligationCLITests {
  func commune() throws -> CLIRunner {
    let cli = try CLIRunner(now: "2027-01-02T08:00:00+07:00")
    for step in [
      ["init"], ["unit", "add", "Phòng Văn hóa - Xã hội", "--code", "VHXH", "--on", "01/01/2027"],
      ["head", "appoint", "VHXH", "Trần Thị Bình", "--role", "Trưởng phòng", "--on", "01/01/2027"],
      [
        "task", "assign", "Báo cáo quý về chuyển đổi số", "--id", "Q", "--lead", "VHXH", "--role",
        "Trưởng phòng", "--result", "Báo cáo quý", "--due", "Định kỳ hằng quý",
      ],
    ] {
      let run = try cli.run(step)
      #expect(run.status == 0, "\(step): \(run.error)")
    }
    for (now, step) in [
      ("2027-03-25T08:00:00+07:00", ["report", "Q", "Quý I", "--percent", "25"]),
      ("2027-06-25T08:00:00+07:00", ["report", "Q", "Quý II", "--percent", "50"]),
      (
        "2027-07-01T08:00:00+07:00",
        [
          "head", "appoint", "VHXH", "Lê Thị Cúc", "--role", "Trưởng phòng", "--replaces",
          "Trần Thị Bình", "--on", "01/07/2027",
        ]
      ),
      ("2027-10-15T08:00:00+07:00", ["report", "Q", "Quý III", "--percent", "75"]),
      ("2027-12-20T08:00:00+07:00", ["report", "Q", "Quý IV", "--percent", "100"]),
    ] {
      let run = try cli.run(step, now: now)
      #expect(run.status == 0, "\(step): \(run.error)")
    }
    return cli
  }

  @Test("The yearly report names the rule as the deadline and who answered for each quarter")
  func yearly() throws {
    let cli = try commune()
    let run = try cli.run(
      ["yearly", "--year", "2027", "--lang", "vi"], now: "2028-01-10T08:00:00+07:00")
    #expect(run.status == 0, "\(run.error)")
    let text = run.output
    #expect(
      text.contains("**Thời hạn:** hằng quý, hạn ngày cuối quý (kỳ trễ hạn đầu tiên: 30/09/2027)"),
      "\(text)")
    #expect(
      text.contains(
        "**Người chịu trách nhiệm:** Trần Thị Bình (TTB), Lê Thị Cúc (LTC) (Trưởng phòng); mỗi kỳ ghi người trả lời"
      ), "\(text)")
    #expect(
      text.contains(
        "**Báo cáo kỳ hạn 30/06/2027:** đã báo cáo ngày 25/06/2027 — Trần Thị Bình (TTB)"),
      "\(text)")
    #expect(
      text.contains(
        "**Báo cáo kỳ hạn 30/09/2027:** báo cáo chậm ngày 15/10/2027 — Lê Thị Cúc (LTC)"),
      "\(text)")
    // The head answering as the lead unit's head is named once.
    #expect(!text.contains("Lê Thị Cúc (LTC) (Trưởng phòng) và Lê Thị Cúc (LTC)"), "\(text)")
    #expect(text.contains("Lê Thị Cúc (LTC) (Trưởng phòng, trưởng VHXH) vào ngày"), "\(text)")
    // The table form: the rule, and both heads.
    let csv = try cli.run(
      ["yearly", "--year", "2027", "--format", "csv", "--lang", "vi"],
      now: "2028-01-10T08:00:00+07:00")
    #expect(
      csv.output.contains(
        "\"Trần Thị Bình (TTB), Lê Thị Cúc (LTC)\",\"hằng quý, hạn ngày cuối quý\""),
      "\(csv.output)")
  }

  @Test("Each head's view shows the quarters that head answered for, judged on their own")
  func headViews() throws {
    let cli = try commune()
    let now = "2028-01-10T08:00:00+07:00"
    let year = try cli.run(["head", "view", "--as-of", "31/12/2027", "--json"], now: now)
    #expect(year.status == 0, "\(year.error)")
    let text = try cli.run(["head", "view", "--as-of", "31/12/2027", "--lang", "en"], now: now)
    // Bình's two quarters were reported in time; Cúc's third was late (trial: the whole
    // obligation went to one head and the other's view left it out).
    #expect(
      text.output.contains(
        "Trần Thị Bình (TTB) — Trưởng phòng, VHXH (01/01/2027–30/06/2027)\n  Accountable head: 1 — 1 completed on time\n    Q  completed on time"
      ), "\(text.output)")
    #expect(
      text.output.contains(
        "Lê Thị Cúc (LTC) — Trưởng phòng, VHXH (01/07/2027–now)\n  Accountable head: 1 — 1 completed late\n    Q  completed late"
      ), "\(text.output)")
    // In August, Cúc answers for the quarter running; Bình keeps her two.
    let august = try cli.run(["head", "view", "--as-of", "15/08/2027", "--lang", "en"], now: now)
    #expect(
      august.output.contains(
        "Lê Thị Cúc (LTC) — Trưởng phòng, VHXH (01/07/2027–now)\n  Accountable head: 1 — 1 not completed, within deadline"
      ), "\(august.output)")
    #expect(
      august.output.contains(
        "Trần Thị Bình (TTB) — Trưởng phòng, VHXH (01/01/2027–30/06/2027)\n  Accountable head: 1 — 1 completed on time"
      ), "\(august.output)")
    // In May, before the change, Bình answers for the running quarter alone.
    let may = try cli.run(["head", "view", "--as-of", "15/05/2027", "--lang", "en"], now: now)
    #expect(!may.output.contains("Lê Thị Cúc"), "\(may.output)")
    #expect(may.output.contains("1 not completed, within deadline"), "\(may.output)")
  }

  @Test("`evaluate --explain` lists every period a head's share answers for")
  func explained() throws {
    let cli = try commune()
    let now = "2028-01-10T08:00:00+07:00"
    let first = try cli.run(
      ["evaluate", "--year", "2027", "--explain", "TTB", "--lang", "en"], now: now)
    #expect(first.status == 0, "\(first.error)")
    #expect(
      first.output.contains(
        "Q  reporting obligation, 2 periods due 31/03/2027, 30/06/2027: reported on time"),
      "\(first.output)")
    let second = try cli.run(
      ["evaluate", "--year", "2027", "--explain", "LTC", "--lang", "vi"], now: now)
    #expect(
      second.output.contains("nghĩa vụ báo cáo, 2 kỳ hạn 30/09/2027, 31/12/2027"),
      "\(second.output)")
    // One head over the whole year is not told apart per period.
    let one = try CLIRunner(now: "2027-01-02T08:00:00+07:00")
    for step in [
      ["init"], ["unit", "add", "Phòng Kinh tế", "--code", "KT", "--on", "01/01/2027"],
      ["head", "appoint", "KT", "Ngô Văn Bình", "--role", "Trưởng phòng", "--on", "01/01/2027"],
      [
        "task", "assign", "Báo cáo tháng", "--id", "M", "--lead", "KT", "--role", "Trưởng phòng",
        "--result", "Báo cáo", "--due", "Định kỳ hằng quý",
      ],
    ] {
      #expect(try one.run(step).status == 0)
    }
    let yearly = try one.run(["yearly", "--year", "2027", "--lang", "vi"], now: now)
    #expect(
      yearly.output.contains("**Người chịu trách nhiệm:** Ngô Văn Bình (NVB) (Trưởng phòng)\n"),
      "\(yearly.output)")
    #expect(!yearly.output.contains("— Ngô Văn Bình"), "\(yearly.output)")
  }
}
