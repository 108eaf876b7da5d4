/// Work on a task began (`task.started`, v1).
public struct TaskStarted: Codable, Hashable, Sendable {
  /// Who started it, as the recorder states it.
  public var by: String?

  public init(by: String? = nil) {
    self.by = by
  }
}
