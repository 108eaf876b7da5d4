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
