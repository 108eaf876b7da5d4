/// A plan document as read from its text, before anything enters the ledger.
public struct ParsedPlan: Hashable, Sendable {
  /// What the text says about the plan itself: number (nil when blank, "Số: /KH-UBND"),
  /// title, issuer, date, yearly reporting day, the plan it replaces, and a digest.
  public var metadata: PlanRegistered
  /// The unit phrases that open the items of the body's "Tổ chức thực hiện" section, as
  /// written (a phrase may list several units).
  public var bodyUnits: [String]
  /// The task rows of every appendix table, in order.
  public var rows: [PlanRow]
  /// The year the plan is for (its date's, else "năm 2026" in its heading), which a deadline
  /// without a year ("Tháng 12") takes.
  public var year: Int?

  public init(metadata: PlanRegistered, bodyUnits: [String] = [], rows: [PlanRow]) {
    self.metadata = metadata
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
  /// The row went on over further lines (a page break) whose cells were joined to it.
  public var continued = false
  /// Lines outside the table after the row that may continue it, not joined (to check).
  public var stray: [String] = []
  /// Table lines before the row read as no task and not joined (a group heading's lead cell,
  /// a line cut loose by a page break), kept for a person to check (`unplaced_line`).
  public var unplaced: [String] = []
  /// In a workbook or Word document, the sheet or table and the row there (`line` is then
  /// that row's number); nil for text and CSV, whose `line` is the file's line.
  public var place: RowPlace?

  public init(
    appendix: Int, section: String, row: String, line: Int, task: String, head: String,
    lead: String, support: String, result: String, deadline: String, place: RowPlace? = nil
  ) {
    self.place = place
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

  /// Where a person finds the row: "dòng 12" in a text or CSV file, "trang tính “PL1”, hàng 5"
  /// in a workbook, "bảng 2, hàng 5" in a Word document.
  public func whereLabel(_ language: Language) -> String {
    place?.label(language) ?? language.pick(vi: "dòng \(line)", en: "line \(line)")
  }

  /// The row's place for a message: its line, or its sheet or table and row.
  public var at: RowLine { RowLine(line, place: place) }

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
