import Foundation
import LedgerTestSupport
import OfficeDocuments
import Testing

/// Word and Excel in and out through the real binary: a .docx plan imported, the yearly report
/// written as a Decree 30 Báo cáo and read as a person sees it (LibreOffice → PDF → text, when
/// LibreOffice is installed).
@Suite("Office documents end to end: .docx plan in, .docx and .xlsx reports out")
struct OfficeDocumentsCLITests {
  static let plans = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/plans")

  @Test("A .docx plan imports; --dry-run lists each new unit with the cell it came from")
  func importWord() throws {
    let cli = try CLIRunner(now: "2026-03-10T09:00:00+07:00")
    #expect(try cli("init").status == 0)
    let plan = Self.plans.appendingPathComponent("01-van-phong.docx").path
    let dry = try cli("import", plan, "--dry-run", "--lang", "vi")
    #expect(dry.status == 0, "\(dry.error)")
    #expect(dry.output.contains("Văn phòng HĐND và UBND xã  ← PL1-1, chủ trì"))
    #expect(
      dry.output.contains("Tổ chức thực hiện: “Ban Chỉ huy Quân sự xã, Công an xã, Phòng Kinh tế”"))
    #expect(!dry.output.contains("Văn phòng HĐND  ←"), "the joint office is never split")
    #expect(dry.output.contains("Kế hoạch không ghi người đứng đầu chịu trách nhiệm"))
    let run = try cli("import", plan)
    #expect(run.status == 0, "\(run.error)")
    let check = try cli("check", "--lang", "vi")
    #expect(check.output.contains("Kế hoạch không ghi người đứng đầu chịu trách nhiệm"))
  }

  @Test("import --units maps a name the plan spells differently to a registered unit")
  func unitMapping() throws {
    let cli = try CLIRunner(now: "2026-03-10T09:00:00+07:00")
    #expect(try cli("init").status == 0)
    #expect(
      try cli("unit", "add", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã", "--code", "VP")
        .status == 0)
    let mapping = cli.folder.appendingPathComponent("units.csv").path
    try "Tên trong kế hoạch;Mã\nVăn phòng HĐND và UBND xã;VP\n".write(
      toFile: mapping, atomically: true, encoding: .utf8)
    let plan = Self.plans.appendingPathComponent("01-van-phong.docx").path
    let run = try cli("import", plan, "--units", mapping, "--json")
    #expect(run.status == 0, "\(run.error)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
    let tasks = try #require(json["tasks"] as? [[String: Any]])
    for id in ["PL1-1", "PL1-2"] {
      #expect(tasks.first { $0["id"] as? String == id }?["lead_unit"] as? String == "VP")
    }
    let units = (json["units"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
    #expect(units.contains("Ban Chỉ huy Quân sự xã"))
    #expect(!units.contains { $0.hasPrefix("Văn phòng") }, "the registered office is reused")
  }

  @Test("yearly --format docx writes a Báo cáo; xlsx and evaluate --xlsx write workbooks")
  func reports() throws {
    let cli = try CLIRunner(now: "2026-12-02T09:00:00+07:00")
    #expect(try cli("demo").status == 0)
    let docx = cli.folder.appendingPathComponent("bao-cao.docx").path
    let run = try cli(
      "yearly", "--year", "2026", "--format", "docx", "--out", docx, "--number", "12/BC-UBND",
      "--signer", "Phạm Anh Tuấn", "--signer-title", "Chủ tịch", "--place", "Chí Minh")
    #expect(run.status == 0, "\(run.error)")
    let data = try Data(contentsOf: URL(fileURLWithPath: docx))
    #expect(data.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    let xlsx = cli.folder.appendingPathComponent("bao-cao.xlsx").path
    #expect(try cli("yearly", "--year", "2026", "--format", "xlsx", "--out", xlsx).status == 0)
    let evaluation = cli.folder.appendingPathComponent("danh-gia.xlsx").path
    let wrote = try cli("evaluate", "--year", "2026", "--xlsx", evaluation, "--lang", "vi")
    #expect(wrote.status == 0)
    #expect(wrote.output.contains("Đã ghi sổ tính đánh giá vào \(evaluation)."), "\(wrote.output)")
    for path in [xlsx, evaluation] {
      #expect(FileManager.default.fileExists(atPath: path))
    }
    // Every head without a band says why, in the workbook as on screen.
    let heads = try #require(
      try Workbook.read(Data(contentsOf: URL(fileURLWithPath: evaluation))).sheets.first?.table.rows
    )
    let header = try #require(heads.first)
    let band = try #require(header.firstIndex(of: "Xếp loại"))
    let why = try #require(header.firstIndex(of: "Chờ xếp loại vì / điều kiện"))
    let unrated = heads.dropFirst().filter { $0.count > band && $0[band].isEmpty }
    #expect(!unrated.isEmpty)
    for row in unrated {
      #expect(row.count > why && !row[why].isEmpty, "\(row)")
    }
    #expect(unrated.contains { $0[why].contains("chờ tiêu chí lãnh đạo d, đ, e") })
    // Words, not codes, in a Vietnamese workbook (trial: `accountable_head`, `overdue`).
    let capacity = try #require(header.firstIndex(of: "Tư cách"))
    #expect(heads.dropFirst().allSatisfy { !$0[capacity].contains("_") }, "\(heads)")
    let counted = try #require(
      try Workbook.read(Data(contentsOf: URL(fileURLWithPath: evaluation))).sheets.dropFirst()
        .first?.table.rows)
    let outcome = try #require(counted.first?.firstIndex(of: "Kết quả"))
    #expect(counted.dropFirst().allSatisfy { !$0[outcome].contains("_") }, "\(counted)")
    #expect(counted.first?.contains("Nghĩa vụ báo cáo") == true)
    let missing = try cli("yearly", "--year", "2026", "--format", "docx")
    #expect(missing.status != 0)
    #expect(missing.error.contains("--out"))

    guard let text = try LibreOffice.pdfText(of: docx, in: cli.folder) else { return }
    for expected in [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 12/BC-UBND",
      "Chí Minh, ngày 02 tháng 12 năm 2026", "BÁO CÁO", "Nơi nhận:", "CHỦ TỊCH", "Phạm Anh Tuấn",
      "PL1-I-1",
    ] {
      #expect(text.contains(expected), "the PDF shows “\(expected)”")
    }
  }
}

/// LibreOffice headless, when it is installed: a document converted to PDF and its text.
enum LibreOffice {
  /// The text of the document's PDF, or nil (with the reason printed) without LibreOffice.
  static func pdfText(of path: String, in folder: URL) throws -> String? {
    guard let soffice = which("soffice"), let pdftotext = which("pdftotext") else {
      print("skipped: LibreOffice (soffice) or pdftotext is not installed; see .ci/run")
      return nil
    }
    let profile = folder.appendingPathComponent("lo-profile").path
    try run(
      soffice,
      [
        "-env:UserInstallation=file://\(profile)", "--headless", "--convert-to", "pdf", "--outdir",
        folder.path, path,
      ])
    let pdf = URL(fileURLWithPath: path).deletingPathExtension().appendingPathExtension("pdf").path
    let text = folder.appendingPathComponent("page.txt").path
    try run(pdftotext, ["-layout", pdf, text])
    return try String(contentsOfFile: text, encoding: .utf8)
  }

  static func which(_ name: String) -> String? {
    for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
      let path = "\(folder)/\(name)"
      if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return nil
  }

  static func run(_ program: String, _ arguments: [String]) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
  }
}

extension OfficeDocumentsCLITests {
  @Test(
    "status --format xlsx writes the status table as a workbook: one row per task, dates as dates")
  func statusWorkbook() throws {
    // Given the demo year
    let cli = try CLIRunner(now: "2026-12-02T09:00:00+07:00")
    #expect(try cli("demo").status == 0)
    let json = try cli("status", "--json")
    let tasks = try #require(
      try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])

    // When the clerk writes the status as a workbook
    let path = cli.folder.appendingPathComponent("tinh-hinh.xlsx").path
    let run = try cli("status", "--format", "xlsx", "--out", path, "--lang", "vi")
    #expect(run.status == 0, "\(run.error)")

    // Then Excel's reader finds the Vietnamese header and one row per task, due days as dates
    let sheet = try #require(
      try Workbook.read(Data(contentsOf: URL(fileURLWithPath: path))).sheets.first)
    #expect(sheet.table.rows.first?.prefix(3) == ["Mã", "Nội dung", "Chủ trì"])
    #expect(sheet.table.rows.count == tasks.count + 1)
    let ids = Set(sheet.table.rows.dropFirst().map { $0.first ?? "" })
    #expect(ids == Set(tasks.compactMap { $0["id"] as? String }))
    #expect(
      sheet.table.rows.dropFirst().contains { $0[3] == "30/06/2026" || $0[3] == "2026-06-30" })

    // And --format without --out is refused with what to do
    let missing = try cli("status", "--format", "xlsx")
    #expect(missing.status != 0)
    #expect(missing.error.contains("--out"))
  }
}

/// The Báo cáo's letterhead from what the ledger knows (trial: "ỦY BAN NHÂN DÂN XÃ" with no
/// name, a unit with no superior body, and the commune's report sent to itself).
@Suite("Yearly Báo cáo: the letterhead")
struct YearlyLetterheadCLITests {
  /// Every text of a Word file, paragraphs and table cells, in order.
  func texts(_ path: String) throws -> [String] {
    try WordDocument.read(Data(contentsOf: URL(fileURLWithPath: path))).blocks.flatMap { block in
      switch block {
      case .paragraph(let text): return [text]
      case .table(let table): return table.rows.flatMap { $0 }
      }
    }
  }

  @Test("The commune's report names the commune, signs for it and goes to the province")
  func letterheads() throws {
    let cli = try CLIRunner(now: "2027-01-05T09:00:00+07:00")
    #expect(try cli.run(["demo"], now: "2026-12-02T09:00:00+07:00").status == 0)
    let commune = cli.folder.appendingPathComponent("xa.docx").path
    #expect(
      try cli.run(["yearly", "--year", "2026", "--format", "docx", "--out", commune]).status == 0)
    let whole = try texts(commune).joined(separator: "\n")
    #expect(whole.contains("ỦY BAN NHÂN DÂN XÃ CHÍ MINH"), "\(whole)")
    #expect(whole.contains("TM. ỦY BAN NHÂN DÂN\n") || whole.contains("TM. ỦY BAN NHÂN DÂN"))
    #expect(whole.contains("- Ủy ban nhân dân tỉnh;"), "\(whole)")
    // Dated the day it is written, not the day its figures stand on.
    #expect(whole.contains("ngày 05 tháng 01 năm 2027"), "\(whole)")
    let unit = cli.folder.appendingPathComponent("vhxh.docx").path
    #expect(
      try cli.run([
        "yearly", "--year", "2026", "--unit", "VHXH", "--format", "docx", "--out", unit,
        "--signer", "Trần Thị Bình",
      ]).status == 0)
    let own = try texts(unit).joined(separator: "\n")
    #expect(own.contains("ỦY BAN NHÂN DÂN XÃ CHÍ MINH"), "\(own)")
    #expect(own.contains("- Ủy ban nhân dân xã Chí Minh;"), "\(own)")
    // A named signer leaves room to sign, not the placeholder.
    #expect(!own.contains("(Ký, ghi rõ họ tên, đóng dấu)"), "\(own)")
  }
}

/// A Word or Excel plan cut short is said to be damaged, with what to do, never "unzip it"
/// (trial), and nothing is written.
@Suite("A damaged Word or Excel plan")
struct DamagedPlanFileCLITests {
  @Test("A truncated .docx is refused as damaged, the ledger unchanged")
  func truncated() throws {
    let cli = try CLIRunner(now: "2026-07-05T09:00:00+07:00")
    #expect(try cli.run(["init"]).status == 0)
    let whole = try Data(
      contentsOf: OfficeDocumentsCLITests.plans.appendingPathComponent("01-van-phong.docx"))
    let path = cli.folder.appendingPathComponent("hong.docx").path
    try whole.prefix(whole.count / 2).write(to: URL(fileURLWithPath: path))
    let before = cli.fileBytes()
    let run = try cli.run(["import", path, "--lang", "en"])
    #expect(run.status == 1, "\(run.output)")
    #expect(run.error.contains("the .docx file is damaged"), "\(run.error)")
    #expect(!run.error.contains("Unzip"), "\(run.error)")
    #expect(cli.fileBytes() == before)
  }
}
