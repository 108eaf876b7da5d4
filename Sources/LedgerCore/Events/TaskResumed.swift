/// Work on a paused task resumed (`task.resumed`, v1).
public struct TaskResumed: Codable, Hashable, Sendable {
  public var reason: String?

  public init(reason: String? = nil) {
    self.reason = reason
  }
}
