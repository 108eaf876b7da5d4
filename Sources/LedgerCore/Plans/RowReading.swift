/// One task row as the import read it: who leads, who coordinates, when it is due, and what
/// the reader inferred or flagged, for a person to review before or after the import.
public struct RowReading: Hashable, Sendable {
  /// The task id the row gets.
  public var task: TaskID
  /// The row as written.
  public var row: PlanRow
  /// The lead unit recorded: a unit code, a new unit's name, or the collective text.
  public var lead: String
  /// The other units the lead cell names, each a lead too (the plan breaks "one task, one lead").
  public var coLeads: [String]
  /// The exact text of a lead cell that names a group of bodies ("UBND các xã, phường").
  public var collectiveLead: String?
  /// Coordinating units: codes or new units' names.
  public var coordinators: [String]
  /// The deadline recorded, or nil when the cell could not be read (`--lenient`).
  public var deadline: Deadline?
  /// What the reader inferred or flagged.
  public var flags: [RowFlag]
  /// Text of the lead or coordinating cell that is no body's name, left out (`not_a_body`).
  public var doubtful: [String] = []
  /// Phrases of the coordinating cell that name no one or a group (`vague_coordinators`).
  public var vague: [String] = []
  /// Parenthesised notes after a name, kept with the row (`note_in_parentheses`).
  public var notes: [String] = []

  public init(
    task: TaskID, row: PlanRow, lead: String, coLeads: [String], collectiveLead: String?,
    coordinators: [String], deadline: Deadline?, flags: [RowFlag]
  ) {
    self.task = task
    self.row = row
    self.lead = lead
    self.coLeads = coLeads
    self.collectiveLead = collectiveLead
    self.coordinators = coordinators
    self.deadline = deadline
    self.flags = flags
  }
}

/// Something the reader inferred or flagged on a row, named for people and programs.
public enum RowFlag: String, Hashable, Sendable, CaseIterable, Codable {
  /// The lead cell names several units: all kept as leads; the plan breaks "one task, one lead".
  case severalLeads = "several_leads"
  /// The lead cell names a group of bodies, not one unit.
  case collectiveLead = "collective_lead"
  /// A coordinating cell holds a phrase that names no one ("các bộ, ngành liên quan").
  case vagueCoordinators = "vague_coordinators"
  /// Two known names were written with nothing between them and split by the dictionary.
  case gluedNames = "glued_names"
  /// The deadline cell could not be read: recorded as unreadable, with its text.
  case deadlineUnread = "deadline_unread"
  /// "Hằng năm" in a plan that names no reporting day.
  case yearlyWithoutDay = "yearly_without_day"
  /// The row continues on further lines (a page break): the cells were joined.
  case joinedContinuation = "joined_continuation"
  /// The plan names no accountable head for the row.
  case noHead = "no_head"
  /// A line after the row, outside the table's cells, may continue it: not joined, to check.
  case strayText = "stray_text"
  /// Text in a lead or coordinating cell that does not look like a body ("thị trấn", "là đầu
  /// mối"): not registered as a unit; a lead cell with nothing else stops a real import.
  case notABody = "not_a_body"
  /// A parenthesis after a name ("Bộ KH&ĐT (Tổng cục Thống kê)"): one lead, the parenthesis
  /// kept as a note.
  case noteInParentheses = "note_in_parentheses"
  /// A fixed deadline before the plan's date: stops a real import; a review keeps the row for
  /// a person to correct.
  case deadlineBeforePlan = "deadline_before_plan"
  /// A table line read as no task, heading or continuation (or a group heading's lead cell):
  /// kept with the row after it (or the last row) for a person to check, never dropped.
  case unplacedLine = "unplaced_line"
  /// The row's lead cell is empty: a review keeps it for a person to name the lead.
  case noLead = "no_lead"
  /// Another row of the plan has the same task id: a review keeps it for a person to renumber.
  case duplicateID = "duplicate_id"

  /// The flag in words, with the text it is about when the row has one ("— “thị trấn”").
  public func label(_ language: Language, on reading: RowReading) -> String {
    let texts: [String]
    switch self {
    case .collectiveLead: texts = reading.collectiveLead.map { [$0] } ?? []
    case .notABody: texts = reading.doubtful
    case .noteInParentheses: texts = reading.notes
    case .vagueCoordinators: texts = reading.vague
    case .deadlineUnread, .deadlineBeforePlan: texts = [reading.row.deadline]
    case .strayText: texts = reading.row.stray
    case .unplacedLine: texts = reading.row.unplaced
    case .severalLeads: texts = [([reading.lead] + reading.coLeads).joined(separator: ", ")]
    default: texts = []
    }
    let quoted = texts.filter { !$0.isEmpty }.map { "“\($0)”" }
    return quoted.isEmpty
      ? label(language) : label(language) + ": " + quoted.joined(separator: ", ")
  }

  /// The flag in words.
  public func label(_ language: Language) -> String {
    switch self {
    case .severalLeads:
      return language.pick(
        vi: "nhiều đơn vị chủ trì (trái nguyên tắc một việc một đầu mối)",
        en: "several lead units (breaks one task, one lead)")
    case .collectiveLead:
      return language.pick(vi: "chủ trì là một nhóm cơ quan", en: "the lead is a group of bodies")
    case .vagueCoordinators:
      return language.pick(
        vi: "phối hợp ghi chung chung, không nêu tên", en: "coordinators not named")
    case .gluedNames:
      return language.pick(
        vi: "hai tên đơn vị dính liền, đã tách theo danh mục",
        en: "two unit names glued, split by the dictionary")
    case .deadlineUnread:
      return language.pick(vi: "không đọc được thời hạn", en: "deadline not readable")
    case .yearlyWithoutDay:
      return language.pick(
        vi: "hằng năm nhưng không có ngày báo cáo", en: "yearly without a reporting day")
    case .joinedContinuation:
      return language.pick(
        vi: "dòng bị ngắt trang, đã nối", en: "row split by a page break, joined")
    case .noHead:
      return language.pick(vi: "không ghi người đứng đầu", en: "no accountable head")
    case .notABody:
      return language.pick(
        vi: "có chữ không phải tên cơ quan, không ghi là đơn vị",
        en: "text that is no body's name, not taken as a unit")
    case .noteInParentheses:
      return language.pick(
        vi: "ghi chú trong ngoặc sau tên đơn vị, giữ làm ghi chú",
        en: "a parenthesis after a unit's name, kept as a note")
    case .deadlineBeforePlan:
      return language.pick(
        vi: "thời hạn sớm hơn ngày của kế hoạch, cần sửa",
        en: "deadline before the plan's date, to correct")
    case .unplacedLine:
      return language.pick(
        vi: "dòng trong bảng không đọc thành nhiệm vụ, cần xem",
        en: "a table line not read as a task, to check")
    case .noLead:
      return language.pick(
        vi: "không ghi cơ quan chủ trì, cần điền", en: "no lead unit, to fill in")
    case .duplicateID:
      return language.pick(
        vi: "trùng mã nhiệm vụ với một dòng trước, cần đánh lại số",
        en: "same task id as an earlier row, to renumber")
    case .strayText:
      return language.pick(
        vi: "có đoạn chữ ngoài bảng sau dòng này, cần xem", en: "stray text after the row, to check"
      )
    }
  }
}
