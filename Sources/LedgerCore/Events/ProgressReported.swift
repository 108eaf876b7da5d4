/// A progress report on a task was filed (`task.progress_reported`, v1).
public struct ProgressReported: Codable, Hashable, Sendable {
  public var text: String
  /// Share of the work done, 0–100.
  public var percent: Int?
  /// The report's document number, such as `12/BC-VHXH`.
  public var document: String?
  /// Who filed it.
  public var by: String?

  public init(text: String, percent: Int? = nil, document: String? = nil, by: String? = nil) {
    self.text = text
    self.percent = percent
    self.document = document
    self.by = by
  }
}
