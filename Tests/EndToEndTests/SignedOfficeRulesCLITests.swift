import Foundation
import LedgerTestSupport
import Testing

/// A write signed on the command line by a person who has a web account meets the web's rules
/// of office (trial: a head who had left, an inspector, a clerk approving her own extension and
/// a head acting on another unit's task were all accepted here, all refused by the web).
@Suite("Signed writes on the command line follow the rules of office")
struct SignedOfficeRulesCLITests {
  /// A commune in 2027 where each person has a key and an account.
  ///
  /// VHXH is headed by Phan Thị Thu until 31/03, then Lý Minh Đức; KT by Bùi Văn Long; the
  /// chair is Nguyễn Văn Hải until 30/06, then Trương Quốc Bảo; the clerk Lê Thị Mai; the
  /// inspector Võ Thanh Sơn. Task T-1 is VHXH's.
  func commune() throws -> CLIRunner {
    let cli = try CLIRunner(now: "2027-12-05T09:00:00+07:00")
    let people = [
      ("Phan Thị Thu", "PTT"), ("Lý Minh Đức", "LMD"), ("Bùi Văn Long", "BVL"),
      ("Nguyễn Văn Hải", "NVH"), ("Trương Quốc Bảo", "TQB"), ("Lê Thị Mai", "LTM"),
      ("Võ Thanh Sơn", "VTS"),
    ]
    var steps: [[String]] = [
      ["init"],
      ["unit", "add", "Phòng Văn hóa - Xã hội", "--code", "VHXH", "--on", "01/01/2027"],
      ["unit", "add", "Phòng Kinh tế", "--code", "KT", "--on", "01/01/2027"],
      ["unit", "add", "Ủy ban nhân dân xã", "--code", "UBND", "--on", "01/01/2027"],
    ]
    steps += people.map { ["person", "add", $0.0, "--code", $0.1] }
    steps += [
      ["head", "appoint", "VHXH", "Phan Thị Thu", "--role", "Trưởng phòng", "--on", "01/01/2027"],
      [
        "head", "appoint", "VHXH", "Lý Minh Đức", "--role", "Trưởng phòng", "--on", "01/04/2027",
        "--replaces", "Phan Thị Thu",
      ],
      ["head", "appoint", "KT", "Bùi Văn Long", "--role", "Trưởng phòng", "--on", "01/01/2027"],
      ["head", "appoint", "UBND", "Nguyễn Văn Hải", "--role", "Chủ tịch", "--on", "01/01/2027"],
      [
        "head", "appoint", "UBND", "Trương Quốc Bảo", "--role", "Chủ tịch", "--on", "01/07/2027",
        "--replaces", "Nguyễn Văn Hải",
      ],
      [
        "task", "assign", "Số hóa hồ sơ hộ tịch", "--id", "T-1", "--lead", "VHXH",
        "--role", "Trưởng phòng", "--result", "Kho dữ liệu hộ tịch", "--due", "30/11/2027",
        "--on", "05/01/2027",
      ],
    ]
    steps += people.map { ["key", "new", "--person", $0.0, "--out", "\($0.1).key"] }
    for step in steps {
      let run = try cli.run(step)
      #expect(run.status == 0, "\(step): \(run.error)")
    }
    let accounts: [(String, String, String, String?)] = [
      ("thu.pt", "Phan Thị Thu", "head", "VHXH"), ("duc.lm", "Lý Minh Đức", "head", "VHXH"),
      ("long.bv", "Bùi Văn Long", "head", "KT"), ("hai.nv", "Nguyễn Văn Hải", "leader", nil),
      ("bao.tq", "Trương Quốc Bảo", "leader", nil), ("mai.lt", "Lê Thị Mai", "clerk", nil),
      ("son.vt", "Võ Thanh Sơn", "inspector", nil),
    ]
    for (username, person, role, unit) in accounts {
      let run = try cli.run(
        [
          "-c", "printf '%s\\n' matkhau-dai-du | \"$0\" \"${@:1}\"", try CLIRunner.binary().path,
          "account", "add", username, "--person", person, "--role", role, "--password-stdin",
        ] + (unit.map { ["--unit", $0] } ?? []), program: URL(fileURLWithPath: "/bin/bash"))
      #expect(run.status == 0, "\(username): \(run.error)")
    }
    return cli
  }

  /// Runs a write signed with `key`, expecting it refused with `code` and the file unchanged.
  func refused(_ cli: CLIRunner, _ code: String, key: String, _ arguments: [String]) throws {
    let before = try Data(contentsOf: URL(fileURLWithPath: cli.database))
    let run = try cli.run(arguments + ["--key", "\(key).key", "--json"])
    #expect(run.status == 1, "\(arguments): \(run.output)")
    #expect(run.error.contains("\"code\" : \"\(code)\""), "\(arguments): \(run.error)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: cli.database)) == before)
  }

  @Test("A former head, an inspector and another unit's head are refused as on the web")
  func headsAndInspector() throws {
    let cli = try commune()
    try refused(cli, "not_unit_head_now", key: "PTT", ["report", "T-1", "Đã số hóa 80%"])
    try refused(cli, "forbidden", key: "VTS", ["report", "T-1", "Kiểm tra"])
    try refused(cli, "not_own_unit", key: "BVL", ["task", "acknowledge", "T-1", "--by", "BVL"])
    try refused(
      cli, "performer_not_self", key: "LMD", ["task", "complete", "T-1", "--by", "Phan Thị Thu"])
    // The head in office reports on his unit's task, naming himself by staff code or by
    // nobody: he is recorded as the one who did it (trial: refused; no performer kept).
    let report = try cli("report", "T-1", "Đã số hóa 90%", "--key", "LMD.key", "--lang", "en")
    #expect(report.status == 0, "\(report.error)")
    let byCode = try cli("report", "T-1", "Đã số hóa 95%", "--by", "LMD", "--key", "LMD.key")
    #expect(byCode.status == 0, "\(byCode.error)")
    let history = try cli("history", "T-1", "--json")
    #expect(history.output.contains("\"by\" : \"Lý Minh Đức\""), "\(history.output)")
    let person = try cli("status", "--person", "LMD", "--json")
    #expect(person.output.contains("\"id\" : \"T-1\""), "\(person.output)")
    // The former head's refusal says the rules are the account's.
    let former = try cli("report", "T-1", "Báo cáo", "--key", "PTT.key", "--lang", "en")
    #expect(former.error.contains("The key signs for Phan Thị Thu"), "\(former.error)")
    #expect(former.error.contains("thu.pt (head)"), "\(former.error)")
    // A head's write dated in the former head's tenure, by the former head: refused too.
    try refused(
      cli, "not_unit_head_now", key: "PTT", ["report", "T-1", "Tháng 3", "--on", "20/03/2027"])
  }

  @Test("A clerk names a leader in office as approver, never herself or a chair who had left")
  func approvers() throws {
    let cli = try commune()
    let extend = ["task", "extend", "T-1", "--to", "31/12/2027", "--reason", "Chờ thiết bị"]
    try refused(cli, "approver_is_self", key: "LTM", extend + ["--approved-by", "Lê Thị Mai"])
    try refused(
      cli, "approver_not_in_office", key: "LTM", extend + ["--approved-by", "Nguyễn Văn Hải"])
    // The former chair's own key: his account is refused as on the web.
    try refused(
      cli, "leader_not_in_office", key: "NVH", extend + ["--approved-by", "Nguyễn Văn Hải"])
    // Dated in his tenure, his approval stands; and the chair in office approves today.
    let earlier = try cli(
      "task", "extend", "T-1", "--to", "31/12/2027", "--reason", "Chờ thiết bị", "--approved-by",
      "Nguyễn Văn Hải", "--on", "20/06/2027", "--key", "LTM.key")
    #expect(earlier.status == 0, "\(earlier.error)")
    let now = try cli(
      "task", "extend", "T-1", "--to", "15/01/2028", "--reason", "Chờ thiết bị", "--approved-by",
      "Trương Quốc Bảo", "--key", "LTM.key")
    #expect(now.status == 0, "\(now.error)")
  }

  @Test("Unsigned writes and keys of people without an account keep the ledger's rules alone")
  func withoutAccount() throws {
    let cli = try commune()
    // Unsigned: the actor is only a name, and the ledger's rules judge.
    #expect(try cli("report", "T-1", "Văn thư ghi hộ", "--actor", "Võ Thanh Sơn").status == 0)
    // A person with a key and no account.
    #expect(try cli("person", "add", "Đỗ Văn Khoa", "--code", "DVK").status == 0)
    #expect(try cli("key", "new", "--person", "Đỗ Văn Khoa", "--out", "DVK.key").status == 0)
    #expect(try cli("report", "T-1", "Ghi hộ", "--key", "DVK.key").status == 0)
  }

  @Test("An unsigned extension approved by the chair who had left is flagged by audit (trial)")
  func auditFlagsApprover() throws {
    let cli = try commune()
    let run = try cli(
      "task", "extend", "T-1", "--to", "31/12/2027", "--reason", "Chờ thiết bị", "--approved-by",
      "Nguyễn Văn Hải", "--on", "20/11/2027")
    #expect(run.status == 0, "\(run.error)")
    let dated = try cli(
      "task", "extend", "T-1", "--to", "15/01/2028", "--reason", "Chờ thiết bị", "--approved-by",
      "Nguyễn Văn Hải (NVH)", "--on", "20/06/2027")
    #expect(dated.status == 0, "\(dated.error)")
    let audit = try cli("audit", "--task", "T-1", "--lang", "en")
    let flagged = audit.output.split(separator: "\n").filter {
      $0.contains("APPROVER OUT OF OFFICE")
    }
    #expect(flagged.count == 1, "\(audit.output)")
    #expect(flagged.first?.contains("(LEFT 01/07/2027)") == true, "\(audit.output)")
    #expect(flagged.first?.contains("20/11/2027") == true, "\(audit.output)")
    let json = try cli("audit", "--task", "T-1", "--json")
    let rows = try #require(
      try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
    #expect(rows.filter { $0["approver_out_of_office"] as? Bool == true }.count == 1)
  }
}
