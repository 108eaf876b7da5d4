import Foundation
import LedgerTestSupport
import Testing

/// A head who held the post twice in a year answers for two shares of one monthly report
/// (trial: the rating kept the first share and dropped the second, with its two late months).
@Suite("Two tenures' shares of one recurring report in one rating")
struct TwoTenureShareCLITests {
  @Test("The rating counts every period of both shares, and all their delays")
  func bothShares() throws {
    let cli = try CLIRunner(now: "2027-01-02T09:00:00+07:00")
    for step in [
      ["init"], ["unit", "add", "Phòng Văn hóa - Xã hội", "--code", "VHXH", "--on", "01/01/2027"],
      ["person", "add", "Trần Thị Bình", "--code", "TTB"],
      ["person", "add", "Lê Văn Cường", "--code", "LVC"],
      ["head", "appoint", "VHXH", "Trần Thị Bình", "--role", "Trưởng phòng", "--on", "01/01/2027"],
      [
        "head", "appoint", "VHXH", "Lê Văn Cường", "--role", "Phó Trưởng phòng", "--acting",
        "--replaces", "Trần Thị Bình", "--on", "01/03/2027",
      ],
      [
        "head", "appoint", "VHXH", "Trần Thị Bình", "--role", "Trưởng phòng", "--replaces",
        "Lê Văn Cường", "--on", "01/05/2027",
      ],
      [
        "task", "assign", "Báo cáo tình hình văn hóa - xã hội hằng tháng", "--id", "M", "--lead",
        "VHXH", "--role", "Trưởng phòng", "--result", "Báo cáo tháng", "--due", "Hằng tháng",
      ],
    ] {
      let run = try cli.run(step)
      #expect(run.status == 0, "\(step): \(run.error)")
    }
    // January, May and June late; every other month in time.
    let late: Set<Int> = [1, 5, 6]
    for month in 1...12 {
      let day =
        late.contains(month)
        ? String(format: "2027-%02d-03", month + 1) : String(format: "2027-%02d-25", month)
      let run = try cli.run(["report", "M", "Tháng \(month)"], now: day + "T09:00:00+07:00")
      #expect(run.status == 0, "\(month): \(run.error)")
    }
    let explain = try cli.run(
      ["evaluate", "--year", "2027", "--explain", "TTB", "--lang", "en"],
      now: "2028-01-10T09:00:00+07:00")
    #expect(explain.status == 0, "\(explain.error)")
    let rating = try #require(
      explain.output.components(separatedBy: "One rating for the year").last)
    #expect(rating.contains("M: 2 charges, one product"), "\(rating)")
    #expect(rating.contains("with 3 delay(s)"), "\(rating)")
    let json = try cli.run(
      ["evaluate", "--year", "2027", "--explain", "TTB", "--json"],
      now: "2028-01-10T09:00:00+07:00")
    let ratings = try #require(
      try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
    let periods = try #require(ratings.first?["periods"] as? [[String: Any]])
    let products = periods.flatMap { ($0["products"] as? [[String: Any]]) ?? [] }
    #expect(products.count == 1, "\(products)")
    #expect(products.first?["assigned"] as? Double == 10, "\(products)")
    #expect(products.first?["delays"] as? Int == 3, "\(products)")
  }
}
