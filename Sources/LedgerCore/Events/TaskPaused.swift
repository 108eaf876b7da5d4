/// Work on a task was suspended (`task.paused`, v1).
public struct TaskPaused: Codable, Hashable, Sendable {
  public var reason: String

  public init(reason: String) {
    self.reason = reason
  }
}

extension TaskPaused: EventPayload {
  public static let typeName = "task.paused"
  public static let schemaVersion = 1
  public var event: LedgerEvent { .taskPaused(self) }

  public func evolve(_ state: TaskState?, by fact: RecordedEvent) -> TaskState? {
    state?.updated(by: fact) {
      $0.move(to: .paused)
      $0.pausedOn = fact.effective
      $0.statusReason = reason
    }
  }

  public func phrase(_ c: PhraseContext) -> String {
    c.pick(
      vi: "tạm dừng nhiệm vụ \(c.subject) (lý do: \(reason))",
      en: "paused task \(c.subject) (reason: \(reason))")
  }

  public func checkStated() throws {
    try PayloadRules.text(reason, .reason, limit: TextRules.longLimit)
  }
}
