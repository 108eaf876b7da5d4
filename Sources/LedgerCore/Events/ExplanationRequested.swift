/// An explanation (giải trình) is asked of a task's lead unit, by a day
/// (`task.explanation_requested`, v2): usually for overdue work.
public struct ExplanationRequested: Codable, Hashable, Sendable {
  /// Who asks for it.
  public var by: String
  /// The day the explanation is due.
  public var due: LocalDate
  public var reason: String?
  /// The lead unit asked, as the decider chose it (schema v2).
  ///
  /// The unit charged with the missed deadline: an earlier lead after a hand-over. A v1
  /// request, without it, was asked of the lead unit on its day.
  public var unit: UnitCode?

  public init(by: String, due: LocalDate, reason: String? = nil, unit: UnitCode? = nil) {
    self.by = by
    self.due = due
    self.reason = reason
    self.unit = unit
  }
}

extension ExplanationRequested: EventPayload {
  public static let typeName = "task.explanation_requested"
  public static let schemaVersion = 2
  public static var readableVersions: Set<Int> { [1, 2] }
  public var event: LedgerEvent { .explanationRequested(self) }

  /// The request is kept in the task's record; where the task stands does not change.
  public func evolve(_ state: TaskState?, by fact: RecordedEvent) -> TaskState? {
    state?.updated(by: fact) {
      $0.record.explanations.append(
        Explanation(
          requestedOn: fact.effective, requestedBy: by, due: due, reason: reason,
          unit: unit ?? $0.leadUnit))
    }
  }

  public func phrase(_ c: PhraseContext) -> String {
    let why = reason.map { c.pick(vi: " (lý do: \($0))", en: " (reason: \($0))") } ?? ""
    return c.pick(
      vi: "\(by) yêu cầu giải trình về nhiệm vụ \(c.subject), hạn \(due.display)\(why)",
      en: "\(by) asked for an explanation of task \(c.subject), due \(due.display)\(why)")
  }

  public var performer: String? { nil }

  public func checkStated() throws {
    try PayloadRules.text(by, .by)
    try PayloadRules.optional(reason, .reason, limit: TextRules.longLimit)
  }
}
