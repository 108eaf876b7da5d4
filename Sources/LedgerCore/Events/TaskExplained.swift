/// The lead unit's explanation (giải trình) answering the pending request (`task.explained`, v1).
public struct TaskExplained: Codable, Hashable, Sendable {
  public var text: String
  /// Who gave it.
  public var by: String
  /// The document it was sent as, such as 15/BC-VHXH.
  public var document: String?

  public init(text: String, by: String, document: String? = nil) {
    self.text = text
    self.by = by
    self.document = document
  }
}

extension TaskExplained: EventPayload {
  public static let typeName = "task.explained"
  public static let schemaVersion = 1
  public var event: LedgerEvent { .taskExplained(self) }

  /// Answers the latest request still open; where the task stands does not change.
  public func evolve(_ state: TaskState?, by fact: RecordedEvent) -> TaskState? {
    state?.updated(by: fact) { task in
      guard let index = task.record.explanations.lastIndex(where: { $0.answeredOn == nil })
      else { return }
      task.record.explanations[index].answeredOn = fact.effective
      task.record.explanations[index].answeredBy = by
      task.record.explanations[index].text = text
      task.record.explanations[index].document = document
    }
  }

  public func phrase(_ c: PhraseContext) -> String {
    let doc = document.map { c.pick(vi: " (văn bản \($0))", en: " (document \($0))") } ?? ""
    return c.pick(
      vi: "\(by) giải trình về nhiệm vụ \(c.subject): \(text)\(doc)",
      en: "\(by) explained task \(c.subject): \(text)\(doc)")
  }

  public var performer: String? { by }

  public func checkStated() throws {
    try PayloadRules.text(text, .text, limit: TextRules.longLimit)
    try PayloadRules.text(by, .by)
    if let document { _ = try TextRules.documentNumber(document) }
  }
}

/// One request for an explanation of a task and its answer, as the record keeps them.
public struct Explanation: Codable, Hashable, Sendable {
  public var requestedOn: LocalDate
  public var requestedBy: String
  public var due: LocalDate
  public var reason: String?
  /// The lead unit asked.
  public var unit: UnitCode
  public var answeredOn: LocalDate?
  public var answeredBy: String?
  public var text: String?
  public var document: String?

  public init(
    requestedOn: LocalDate, requestedBy: String, due: LocalDate, reason: String?, unit: UnitCode
  ) {
    self.requestedOn = requestedOn
    self.requestedBy = requestedBy
    self.due = due
    self.reason = reason
    self.unit = unit
  }

  /// True when answered after its day, or not answered and its day has passed by `day`.
  public func isLate(on day: LocalDate) -> Bool {
    if let answeredOn { return answeredOn > due }
    return day > due
  }
}
