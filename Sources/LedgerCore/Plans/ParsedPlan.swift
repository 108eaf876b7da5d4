/// A plan document as read from its text, before anything enters the ledger.
public struct ParsedPlan: Hashable, Sendable {
  /// The document number, nil when blank ("Số: /KH-UBND").
  public var number: String?
  public var title: String
  public var issuer: String?
  public var issued: LocalDate?
  /// "Định kỳ hàng năm trước ngày 30/11 … báo cáo": the yearly reporting day.
  public var reportingDay: DayOfYear?
  /// "Kế hoạch này thay thế Kế hoạch số 37/KH-UBND …": the replaced plan's number.
  public var supersedes: String?
  /// FNV-1a 64 of the normalised text.
  public var digest: String
  /// Units named in the body's "Tổ chức thực hiện" section.
  public var bodyUnits: [String]
  /// The task rows of every appendix table, in order.
  public var rows: [PlanRow]

  public init(
    number: String? = nil, title: String, issuer: String? = nil, issued: LocalDate? = nil,
    reportingDay: DayOfYear? = nil, supersedes: String? = nil, digest: String,
    bodyUnits: [String] = [], rows: [PlanRow]
  ) {
    self.number = number
    self.title = title
    self.issuer = issuer
    self.issued = issued
    self.reportingDay = reportingDay
    self.supersedes = supersedes
    self.digest = digest
    self.bodyUnits = bodyUnits
    self.rows = rows
  }
}

/// One task row of a plan table, its cells as written (a row split by a page break joined).
public struct PlanRow: Hashable, Sendable {
  public var appendix: Int
  public var section: String
  public var row: String
  public var line: Int
  public var task: String
  public var head: String
  public var lead: String
  public var support: String
  public var result: String
  public var deadline: String

  public init(
    appendix: Int, section: String, row: String, line: Int, task: String, head: String,
    lead: String, support: String, result: String, deadline: String
  ) {
    self.appendix = appendix
    self.section = section
    self.row = row
    self.line = line
    self.task = task
    self.head = head
    self.lead = lead
    self.support = support
    self.result = result
    self.deadline = deadline
  }

  /// The stable, readable task id from appendix, section and row, such as `PL1-I-1`.
  public func taskID(prefix: String? = nil) -> TaskID? {
    var parts: [String] = []
    if let prefix, !prefix.isEmpty { parts.append(prefix) }
    parts.append(appendix > 0 ? "PL\(appendix)" : "KH")
    if !section.isEmpty { parts.append(section) }
    parts.append(row)
    return TaskID(parts.joined(separator: "-"))
  }
}
