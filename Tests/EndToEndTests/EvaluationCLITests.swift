import Foundation
import LedgerTestSupport
import Testing

/// The annual evaluation on the demo year of the seed plan, checked against values worked out
/// by hand.
///
/// The year (see Sources/clearledger/Demo/DemoYear.swift), judged on 31/12/2026:
/// - PL1-I-1 due 30/06, done 28/06, recorded 05/07 (filed late, done on time): on time, 1.
/// - PL1-I-2 due 30/09, extended on 25/09 (before the deadline) to 31/10, done 05/11: late,
///   1 - 1/3 × 0.25 = 0.91667.
/// - PL2-I-1 ongoing, yearly report due 30/11, none: overdue, 0.
/// - PL2-II-1 ongoing, led by TTPVHCC, its year's report filed 20/06: on time, 1.
/// - PL2-III-1 ongoing, its only report was misfiled and corrected away: overdue, 0.
/// - PL2-IV-1 yearly by 30/11, the year's report filed 20/11: on time, 1.
/// - PS-1 VHXH, "Trưởng phòng", due 30/04, not done, handed to KT on 01/06 with its own
///   deadline 31/08, done 20/08: overdue for VHXH (0), on time for KT (1).
/// - PS-2 TTPVHCC due 31/07, extended on 05/08 (after the deadline) to 31/08, done 25/08: late.
/// The chair changed on 01/07. Credit follows the holder who did the work: Nguyễn Văn An
/// answers for PL1-I-1 (done 28/06) and PL2-II-1 (reported 20/06), Phạm Anh Tuấn for the rest.
@Suite("Annual evaluation end to end")
struct EvaluationCLITests {
  func evaluated() throws -> [[String: Any]] {
    let cli = try CLIRunner(now: "2027-01-10T09:00:00+07:00")
    #expect(try cli("demo").status == 0)
    for (person, points) in [
      ("Nguyễn Văn An", "25"), ("Phạm Anh Tuấn", "27"), ("Trần Thị Bình", "28"),
      ("Lê Thị Hồng", "25"),
    ] {
      let run = try cli(
        "evaluate", "score", "--person", person, "--year", "2026", "--points", points, "--reason",
        "Tiêu chí chung", "--actor", "Hội đồng đánh giá")
      #expect(run.status == 0, "\(run.error)")
    }
    let run = try cli("evaluate", "--year", "2026", "--json")
    #expect(run.status == 0, "\(run.error)")
    return try #require(
      try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]])
  }

  func row(_ rows: [[String: Any]], _ person: String, _ capacity: String) throws -> [String: Any] {
    try #require(
      rows.first { $0["person"] as? String == person && $0["capacity"] as? String == capacity })
  }

  @Test("Each head's counts, score and band, worked out by hand")
  func heads() throws {
    let rows = try evaluated()
    let an = try row(rows, "Nguyễn Văn An", "accountable_head")
    #expect(an["tasks"] as? Int == 2)
    #expect(an["completed_on_time"] as? Int == 2)
    #expect(an["task_score"] as? Double == 70)
    #expect(an["total"] as? Double == 95)
    #expect(an["band"] as? String == "excellent")

    let tuan = try row(rows, "Phạm Anh Tuấn", "accountable_head")
    #expect(tuan["tasks"] as? Int == 4)
    #expect(tuan["completed_on_time"] as? Int == 1)
    #expect(tuan["completed_late"] as? Int == 1)
    #expect(tuan["overdue"] as? Int == 2)
    #expect(tuan["extensions"] as? Int == 1)
    #expect(tuan["obligations_on_time"] as? Int == 1)
    #expect(tuan["obligations_missed"] as? Int == 2)
    #expect(tuan["task_score"] as? Double == 33.54)  // 70 × (0.91667 + 0 + 0 + 1) / 4
    #expect(tuan["general_points"] as? Double == 27)
    #expect(tuan["total"] as? Double == 60.54)
    #expect(tuan["band"] as? String == "completed")

    let binh = try row(rows, "Trần Thị Bình", "lead_unit_head")
    #expect(binh["tasks"] as? Int == 6)
    #expect(binh["task_score"] as? Double == 34.03)  // 70 × (1 + 0.91667 + 0 + 0 + 1 + 0) / 6
    #expect(binh["total"] as? Double == 62.03)
    #expect(binh["band"] as? String == "completed")

    let hong = try row(rows, "Lê Thị Hồng", "lead_unit_head")
    #expect(hong["tasks"] as? Int == 2)
    #expect(hong["total"] as? Double == 92.08)  // 70 × (1 + 0.91667) / 2 + 25
    let dung = try row(rows, "Hoàng Văn Dũng", "lead_unit_head")
    #expect(dung["completed_on_time"] as? Int == 1)
    #expect(rows.allSatisfy { $0["policy_version"] as? String == "nd335-2025.v2" })
  }

  @Test("Without general points the row is pending but shows the task part")
  func pending() throws {
    let cli = try CLIRunner(now: "2027-01-10T09:00:00+07:00")
    #expect(try cli("demo").status == 0)
    let run = try cli("evaluate", "--year", "2026", "--json")
    let rows = try #require(
      try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]])
    let tuan = try row(rows, "Phạm Anh Tuấn", "accountable_head")
    #expect(tuan["pending"] as? Bool == true)
    #expect(tuan["task_score"] as? Double == 33.54)
    #expect(tuan["general_points"] is NSNull)
    #expect(tuan["total"] is NSNull)
    let explain = try cli("evaluate", "--year", "2026", "--explain", "pham anh tuan")
    #expect(
      explain.output.contains(
        "PL2-III-1  reporting obligation 30/11/2026: not reported → credit 0.0000"))
    #expect(explain.output.contains("Task score: 70 × 1.9167 / 4 = 33.54"))
    #expect(explain.output.contains("General points: not recorded (pending)"))
    let csv = try cli("evaluate", "--year", "2026", "--csv", "--lang", "en")
    #expect(
      csv.output.split(separator: "\n").first?.hasPrefix("\u{FEFF}person,role,unit,capacity")
        == true)
    let vi = try cli("evaluate", "--year", "2026", "--csv", "--lang", "vi")
    #expect(vi.output.hasPrefix("\u{FEFF}Họ tên,Chức danh,Đơn vị"))
  }

  @Test("A retracted general score no longer counts, as known after the correction")
  func correctedScore() throws {
    let cli = try CLIRunner(now: "2027-01-10T09:00:00+07:00")
    #expect(try cli("demo").status == 0)
    let scored = try cli(
      "evaluate", "score", "--person", "Phạm Anh Tuấn", "--year", "2026", "--points", "29",
      "--reason", "Nhầm", "--json")
    let position = try #require(
      (try JSONSerialization.jsonObject(with: Data(scored.output.utf8)) as? [String: Any])?[
        "position"] as? Int)
    #expect(
      try cli(
        "correct", "\(position)", "--reason", "Chấm nhầm người", now: "2027-01-11T09:00:00+07:00"
      ).status == 0)
    let after = try cli("evaluate", "--year", "2026", "--json", now: "2027-01-12T09:00:00+07:00")
    let before = try cli(
      "evaluate", "--year", "2026", "--known-at", "10/01/2027", "--json",
      now: "2027-01-12T09:00:00+07:00")
    func points(_ run: CLIRunner.Run) throws -> Any? {
      let rows = try #require(
        try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]])
      return try row(rows, "Phạm Anh Tuấn", "accountable_head")["general_points"]
    }
    #expect(try points(after) is NSNull)
    #expect(try points(before) as? Double == 29)
    #expect(
      try cli(
        "evaluate", "score", "--person", "X", "--year", "2026", "--points", "31", "--reason", "r"
      ).status == 1)
  }
}

@Suite("The shipped policy")
struct ShippedPolicyTests {
  @Test("The policy compiled into the binary is Schemas/evaluation-policy.v1.json")
  func policyMatchesFile() throws {
    let source = try String(
      contentsOf: Fixtures.packageRoot.appendingPathComponent(
        "Sources/LedgerCore/Evaluation/ShippedPolicy.swift"), encoding: .utf8)
    let start = try #require(source.range(of: "#\"\"\"\n"))
    let end = try #require(source.range(of: "\"\"\"#", options: .backwards))
    let literal = source[start.upperBound..<end.lowerBound].split(
      separator: "\n", omittingEmptySubsequences: false
    )
    .map { $0.hasPrefix("    ") ? String($0.dropFirst(4)) : String($0) }.joined(separator: "\n")
    let file = try String(
      contentsOf: Fixtures.schemaURL("evaluation-policy.v1.json"), encoding: .utf8)
    #expect(
      literal.trimmingCharacters(in: .whitespacesAndNewlines)
        == file.trimmingCharacters(in: .whitespacesAndNewlines))
  }
}

@Suite("Yearly report end to end")
struct YearlyReportCLITests {
  func demo() throws -> CLIRunner {
    let cli = try CLIRunner(now: "2026-12-02T09:00:00+07:00")
    #expect(try cli("demo").status == 0)
    return cli
  }

  @Test(
    "Markdown in Vietnamese by default: clears, results, reports, extensions, a missing yearly report"
  )
  func markdown() throws {
    let cli = try demo()
    let run = try cli("yearly", "--year", "2026", "--unit", "VHXH", "--format", "md")
    #expect(run.status == 0, "\(run.error)")
    #expect(
      run.output.hasPrefix("# Báo cáo kết quả thực hiện kế hoạch năm 2026 — Phòng Văn hóa - Xã hội")
    )
    #expect(
      run.output.contains(
        "- **Hoàn thành:** 28/06/2026; 5 CSDL dùng chung đưa vào khai thác; minh chứng: 25/BC-VHXH")
    )
    #expect(run.output.contains("- **Gia hạn:** 25/09/2026: từ 30/09/2026 đến 31/10/2026"))
    #expect(run.output.contains("- **Báo cáo năm:** CHƯA NỘP (hạn 30/11/2026)"))
    #expect(run.output.contains("| Rõ trách nhiệm | ✗ |"))
    #expect(!run.output.contains("PL2-II-1"))  // led by another unit
    let english = try cli("yearly", "--year", "2026", "--format", "md", "--lang", "en")
    #expect(english.output.hasPrefix("# Report on the plan for 2026 — All units"))
  }

  @Test("HTML opens without a network and prints on A4; CSV has a header")
  func htmlAndCSV() throws {
    let cli = try demo()
    let html = try cli("yearly", "--year", "2026", "--format", "html")
    #expect(html.status == 0)
    #expect(html.output.contains("@page { size: A4;"))
    #expect(html.output.contains("<html lang=\"vi\">"))
    #expect(!html.output.contains("http://") && !html.output.contains("https://"))
    #expect(html.output.components(separatedBy: "<section class=\"task").count - 1 == 9)
    let csv = try cli("yearly", "--year", "2026", "--format", "csv", "--lang", "en")
    #expect(csv.output.hasPrefix("\u{FEFF}task,title,lead_unit,accountable,deadline,status,bucket"))
    #expect(csv.output.split(separator: "\n").count == 10)
    let vi = try cli("yearly", "--year", "2026", "--format", "csv")
    #expect(vi.output.hasPrefix("\u{FEFF}Mã nhiệm vụ,Nội dung,Đơn vị chủ trì"))
  }
}
