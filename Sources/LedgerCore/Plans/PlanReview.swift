import Foundation

/// A plan's rows as read, laid out for a person to correct in Excel (`import --review`), and
/// the corrected sheet read back exactly (`import --from-review`): no cell of a review is
/// split, guessed or re-read beyond its deadline.
public enum PlanReview {
  /// The first cell of a review's first record, which marks the file as a review.
  public static let marker = "#clearledger-review v1"

  /// The columns of a review, in order.
  public static let headers = [
    "Mã nhiệm vụ", "Phụ lục", "Mục", "STT", "Dòng", "Nội dung công việc",
    "Người đứng đầu chịu trách nhiệm", "Cơ quan chủ trì", "Đồng chủ trì", "Chủ trì tập thể",
    "Cơ quan phối hợp", "Kết quả", "Thời hạn", "Thời hạn như kế hoạch", "Cần xem",
  ]

  /// A review's list separator inside a cell: names may hold commas, never a semicolon.
  static let listSeparator = "; "

  /// The review of a prepared import: a marker record with the plan's metadata, the header,
  /// then one record per row; `name` gives a unit's name for its code.
  public static func records(
    _ prepared: PlanImport, name: (String) -> String, language: Language = .vi
  ) -> [[String]] {
    let r = prepared.registration
    var records: [[String]] = [
      [
        marker, r.number ?? "", r.issued?.display ?? "", r.reportingDay?.description ?? "",
        r.title,
        // The issuer and the plan it replaces travel with the review (trial: lost, so the plan
        // replaced was never ended).
        r.issuer ?? "", r.supersedes ?? "",
      ],
      headers,
    ]
    for reading in prepared.rows {
      let row = reading.row
      records.append([
        reading.task.rawValue, String(row.appendix), row.section, row.row,
        row.place?.label(language) ?? String(row.line),
        row.task, row.head, name(reading.lead),
        reading.coLeads.map(name).joined(separator: listSeparator), reading.collectiveLead ?? "",
        // The phrases that name no one stay in the cell, so that the corrected review keeps
        // check's warning about them (they never become units).
        (reading.coordinators.map(name) + reading.vague).joined(separator: listSeparator),
        row.result,
        reading.deadline.map(written) ?? unreadText, row.deadline,
        reading.flags.map { $0.label(language, on: reading) }.joined(separator: listSeparator),
      ])
    }
    return records
  }

  /// What the deadline column says of a deadline the plan's cell did not give.
  public static let unreadText = "Không đọc được"

  /// A deadline as the review writes it, in words `read` takes back.
  public static func written(_ deadline: Deadline) -> String {
    switch deadline {
    case .date(let date): return date.display
    case .ongoing: return "Thường xuyên"
    case .yearly(let day, let month):
      return "Hằng năm " + (DayOfYear(day: day, month: month)?.description ?? "\(day)/\(month)")
    case .recurring(let period, let day):
      let words: String
      switch period {
      case .monthly: words = "Hằng tháng"
      case .quarterly: words = "Hằng quý"
      case .halfYearly: words = "6 tháng một lần"
      }
      return day.map { words + ", trước ngày \($0)" } ?? words
    }
  }

  /// One corrected row.
  public struct Row: Hashable, Sendable {
    public var task: TaskID
    public var source: TaskSource
    public var title: String
    public var head: String
    public var lead: String
    public var coLeads: [String]
    public var collective: String?
    public var coordinators: [String]
    public var result: String
    /// nil: the deadline is still unreadable.
    public var deadline: Deadline?
  }

  /// The corrected review: its plan's metadata and rows, each cell taken as written.
  ///
  /// Throws `LedgerError.badReviewRow` naming the line and column of a cell that cannot be
  /// used (no marker, a missing lead, an unreadable deadline, a bad task id).
  public static func read(_ records: [[String]]) throws -> (PlanRegistered, [Row]) {
    let filled = records.enumerated().filter { $0.element.contains { !$0.isEmpty } }
    guard let first = filled.first, first.element.first.map(VietnameseText.clean) == marker
    else {
      throw LedgerError.badReviewRow(
        line: 1, column: "A", text: String((records.first?.first ?? "").prefix(60)))
    }
    func field(_ record: [String], _ index: Int) -> String {
      index < record.count ? VietnameseText.clean(record[index]) : ""
    }
    let meta = first.element
    let issued = LocalDate(parsing: field(meta, 2))
    let reporting: DayOfYear? = {
      guard case .yearly(let d, let m) = Deadline.yearly(parsing: field(meta, 3)) else {
        return nil
      }
      return DayOfYear(day: d, month: m)
    }()
    let number = field(meta, 1)
    let bodyText = records.map { $0.joined(separator: "\t") }
    var registration = PlanRegistered(
      number: number.isEmpty ? nil : number, title: field(meta, 4),
      issuer: field(meta, 5).isEmpty ? nil : field(meta, 5), issued: issued,
      reportingDay: reporting, supersedes: field(meta, 6).isEmpty ? nil : field(meta, 6),
      digest: PlanMetadataReader.digest(bodyText))
    if registration.title.isEmpty { registration.title = "Kế hoạch (tệp rà soát)" }
    let reader = DeadlineReader(reportingDay: reporting, year: issued?.year)
    var rows: [Row] = []
    for (index, record) in filled.dropFirst(2) {
      let line = index + 1
      func list(_ column: Int) -> [String] {
        field(record, column).components(separatedBy: ";").map(VietnameseText.clean)
          .filter { !$0.isEmpty }
      }
      guard let task = TaskID(field(record, 0)), !rows.contains(where: { $0.task == task }) else {
        // An id written on two rows would make one task of two: the second row is refused.
        throw LedgerError.badReviewRow(line: line, column: headers[0], text: field(record, 0))
      }
      let lead = field(record, 7)
      // A collective row may keep no lead unit: its text is the collective lead.
      guard !lead.isEmpty || !field(record, 9).isEmpty else {
        throw LedgerError.badReviewRow(line: line, column: headers[7], text: lead)
      }
      let dueText = field(record, 12)
      var deadline: Deadline?
      if VietnameseText.searchKey(dueText) != VietnameseText.searchKey(unreadText) {
        deadline = try Self.deadline(dueText, reader: reader, line: line)
      }
      let source = TaskSource(
        appendix: max(1, Int(field(record, 1)) ?? 1),
        section: field(record, 2).isEmpty ? "-" : field(record, 2),
        row: field(record, 3).isEmpty ? task.rawValue : field(record, 3),
        line: max(1, Self.lastNumber(field(record, 4)) ?? line),
        leadText: lead.isEmpty
          ? field(record, 9)
          : ([lead] + list(8) == [lead] ? lead : ([lead] + list(8)).joined(separator: "; ")),
        supportText: field(record, 10).isEmpty ? nil : field(record, 10),
        deadlineText: field(record, 13).isEmpty
          ? (dueText.isEmpty ? "-" : dueText) : field(record, 13))
      let collective = field(record, 9)
      rows.append(
        Row(
          task: task, source: source, title: field(record, 5), head: field(record, 6), lead: lead,
          coLeads: list(8), collective: collective.isEmpty ? nil : collective,
          coordinators: list(10), result: field(record, 11), deadline: deadline))
    }
    return (registration, rows)
  }

  /// The last number of a cell ("12", "trang tính “PL1”, hàng 12" → 12).
  static func lastNumber(_ text: String) -> Int? {
    let digits = text.reversed().drop { !$0.isNumber }.prefix { $0.isNumber }
    return Int(String(digits.reversed()))
  }

  /// True for a coordinator a review names that is no unit: a phrase naming no one or a group
  /// ("Các đơn vị liên quan", "các sở, ngành"), kept in the task's source for `check`.
  public static func namesNoUnit(_ name: String) -> Bool {
    UnitNames.isVague(name) || UnitDictionary.shipped.isGeneric(name)
      || UnitDictionary.shipped.isCollective(name)
  }

  /// The deadline column read back: "Hằng năm 30/11", or anything `DeadlineReader` reads.
  static func deadline(_ text: String, reader: DeadlineReader, line: Int) throws -> Deadline {
    let key = VietnameseText.searchKey(text)
    for opening in ["hang nam ", "hằng năm "] where key.hasPrefix(VietnameseText.searchKey(opening))
    {
      let rest = String(text.dropFirst(opening.count)).trimmingCharacters(in: .whitespaces)
      if case .yearly(let d, let m) = Deadline.yearly(parsing: rest) {
        return .yearly(day: d, month: m)
      }
    }
    guard let reading = reader.read(text), case (let deadline, _) = reading.deadline,
      reading != .yearlyWithoutDay
    else {
      throw LedgerError.badReviewRow(line: line, column: headers[12], text: text)
    }
    return deadline
  }
}
