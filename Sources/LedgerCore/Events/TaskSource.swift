/// Where an imported task came from, and the plan's own words for the cells the ledger had to
/// interpret, so a reviewer (and `check`) can see them.
public struct TaskSource: Codable, Hashable, Sendable {
  /// Appendix number (PHỤ LỤC I → 1).
  public var appendix: Int
  /// Section label, such as `I` or `A`.
  public var section: String
  /// Row number within the section, as written (STT).
  public var row: String
  /// Line of the file where the row starts.
  public var line: Int
  /// The lead unit cell as written (it may name several units).
  public var leadText: String
  /// The coordinating units cell as written ("Các đơn vị liên quan").
  public var supportText: String?
  /// The deadline cell as written ("Tháng 6/2026", "Thường xuyên").
  public var deadlineText: String

  public init(
    appendix: Int, section: String, row: String, line: Int, leadText: String,
    supportText: String?, deadlineText: String
  ) {
    self.appendix = appendix
    self.section = section
    self.row = row
    self.line = line
    self.leadText = leadText
    self.supportText = supportText
    self.deadlineText = deadlineText
  }
}
