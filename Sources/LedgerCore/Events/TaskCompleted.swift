/// A task was completed (`task.completed`, v2: v1 and the units delivered).
public struct TaskCompleted: Codable, Hashable, Sendable {
  /// The result delivered, in the recorder's words.
  public var result: String?
  /// What proves it: a document number, a link, a decision.
  public var evidence: String?
  /// Who completed it.
  public var by: String?
  /// How many units of the product were delivered (schema v2); nil for all assigned.
  public var delivered: Double?

  public init(
    result: String? = nil, evidence: String? = nil, by: String? = nil, delivered: Double? = nil
  ) {
    self.delivered = delivered
    self.result = result
    self.evidence = evidence
    self.by = by
  }
}

extension TaskCompleted: EventPayload {
  public static let typeName = "task.completed"
  public static let schemaVersion = 2
  public static var readableVersions: Set<Int> { [1, 2] }
  public var event: LedgerEvent { .taskCompleted(self) }

  public func evolve(_ state: TaskState?, by fact: RecordedEvent) -> TaskState? {
    state?.updated(by: fact) {
      $0.status = .completed
      $0.completedOn = fact.effective
      $0.completion = self
      if let delivered { $0.delivered = delivered }
    }
  }

  public func phrase(_ c: PhraseContext) -> String {
    var extras: [String] = []
    if let result { extras.append(c.pick(vi: "kết quả: ", en: "result: ") + result) }
    if let evidence { extras.append(c.pick(vi: "minh chứng: ", en: "evidence: ") + evidence) }
    let suffix = extras.isEmpty ? "" : " (\(extras.joined(separator: "; ")))"
    return c.pick(vi: "hoàn thành nhiệm vụ \(c.subject)", en: "completed task \(c.subject)")
      + suffix
  }

  public var performer: String? { by }

  public func checkStated() throws {
    try PayloadRules.optional(result, .result, limit: TextRules.longLimit)
    try PayloadRules.optional(evidence, .evidence, limit: TextRules.longLimit)
    try PayloadRules.optional(by, .by)
    if let delivered, !(delivered >= 0 && delivered <= 1e6) {
      throw LedgerError.quantityOutOfRange(delivered)
    }
  }
}
