import Foundation

/// Plan texts for import tests: the real seed plan, and small plans written to order.
public enum PlanFixtures {
  /// The seed plan, as shipped in `../shared/plans` and copied under `Tests/Fixtures/plans`.
  public static func seed() throws -> String {
    try String(
      contentsOf: Fixtures.packageRoot.appendingPathComponent(
        "Tests/Fixtures/plans/000_7886a9d818ebd768.txt"), encoding: .utf8)
  }

  /// One task row of a small plan.
  public struct Row {
    public var task: String
    public var lead: String
    public var support: String
    public var result: String
    public var deadline: String

    public init(
      _ task: String, lead: String = "Phòng Văn hóa - Xã hội",
      support: String = "Công an xã", result: String = "Cơ sở dữ liệu vận hành",
      deadline: String = "Tháng 6/2026"
    ) {
      self.task = task
      self.lead = lead
      self.support = support
      self.result = result
      self.deadline = deadline
    }
  }

  /// A small plan in the seed's layout: number, date line, title, an optional supersession
  /// sentence, a reporting day, and one appendix with one section of rows.
  public static func plan(
    number: String = "49", supersedes: String? = nil, header: [String]? = nil, rows: [Row]
  ) -> String {
    let columns =
      header ?? [
        "STT", "Nội dung công việc", "Người đứng đầu chịu trách nhiệm", "Cơ quan chủ trì",
        "Cơ quan phối hợp", "Kết quả", "Thời gian hoàn thành",
      ]
    var lines = [
      "Số: \(number)/KH-UBND", "", "Chí Minh, ngày 12 tháng 02 năm 2026", "", "## KẾ HOẠCH", "",
      "### Chuyển đổi số năm 2026 (kế hoạch \(number))", "", "## **III. TỔ CHỨC THỰC HIỆN**", "",
    ]
    if let supersedes {
      lines.append("1. Kế hoạch này thay thế Kế hoạch số \(supersedes) ngày 24 tháng 01 năm 2026.")
    }
    lines += [
      "2. Phòng Kinh tế xã căn cứ khả năng cân đối ngân sách tham mưu bố trí kinh phí.",
      "Định kỳ hàng năm **trước ngày 30/11** các cơ quan, đơn vị báo cáo kết quả.", "",
      "**PHỤ LỤC I**", "*(Kèm theo Kế hoạch số \(number)/KH-UBND của UBND xã Chí Minh)*", "",
      columns.joined(separator: "\t"), "<b>I</b>\t<b>Hạ tầng số</b>\t\t\t\t\t",
    ]
    for (index, row) in rows.enumerated() {
      lines.append(
        [
          "\(index + 1)", row.task, "Chủ tịch UBND xã", row.lead, row.support, row.result,
          row.deadline,
        ]
        .joined(separator: "\t"))
    }
    return lines.joined(separator: "\n")
  }
}
