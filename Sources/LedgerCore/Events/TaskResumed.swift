/// Work on a paused task resumed (`task.resumed`, v1).
public struct TaskResumed: Codable, Hashable, Sendable {
  public var reason: String?

  public init(reason: String? = nil) {
    self.reason = reason
  }
}

extension TaskResumed: EventPayload {
  public static let typeName = "task.resumed"
  public static let schemaVersion = 1
  public var event: LedgerEvent { .taskResumed(self) }

  public func evolve(_ state: TaskState?, by fact: RecordedEvent) -> TaskState? {
    state?.updated(by: fact) {
      $0.move(to: $0.startedOn == nil && $0.reportCount == 0 ? .assigned : .inProgress)
      $0.pausedOn = nil
      $0.statusReason = nil
    }
  }

  public func phrase(_ c: PhraseContext) -> String {
    let suffix = reason.map { c.pick(vi: " (lý do: \($0))", en: " (reason: \($0))") } ?? ""
    return c.pick(vi: "tiếp tục nhiệm vụ \(c.subject)", en: "resumed task \(c.subject)") + suffix
  }

  public func checkStated() throws {
    try PayloadRules.optional(reason, .reason, limit: TextRules.longLimit)
  }
}
