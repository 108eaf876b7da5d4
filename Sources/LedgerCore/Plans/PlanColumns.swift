/// Recognises a plan table's columns by meaning, whatever words the plan uses for them.
///
/// Each column is matched by keywords of its header after removing marks and case, so
/// "Kết quả" and "Sản phẩm", "Thời gian hoàn thành" and "Thời hạn", "Cơ quan chủ trì" and
/// "Đơn vị chủ trì" all land in the right place. The order of the rules matters: the first
/// that matches a header wins.
public struct PlanColumns: Hashable, Sendable {
  public var number: Int
  public var task: Int
  public var head: Int?
  public var lead: Int
  public var support: Int?
  public var result: Int?
  public var deadline: Int

  /// What each column means, with the keywords that announce it.
  enum Meaning: CaseIterable {
    case number, head, lead, support, result, deadline, task

    var keywords: [String] {
      switch self {
      case .number: return ["stt", "tt", "so tt", "so thu tu"]
      case .head: return ["nguoi dung dau", "chiu trach nhiem", "lanh dao", "nguoi chi dao"]
      case .lead:
        return ["chu tri", "co quan thuc hien", "don vi thuc hien", "co quan, don vi thuc hien"]
      case .support: return ["phoi hop"]
      case .result: return ["ket qua", "san pham"]
      case .deadline:
        return ["thoi gian", "thoi han", "han hoan thanh", "tien do", "moc thoi gian"]
      case .task: return ["noi dung", "nhiem vu", "ten nhiem vu", "cong viec"]
      }
    }

    /// True when the header says this meaning: an exact word for the number column, a
    /// contained phrase for the others.
    func matches(_ header: String) -> Bool {
      let key = VietnameseText.searchKey(header)
        .trimmingCharacters(in: .punctuationCharacters)
      if self == .number { return keywords.contains(key) }
      return keywords.contains { key.contains($0) }
    }
  }

  /// The meanings a header row's cells announce, each at its first column.
  static func meanings(of cells: [String]) -> [Meaning: Int] {
    var found: [Meaning: Int] = [:]
    for (index, cell) in cells.enumerated() {
      guard let meaning = Meaning.allCases.first(where: { $0.matches(cell) }),
        found[meaning] == nil
      else { continue }
      found[meaning] = index
    }
    return found
  }

  /// The required columns ("number", "task", "lead", "deadline") a row that reads like a header
  /// lacks, or nil when it does not read like one (fewer than three meanings) or lacks none.
  public static func missing(in cells: [String]) -> [String]? {
    let found = meanings(of: cells)
    guard found.count >= 3 else { return nil }
    let required: [(Meaning, String)] = [
      (.number, "number"), (.task, "task"), (.lead, "lead"), (.deadline, "deadline"),
    ]
    let missing = required.filter { found[$0.0] == nil }.map(\.1)
    return missing.isEmpty ? nil : missing
  }

  /// The columns of a header row, or nil when it lacks a number, task, lead or deadline column.
  public init?(header cells: [String]) {
    let found = Self.meanings(of: cells)
    guard let number = found[.number], let task = found[.task], let lead = found[.lead],
      let deadline = found[.deadline]
    else { return nil }
    self.number = number
    self.task = task
    self.head = found[.head]
    self.lead = lead
    self.support = found[.support]
    self.result = found[.result]
    self.deadline = deadline
  }
}
