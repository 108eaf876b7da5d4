import Foundation
import LedgerTestSupport
import Testing

/// Issue 11, point 7, through the built binary: people are persons, not strings.
@Suite("Persons end to end")
struct PersonCLITests {
  @Test(
    "7. Head appoint registers a new person and says so; two people of one name are told apart by code and never share a score; a name matching nobody is refused with the closest names"
  )
  func peopleArePersons() throws {
    let cli = try CLIRunner(now: "2026-01-05T09:00:00+07:00")
    for arguments in [
      ["init"], ["unit", "add", "Phòng Văn hóa - Xã hội", "--code", "VHXH", "--on", "01/01/2026"],
      ["unit", "add", "Phòng Kinh tế", "--code", "KT", "--on", "01/01/2026"],
    ] {
      let run = try cli.run(arguments)
      #expect(run.status == 0, "\(arguments): \(run.error)")
    }
    let appointed = try cli(
      "head", "appoint", "VHXH", "Nguyễn Văn Hùng", "--role", "Trưởng phòng", "--on", "01/01/2026")
    #expect(appointed.status == 0, "\(appointed.error)")
    #expect(appointed.output.contains("registered person Nguyễn Văn Hùng (code NVH)"))
    #expect(appointed.output.contains("appointed Nguyễn Văn Hùng (NVH) as Trưởng phòng"))
    // A namesake needs their own code.
    let namesake = try cli("person", "add", "Nguyễn Văn Hùng")
    #expect(namesake.status == 1)
    #expect(namesake.error.contains("give their own staff code with --code"), "\(namesake.error)")
    #expect(try cli("person", "add", "Nguyễn Văn Hùng", "--code", "HUNG-KT").status == 0)
    let byCode = try cli(
      "head", "appoint", "KT", "hung-kt", "--role", "Trưởng phòng", "--on", "01/01/2026")
    #expect(byCode.status == 0, "\(byCode.error)")
    #expect(!byCode.output.contains("registered person"))
    // The shared name is refused where a person is named; each code scores its own person.
    let shared = try cli(
      "evaluate", "score", "--person", "Nguyen Van Hung", "--year", "2026", "--points", "20",
      "--reason", "r")
    #expect(shared.status == 1)
    #expect(
      shared.error.contains(
        "More than one person is named “Nguyen Van Hung”: Nguyễn Văn Hùng (HUNG-KT); Nguyễn Văn Hùng (NVH)"
      )
        || shared.error.contains(
          "More than one person is named “Nguyen Van Hung”: Nguyễn Văn Hùng (NVH); Nguyễn Văn Hùng (HUNG-KT)"
        ),
      "\(shared.error)")
    for (code, points) in [("NVH", "20"), ("HUNG-KT", "28")] {
      let scored = try cli(
        "evaluate", "score", "--person", code, "--year", "2026", "--points", points,
        "--reason", "r")
      #expect(scored.status == 0, "\(scored.error)")
    }
    // Rated apart: each code's row carries its own general points.
    let evaluated = try cli("evaluate", "--year", "2026", "--json")
    #expect(evaluated.status == 0, "\(evaluated.error)")
    let rows =
      try JSONSerialization.jsonObject(with: Data(evaluated.output.utf8)) as? [[String: Any]]
    let points = Dictionary(
      (rows ?? []).map { ($0["person_code"] as? String ?? "-", $0["general_points"] as? Double) },
      uniquingKeysWith: { a, _ in a })
    #expect(points["NVH"] == 20 && points["HUNG-KT"] == 28, "\(evaluated.output)")
    // The head view and the explanation of one code show that person only.
    let text = try cli("head", "view", "HUNG-KT")
    #expect(text.output.contains("Nguyễn Văn Hùng (HUNG-KT) — Trưởng phòng, KT"), "\(text.output)")
    let view = try cli("head", "view", "HUNG-KT", "--json")
    #expect(view.output.contains("\"person_code\" : \"HUNG-KT\""), "\(view.output)")
    #expect(view.output.contains("\"KT\"") && !view.output.contains("\"VHXH\""), "\(view.output)")
    let explained = try cli("evaluate", "--year", "2026", "--explain", "NVH", "--json")
    #expect(explained.output.contains("\"NVH\"") && !explained.output.contains("HUNG-KT"))
    let replay = try cli("replay", "--json")
    #expect(replay.output.contains("evaluation:2026-nvh"))
    #expect(replay.output.contains("evaluation:2026-hung-kt"))
    // A name matching nobody is refused, listing the closest, and nothing is written.
    let before = try cli("replay", "--json").output
    let typo = try cli(
      "evaluate", "score", "--person", "Nguyen Van Hong", "--year", "2026", "--points", "20",
      "--reason", "r")
    #expect(typo.status == 1)
    #expect(typo.error.contains("Nobody named “Nguyen Van Hong”"))
    #expect(typo.error.contains("Nguyễn Văn Hùng (NVH, nguyen van hung)"))
    #expect(try cli("replay", "--json").output == before)
    let listed = try cli("person", "list", "--json")
    #expect(listed.output.contains("\"HUNG-KT\""))
    // The status board names namesakes with their codes, in text and JSON.
    let task = try cli(
      "task", "assign", "Lập báo cáo kinh tế", "--id", "K1", "--lead", "KT", "--role",
      "Trưởng phòng", "--result", "Báo cáo", "--due", "30/06/2026")
    #expect(task.status == 0, "\(task.error)")
    let board = try cli("status")
    #expect(board.output.contains("Nguyễn Văn Hùng (HUNG-KT) (Trưởng phòng)"), "\(board.output)")
    let check = try cli("check")
    #expect(
      check.output.contains("Nguyễn Văn Hùng (HUNG-KT) (Trưởng phòng, head of KT)"),
      "\(check.output)")
    let boardJSON = try cli("status", "--json")
    #expect(boardJSON.output.contains("\"head_person_code\" : \"HUNG-KT\""), "\(boardJSON.output)")
    // A new code with a known name is a new person (a third namesake), never the known one.
    #expect(
      try cli("unit", "add", "Tổ dân phố 3", "--code", "T3", "--on", "01/01/2026").status == 0)
    let third = try cli(
      "head", "appoint", "T3", "Nguyễn Văn Hùng", "--code", "HUNG-T3", "--role", "Tổ trưởng",
      "--on", "01/01/2026")
    #expect(third.status == 0, "\(third.error)")
    #expect(
      third.output.contains("registered person Nguyễn Văn Hùng (code HUNG-T3)"), "\(third.output)")
    let t3 = try cli("head", "view", "HUNG-T3", "--json")
    #expect(t3.output.contains("\"T3\"") && !t3.output.contains("\"KT\""), "\(t3.output)")
  }
}
