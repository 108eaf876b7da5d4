/// Work on a task began (`task.started`, v1).
public struct TaskStarted: Codable, Hashable, Sendable {
  /// Who started it, as the recorder states it.
  public var by: String?

  public init(by: String? = nil) {
    self.by = by
  }
}

extension TaskStarted: EventPayload {
  public static let typeName = "task.started"
  public static let schemaVersion = 1
  public var event: LedgerEvent { .taskStarted(self) }

  public func evolve(_ state: TaskState?, by fact: RecordedEvent) -> TaskState? {
    state?.updated(by: fact) {
      $0.move(to: .inProgress)
      $0.startedOn = fact.effective
    }
  }

  public func phrase(_ c: PhraseContext) -> String {
    c.pick(vi: "bắt đầu nhiệm vụ \(c.subject)", en: "started task \(c.subject)")
  }

  public var performer: String? { by }

  public func checkStated() throws {
    try PayloadRules.optional(by, .by)
  }
}
