/// A progress report on a task was filed (`task.progress_reported`, v1).
public struct ProgressReported: Codable, Hashable, Sendable {
  public var text: String
  /// Share of the work done, 0–100.
  public var percent: Int?
  /// The report's document number, such as `12/BC-VHXH`.
  public var document: String?
  /// Who filed it.
  public var by: String?
  /// True for the report that meets the year's obligation (`report --annual`; schema v2).
  public var annual: Bool?
  /// How many units of the product were delivered so far (schema v3).
  public var delivered: Double?

  public init(
    text: String, percent: Int? = nil, document: String? = nil, by: String? = nil,
    annual: Bool? = nil, delivered: Double? = nil
  ) {
    self.delivered = delivered
    self.annual = annual
    self.text = text
    self.percent = percent
    self.document = document
    self.by = by
  }
}

extension ProgressReported: EventPayload {
  public static let typeName = "task.progress_reported"
  public static let schemaVersion = 3
  public static var readableVersions: Set<Int> { [1, 2, 3] }
  public var event: LedgerEvent { .progressReported(self) }

  public func evolve(_ state: TaskState?, by fact: RecordedEvent) -> TaskState? {
    state?.updated(by: fact) {
      $0.reportCount += 1
      // A report on work never explicitly started starts it, from the report's day.
      if $0.status == .assigned {
        $0.status = .inProgress
      }
      if $0.startedOn.map({ fact.effective < $0 }) ?? true { $0.startedOn = fact.effective }
      if annual == true { $0.record.annualReports.append(fact.effective) }
      if case .recurring = $0.deadline { $0.record.periodReports.append(fact.effective) }
      if let delivered { $0.delivered = delivered }
      $0.lastReportOn = max($0.lastReportOn ?? fact.effective, fact.effective)
    }
  }

  public func phrase(_ c: PhraseContext) -> String {
    var extras: [String] = []
    if let percent { extras.append("\(percent)%") }
    if let document { extras.append(document) }
    if annual == true { extras.append(c.pick(vi: "báo cáo năm", en: "the year's report")) }
    let suffix = extras.isEmpty ? "" : " (\(extras.joined(separator: ", ")))"
    return c.pick(
      vi: "báo cáo nhiệm vụ \(c.subject): “\(text)”\(suffix)",
      en: "reported on task \(c.subject): “\(text)”\(suffix)")
  }

  public var performer: String? { by }

  public func checkStated() throws {
    try PayloadRules.text(text, .text, limit: TextRules.longLimit)
    if let percent = percent, !(0...100).contains(percent) {
      throw LedgerError.percentOutOfRange(percent)
    }
    if let document = document, try TextRules.documentNumber(document) != document {
      throw LedgerError.invalidDocumentNumber(document)
    }
    try PayloadRules.optional(by, .by)
    if let delivered, !(delivered >= 0 && delivered <= 1e6) {
      throw LedgerError.quantityOutOfRange(delivered)
    }
  }
}
