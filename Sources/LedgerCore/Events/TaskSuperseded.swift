/// An open task ended because a new plan replaced the one it came from (`task.superseded`, v1).
///
/// A superseded task counts for no one.
public struct TaskSuperseded: Codable, Hashable, Sendable {
  /// The number (or draft id) of the plan that replaced the task's plan.
  public var byPlan: String

  public init(byPlan: String) {
    self.byPlan = byPlan
  }
}

extension TaskSuperseded: EventPayload {
  public static let typeName = "task.superseded"
  public static let schemaVersion = 1
  public var event: LedgerEvent { .taskSuperseded(self) }

  public func evolve(_ state: TaskState?, by fact: RecordedEvent) -> TaskState? {
    state?.updated(by: fact) {
      $0.move(to: .superseded)
      $0.cancelledOn = fact.effective
      $0.statusReason = byPlan
    }
  }

  public func phrase(_ c: PhraseContext) -> String {
    c.pick(
      vi: "kết thúc nhiệm vụ \(c.subject) do kế hoạch \(byPlan) thay thế",
      en: "ended task \(c.subject): plan \(byPlan) replaces its plan")
  }

  public func checkStated() throws {
    try PayloadRules.text(byPlan, .plan)
  }
}
