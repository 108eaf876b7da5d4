/// The competent authority's confirmation that one delay of a task's product had an objective
/// cause (`task.delay_excused`, v1): that delay costs nothing (Decree 335, Article 14).
///
/// Each event excuses one delay; never more are excused than the product missed.
public struct DelayExcused: Codable, Hashable, Sendable {
  public var reason: String
  /// Who approved it.
  public var approvedBy: String
  /// The decision or document that confirms it, if any.
  public var decision: String?

  public init(reason: String, approvedBy: String, decision: String? = nil) {
    self.reason = reason
    self.approvedBy = approvedBy
    self.decision = decision
  }
}

extension DelayExcused: EventPayload {
  public static let typeName = "task.delay_excused"
  public static let schemaVersion = 1
  public var event: LedgerEvent { .delayExcused(self) }

  /// An excuse judges the product's timeliness; it does not change where the task stands.
  public func evolve(_ state: TaskState?, by fact: RecordedEvent) -> TaskState? {
    state?.updated(by: fact) { _ in }
  }

  public func phrase(_ c: PhraseContext) -> String {
    let document = decision.map { c.pick(vi: " (\($0))", en: " (\($0))") } ?? ""
    return c.pick(
      vi:
        "xác nhận nguyên nhân khách quan cho một lần chậm của nhiệm vụ \(c.subject): \(reason); \(approvedBy) phê duyệt\(document)",
      en:
        "excused one delay of task \(c.subject) for an objective cause: \(reason); approved by \(approvedBy)\(document)"
    )
  }

  public func checkStated() throws {
    try PayloadRules.text(reason, .reason, limit: TextRules.longLimit)
    try PayloadRules.text(approvedBy, .approvedBy)
    try PayloadRules.optional(decision, .evidence)
  }
}
