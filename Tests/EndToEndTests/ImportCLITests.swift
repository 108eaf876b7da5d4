import Foundation
import LedgerTestSupport
import Testing

/// `import`, `check` and `demo` through the real binary.
@Suite("Import, check and demo end to end")
struct ImportCLITests {
  func ledger() throws -> CLIRunner {
    let cli = try CLIRunner(now: "2026-01-05T09:00:00+07:00")
    #expect(try cli("init").status == 0)
    return cli
  }

  func write(_ text: String, _ name: String, in cli: CLIRunner) throws -> String {
    let path = cli.folder.appendingPathComponent(name).path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  @Test("Importing the seed plan, then again; a dry run writes nothing")
  func seed() throws {
    let cli = try ledger()
    let plan = try write(try PlanFixtures.seed(), "plan.txt", in: cli)
    let before = cli.fileBytes()
    let dry = try cli("import", plan, "--dry-run", "--lang", "vi")
    #expect(dry.status == 0, "\(dry.error)")
    #expect(dry.output.contains("Chạy thử: sẽ ghi 12 sự kiện; chưa ghi gì."))
    #expect(cli.fileBytes() == before)

    let first = try cli("import", plan, "--json")
    #expect(first.status == 0, "\(first.error)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(first.output.utf8)) as? [String: Any])
    #expect((json["tasks"] as? [Any])?.count == 6)
    #expect((json["units"] as? [Any])?.count == 5)
    #expect((json["plan"] as? [String: Any])?["draft"] as? Bool == true)
    #expect((json["plan"] as? [String: Any])?["supersedes"] as? String == "37/KH-UBND")

    let again = try cli("import", plan)
    #expect(again.status == 0)
    #expect(again.output.contains("already in the ledger; nothing was created"))
    let status = try cli("status", "--json")
    #expect(status.output.components(separatedBy: "\"id\" :").count - 1 == 6)
  }

  @Test("A bad row is refused with its line and text; the file is untouched")
  func badRow() throws {
    let cli = try ledger()
    let plan = try write(
      PlanFixtures.plan(rows: [
        .init("Xây dựng cơ sở dữ liệu đất đai"),
        .init("Lắp wifi tại nhà văn hóa", deadline: "Tháng 13/2026"),
      ]),
      "bad.txt", in: cli)
    let before = cli.fileBytes()
    let run = try cli("import", plan)
    #expect(run.status == 1)
    #expect(run.error.contains("Line 20: cannot read the deadline “Tháng 13/2026”"))
    #expect(cli.fileBytes() == before)
    let binary = cli.folder.appendingPathComponent("binary.txt").path
    _ = FileManager.default.createFile(atPath: binary, contents: Data([0, 159, 146, 150, 0, 1]))
    let garbage = try cli("import", binary)
    #expect(garbage.status == 1)
    #expect(garbage.error.contains("Cannot read"))
    #expect(cli.fileBytes() == before)
  }

  @Test("A CSV plan imports with the same columns")
  func csv() throws {
    let cli = try ledger()
    let csv = """
      STT,Nội dung công việc,Người đứng đầu chịu trách nhiệm,Đơn vị chủ trì,Đơn vị phối hợp,Sản phẩm,Thời hạn
      I,Hạ tầng số,,,,,
      1,"Lắp camera giám sát tại 5 điểm, kết nối về trung tâm",Chủ tịch UBND xã,Công an xã,"Phòng Kinh tế, Phòng Văn hóa - Xã hội",5 camera hoạt động,Quý II/2026
      """
    let path = try write(csv, "camera.csv", in: cli)
    let run = try cli("import", path, "--number", "12/KH-UBND", "--json")
    #expect(run.status == 0, "\(run.error)")
    #expect(run.output.contains("\"id\" : \"KH-I-1\""))
    let status = try cli("status", "--json")
    #expect(status.output.contains("\"due\" : \"2026-06-30\""))
    #expect(
      status.output.contains("\"supporting_units\" : [\n      \"KT\",\n      \"VHXH\"\n    ]"))
  }

  @Test("check lists the five clears per task with totals, in both languages")
  func check() throws {
    let cli = try ledger()
    let plan = try write(try PlanFixtures.seed(), "plan.txt", in: cli)
    #expect(try cli("import", plan).status == 0)
    let vi = try cli("check", "--lang", "vi")
    #expect(vi.output.contains("PL2-II-1"))
    #expect(vi.output.contains("✗ Rõ người"))
    #expect(vi.output.contains("Không ai giữ chức danh “Chủ tịch UBND xã” tại"))
    #expect(vi.output.contains("vào ngày 30/06/2026"))
    #expect(vi.output.contains("Cả kế hoạch"))
    let en = try cli("check", "--json")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(en.output.utf8)) as? [String: Any])
    let tasks = try #require(json["tasks"] as? [[String: Any]])
    #expect(tasks.count == 6)
    #expect((tasks.first?["clears"] as? [Any])?.count == 5)
    #expect(((json["plan"] as? [String: Any])?["tasks"] as? Int) == 6)
  }

  @Test("demo builds a year on the seed plan and shows check, units and heads")
  func demo() throws {
    let cli = try CLIRunner()
    let run = try cli("demo", "--lang", "en")
    #expect(run.status == 0, "\(run.error)")
    #expect(run.output.contains("Five-clear check on 01/12/2026"))
    #expect(run.output.contains("== By unit =="))
    #expect(run.output.contains("Nguyễn Văn An — Chủ tịch UBND xã, UBND (01/01/2026–30/06/2026)"))
    #expect(run.output.contains("PL1-I-2    completed late"))
    #expect(run.output.contains("PL1-I-1   completed on time"))
    // The rules at work: blame stays with the lead whose deadline passed; a late extension
    // does not excuse; each "Trưởng phòng" answers in their own unit.
    #expect(run.output.contains("PS-1       overdue, then reassigned to KT on 01/06/2026"))
    #expect(run.output.contains("PS-2      completed late (extended after the deadline)"))
    #expect(
      run.output.contains(
        "Hoàng Văn Dũng — Trưởng phòng, KT (01/01/2026–now)\n  Accountable head: 1 — 1 completed on time"
      ))
    #expect(try cli("verify").status == 0)
    let history = try cli("history", "PL2-III-1")
    #expect(history.output.contains("[retracted by #"))
    #expect(try cli("demo").status == 4)
  }

  @Test("The seed plan shipped in the binary is the fixture, byte for byte")
  func shippedSeed() throws {
    let cli = try ledger()
    let run = try cli("demo", "--db", cli.folder.appendingPathComponent("d.sqlite").path, "--json")
    #expect(run.status == 0)
    let file = try String(
      contentsOf: Fixtures.packageRoot.appendingPathComponent(
        "Sources/clearledger/Demo/SeedPlan.swift"), encoding: .utf8)
    // The literal is indented by four spaces, which Swift strips along with its delimiters.
    let start = try #require(file.range(of: "#\"\"\"\n"))
    let end = try #require(file.range(of: "\n    \"\"\"#"))
    let literal = file[start.upperBound..<end.lowerBound].split(
      separator: "\n", omittingEmptySubsequences: false
    )
    .map { $0.hasPrefix("    ") ? String($0.dropFirst(4)) : String($0) }.joined(separator: "\n")
    #expect(literal == (try PlanFixtures.seed()))
  }
}
