/// A task was cancelled and will not be done (`task.cancelled`, v1).
public struct TaskCancelled: Codable, Hashable, Sendable {
  public var reason: String

  public init(reason: String) {
    self.reason = reason
  }
}

extension TaskCancelled: EventPayload {
  public static let typeName = "task.cancelled"
  public static let schemaVersion = 1
  public var event: LedgerEvent { .taskCancelled(self) }

  public func evolve(_ state: TaskState?, by fact: RecordedEvent) -> TaskState? {
    state?.updated(by: fact) {
      $0.move(to: .cancelled)
      $0.cancelledOn = fact.effective
      $0.statusReason = reason
    }
  }

  public func phrase(_ c: PhraseContext) -> String {
    c.pick(
      vi: "hủy nhiệm vụ \(c.subject) (lý do: \(reason))",
      en: "cancelled task \(c.subject) (reason: \(reason))")
  }

  public func checkStated() throws {
    try PayloadRules.text(reason, .reason, limit: TextRules.longLimit)
  }
}
