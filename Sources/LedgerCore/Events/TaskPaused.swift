/// Work on a task was suspended (`task.paused`, v1).
public struct TaskPaused: Codable, Hashable, Sendable {
  public var reason: String

  public init(reason: String) {
    self.reason = reason
  }
}
