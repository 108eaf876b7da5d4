import Foundation
import LedgerTestSupport
import Testing

/// The line an earlier lead keeps after a hand-over reads as it stood then (trial: after `task
/// amend --role` for the new lead, the earlier lead's head was shown under the new title, and
/// the line said "completed" of a unit that never completed the task, in the yearly report too).
@Suite("An earlier lead's line keeps the title and state of its time")
struct EarlierLeadLineCLITests {
  @Test("Title as of the deciding day and 'handed over' in status, JSON and the yearly report")
  func earlierLine() throws {
    let cli = try CLIRunner(now: "2028-01-10T09:00:00+07:00")
    for step in [
      ["init"],
      ["unit", "add", "Phòng Kinh tế", "--code", "KT", "--on", "01/01/2027"],
      ["unit", "add", "Công an phường", "--code", "CAP", "--on", "01/01/2027"],
      ["person", "add", "Trần Văn Hải", "--code", "TVH"],
      ["person", "add", "Lê Văn Cường", "--code", "LVC"],
      ["head", "appoint", "KT", "Trần Văn Hải", "--role", "Trưởng phòng", "--on", "01/01/2027"],
      [
        "head", "appoint", "CAP", "Lê Văn Cường", "--role", "Trưởng Công an phường", "--on",
        "01/01/2027",
      ],
      [
        "task", "assign", "Rà soát danh sách hộ kinh doanh cá thể", "--id", "KH-5", "--lead", "KT",
        "--role", "Trưởng phòng", "--result", "Danh sách hộ kinh doanh", "--due", "30/09/2027",
        "--on", "10/01/2027",
      ],
      [
        "task", "reassign", "KH-5", "--lead", "CAP", "--reason", "Chuyển Công an", "--due",
        "30/11/2027", "--on", "15/10/2027",
      ],
      [
        "task", "amend", "KH-5", "--role", "Trưởng Công an phường", "--reason", "Đơn vị mới",
        "--on", "15/10/2027",
      ],
      ["task", "complete", "KH-5", "--result", "Xong", "--on", "25/11/2027"],
    ] {
      let run = try cli.run(step)
      #expect(run.status == 0, "\(step): \(run.error)")
    }
    let status = try cli("status", "--as-of", "31/12/2027", "--lang", "en")
    let lines = status.output.split(separator: "\n").filter { $0.hasPrefix("KH-5") }
    #expect(lines.count == 2, "\(status.output)")
    let earlier = try #require(lines.first { $0.contains(" KT ") })
    #expect(earlier.contains("Trần Văn Hải (TVH) (Trưởng phòng)"), "\(earlier)")
    #expect(earlier.contains("handed over") && !earlier.contains("completed"), "\(earlier)")
    let current = try #require(lines.first { !$0.contains(" KT ") })
    #expect(current.contains("(Trưởng Công an phường)") && current.contains("completed"))

    let json = try cli("status", "--as-of", "31/12/2027", "--json")
    let rows = try #require(
      try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
    let kt = try #require(rows.first { $0["charged_unit"] as? String == "KT" })
    #expect(kt["head_role"] as? String == "Trưởng phòng")
    let cap = try #require(rows.first { $0["charged_unit"] as? String == "CAP" })
    #expect(cap["head_role"] as? String == "Trưởng Công an phường")

    let yearly = try cli("yearly", "--year", "2027", "--format", "md")
    #expect(yearly.status == 0, "\(yearly.error)")
    #expect(
      yearly.output.contains("Trần Văn Hải (TVH) (Trưởng phòng, trưởng KT)"), "\(yearly.output)")
    #expect(yearly.output.contains("đã chuyển đi — quá hạn, sau đó chuyển cho CAP"))
    #expect(!yearly.output.contains("Trần Văn Hải (TVH) (Trưởng Công an phường"))
  }
}
