import Foundation
import LedgerCore
import LedgerTestSupport
import Testing

/// The annual evaluation on the demo year of the seed plan, checked against values worked out
/// by hand.
///
/// The year (see Sources/clearledger/Demo/DemoYear.swift), judged on 31/12/2026:
/// - PL1-I-1 due 30/06, done 28/06, recorded 05/07 (filed late, done on time): on time, 1.
/// - PL1-I-2 due 30/09, extended on 25/09 (before the deadline) to 31/10, done 05/11: late,
///   one delay (31/10 missed; 30/09 was replaced in time): progress 75 %.
/// - PL2-I-1 ongoing, yearly report due 30/11, none: overdue, 0.
/// - PL2-II-1 ongoing, led by TTPVHCC, its year's report filed 20/06: on time, 1.
/// - PL2-III-1 ongoing, its only report was misfiled and corrected away: overdue, 0.
/// - PL2-IV-1 yearly by 30/11, the year's report filed 20/11: on time, 1.
/// - PS-1 VHXH, "Trưởng phòng", due 30/04, not done, handed to KT on 01/06 with its own
///   deadline 31/08, done 20/08: overdue for VHXH (0), on time for KT (1).
/// - PS-2 TTPVHCC due 31/07, extended on 05/08 (after the deadline) to 31/08, done 25/08: late.
/// The chair changed on 01/07. Credit follows the holder who did the work: Nguyễn Văn An
/// answers for PL1-I-1 (done 28/06) and PL2-II-1 (reported 20/06), Phạm Anh Tuấn for the rest.
/// Every head is a leader (Decree 335, Article 15): scored only once d, đ, e are recorded.
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
    for person in ["Phạm Anh Tuấn", "Lê Thị Hồng"] {
      let run = try cli(
        "evaluate", "leader", "--person", person, "--year", "2026", "--unit-results", "100",
        "--organising", "100", "--unity", "100", "--reason", "Đơn vị hoàn thành", "--actor",
        "Hội đồng đánh giá")
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
    // An's d, đ, e are not recorded: pending, never scored by the non-leader formula.
    let an = try row(rows, "Nguyễn Văn An", "accountable_head")
    #expect(an["tasks"] as? Int == 2)
    #expect(an["completed_on_time"] as? Int == 2)
    #expect(an["task_score"] is NSNull)
    #expect(an["total"] is NSNull)
    #expect(an["pending_reasons"] as? [String] == ["leader_criteria"])

    // All in Q4: PL1-I-2 (1, 1, 0.75), PL2-I-1 and PL2-III-1 (0), PL2-IV-1 (1):
    // a = b = 0.5, c = 0.4375; (0.5 + 0.5 + 0.4375 + 3) / 6 × 70 = 51.77; + 27 = 78.77.
    let tuan = try row(rows, "Phạm Anh Tuấn", "accountable_head")
    #expect(tuan["tasks"] as? Int == 4)
    #expect(tuan["completed_on_time"] as? Int == 1)
    #expect(tuan["completed_late"] as? Int == 1)
    #expect(tuan["overdue"] as? Int == 2)
    #expect(tuan["extensions"] as? Int == 1)
    #expect(tuan["obligations_on_time"] as? Int == 1)
    #expect(tuan["obligations_missed"] as? Int == 2)
    #expect(tuan["obligations_late"] as? Int == 0)
    #expect(tuan["task_score"] as? Double == 51.77)
    #expect(tuan["general_points"] as? Double == 27)
    #expect(tuan["total"] as? Double == 78.77)
    #expect(tuan["band"] as? String == "good")

    let binh = try row(rows, "Trần Thị Bình", "lead_unit_head")
    #expect(binh["tasks"] as? Int == 6)
    #expect(binh["pending"] as? Bool == true)

    // PS-2 (Q3): 31/07 missed, the extension granted on 05/08 met: one delay, c = 0.75;
    // Q3 (1 + 1 + 0.75 + 3) / 6 = 0.95833, Q4 (PL2-II-1 on time) 1: 0.97917 × 70 + 25.
    let hong = try row(rows, "Lê Thị Hồng", "lead_unit_head")
    #expect(hong["tasks"] as? Int == 2)
    #expect(hong["total"] as? Double == 93.54)
    #expect(hong["band"] as? String == "excellent")
    let dung = try row(rows, "Hoàng Văn Dũng", "lead_unit_head")
    #expect(dung["completed_on_time"] as? Int == 1)
    #expect(rows.allSatisfy { $0["policy_version"] as? String == "nd335-2025.v4" })
  }

  @Test("A condition forces “Không hoàn thành nhiệm vụ” and every output says why")
  func condition() throws {
    let cli = try CLIRunner(now: "2027-01-10T09:00:00+07:00")
    #expect(try cli("demo").status == 0)
    for arguments in [
      ["evaluate", "score", "--person", "Lê Thị Hồng", "--year", "2026", "--points", "25"],
      [
        "evaluate", "leader", "--person", "Lê Thị Hồng", "--year", "2026", "--unit-results", "100",
        "--organising", "100", "--unity", "100",
      ],
    ] {
      #expect(try cli.run(arguments + ["--reason", "r"], now: nil).status == 0)
    }
    let recorded = try cli(
      "evaluate", "condition", "--person", "le thi hong", "--year", "2026", "--kind",
      "discipline", "--decision", "05/QĐ-UBND")
    #expect(recorded.status == 0, "\(recorded.error)")
    let json = try cli("evaluate", "--year", "2026", "--json")
    let rows = try #require(
      try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
    let hong = try row(rows, "Lê Thị Hồng", "lead_unit_head")
    #expect(hong["total"] as? Double == 93.54)
    #expect(hong["band"] as? String == "not_completed")
    #expect(hong["conditions"] as? [String] == ["discipline 05/QĐ-UBND"])
    let explain = try cli("evaluate", "--year", "2026", "--explain", "le thi hong")
    #expect(explain.output.contains("disciplined (decision 05/QĐ-UBND): not completed"))
    #expect(
      try cli(
        "evaluate", "leader", "--person", "Lê Thị Hồng", "--year", "2026", "--unit-results",
        "70", "--organising", "100", "--unity", "100", "--reason", "r"
      ).status == 1)
  }

  @Test("Without general points the row is pending but shows the task part")
  func pending() throws {
    let cli = try CLIRunner(now: "2027-01-10T09:00:00+07:00")
    #expect(try cli("demo").status == 0)
    #expect(
      try cli(
        "evaluate", "leader", "--person", "Phạm Anh Tuấn", "--year", "2026", "--unit-results",
        "100", "--organising", "100", "--unity", "100", "--reason", "r"
      ).status == 0)
    let run = try cli("evaluate", "--year", "2026", "--json")
    let rows = try #require(
      try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]])
    let tuan = try row(rows, "Phạm Anh Tuấn", "accountable_head")
    #expect(tuan["pending"] as? Bool == true)
    #expect(tuan["pending_reasons"] as? [String] == ["general_points"])
    #expect(tuan["task_score"] as? Double == 51.77)
    #expect(tuan["general_points"] is NSNull)
    #expect(tuan["total"] is NSNull)
    let explain = try cli("evaluate", "--year", "2026", "--explain", "pham anh tuan")
    #expect(
      explain.output.contains("PL2-III-1  reporting obligation 30/11/2026: a period not reported"))
    // Each deadline printed is the one judged.
    #expect(
      explain.output.contains(
        "30/09/2026 extended in time → 31/10/2026 (extended on 25/09/2026) missed"))
    #expect(
      explain.output.contains("1 delay(s) (0 excused) → progress −25%: c = 100% × (1 − 25%) = 75%"))
    #expect(explain.output.contains("Q4: a 50%, b 50%, c 43.75%, d 100%, đ 100%, e 100%"))
    #expect(explain.output.contains("Task score: 51.77"))
    #expect(explain.output.contains("General points: not recorded (pending)"))
    let csv = try cli("evaluate", "--year", "2026", "--csv", "--lang", "en")
    #expect(
      csv.output.split(separator: "\n").first?.hasPrefix("\u{FEFF}person,role,unit,capacity")
        == true)
    let vi = try cli("evaluate", "--year", "2026", "--csv", "--lang", "vi")
    #expect(vi.output.hasPrefix("\u{FEFF}Họ tên,Chức danh,Đơn vị"))
    // Why a rating waits, in words and as codes (trial: the column said "waiting for general
    // points" whatever the reason).
    #expect(vi.output.contains("Chưa xếp loại vì"), "\(vi.output)")
    #expect(!vi.output.contains("Chờ điểm chung"), "\(vi.output)")
    let tuanLine = vi.output.split(separator: "\n").first { $0.hasPrefix("Phạm Anh Tuấn") }
    #expect(tuanLine?.contains(",chờ điểm chung,") == true, "\(vi.output)")
    #expect(tuanLine?.hasSuffix(",general_points,0") == true, "\(vi.output)")
    #expect(csv.output.contains(",pending_reasons"), "\(csv.output)")
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
    // At a clock after the correction: a clock behind the ledger would be the refusal's reason.
    #expect(
      try cli(
        "evaluate", "score", "--person", "X", "--year", "2026", "--points", "31", "--reason", "r",
        now: "2027-01-12T09:00:00+07:00"
      ).status == 1)
  }
}

@Suite("The shipped policy")
struct ShippedPolicyTests {
  @Test("The policy compiled into the binary is Schemas/evaluation-policy.v4.json")
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
      contentsOf: Fixtures.schemaURL("evaluation-policy.v4.json"), encoding: .utf8)
    #expect(
      literal.trimmingCharacters(in: .whitespacesAndNewlines)
        == file.trimmingCharacters(in: .whitespacesAndNewlines))
  }

  @Test(
    "The policy compiled into the binary reads, as the file does (a build whose copy does not stops)"
  )
  func policyReads() throws {
    let file = try String(
      contentsOf: Fixtures.schemaURL("evaluation-policy.v4.json"), encoding: .utf8)
    #expect(EvaluationPolicy.shipped == (try EvaluationPolicy(json: file)))
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
    // The demo's tasks (PS-3 Công an xã's quarterly obligation, PS-4 the acting director's)
    // and PS-1's earlier lead.
    #expect(html.output.components(separatedBy: "<section class=\"task").count - 1 == 11)
    let csv = try cli("yearly", "--year", "2026", "--format", "csv", "--lang", "en")
    #expect(csv.output.hasPrefix("\u{FEFF}task,title,lead_unit,accountable,deadline,status,bucket"))
    #expect(csv.output.split(separator: "\n").count == 12)
    let vi = try cli("yearly", "--year", "2026", "--format", "csv")
    #expect(vi.output.hasPrefix("\u{FEFF}Mã nhiệm vụ,Nội dung,Đơn vị chủ trì"))
  }
}
