/// A task was cancelled and will not be done (`task.cancelled`, v1).
public struct TaskCancelled: Codable, Hashable, Sendable {
  public var reason: String

  public init(reason: String) {
    self.reason = reason
  }
}
