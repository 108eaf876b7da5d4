/// A task was completed (`task.completed`, v1).
public struct TaskCompleted: Codable, Hashable, Sendable {
  /// The result delivered, in the recorder's words.
  public var result: String?
  /// What proves it: a document number, a link, a decision.
  public var evidence: String?
  /// Who completed it.
  public var by: String?

  public init(result: String? = nil, evidence: String? = nil, by: String? = nil) {
    self.result = result
    self.evidence = evidence
    self.by = by
  }
}
