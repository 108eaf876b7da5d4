/// A reviewer's finding on a task's delivered product: how many major errors it has, and any
/// objective cause certified for them (`task.reviewed`, v1).
///
/// Decree 335 scores a product on quantity, quality and progress; each major error costs a
/// share of the product's quality points unless an objective cause is certified. A later
/// review of the same task replaces an earlier one.
public struct TaskReviewed: Codable, Hashable, Sendable {
  public var majorErrors: Int
  /// The objective cause certified for the errors, if any: then they cost nothing.
  public var objectiveCause: String?
  /// Who reviewed it.
  public var by: String

  public init(majorErrors: Int, objectiveCause: String? = nil, by: String) {
    self.majorErrors = majorErrors
    self.objectiveCause = objectiveCause
    self.by = by
  }
}

extension TaskReviewed: EventPayload {
  public static let typeName = "task.reviewed"
  public static let schemaVersion = 1
  public var event: LedgerEvent { .taskReviewed(self) }

  /// A review judges the product; it does not change where the task stands.
  public func evolve(_ state: TaskState?, by fact: RecordedEvent) -> TaskState? {
    state?.updated(by: fact) { _ in }
  }

  public func phrase(_ c: PhraseContext) -> String {
    let cause =
      objectiveCause.map {
        c.pick(vi: "; nguyên nhân khách quan: \($0)", en: "; objective cause: \($0)")
      } ?? ""
    return c.pick(
      vi: "thẩm định sản phẩm nhiệm vụ \(c.subject): \(majorErrors) lỗi lớn\(cause)",
      en: "reviewed the product of task \(c.subject): \(majorErrors) major error(s)\(cause)")
  }

  public var performer: String? { by }

  public func checkStated() throws {
    guard (0...99).contains(majorErrors) else {
      throw LedgerError.majorErrorsOutOfRange(majorErrors)
    }
    try PayloadRules.optional(objectiveCause, .reason, limit: TextRules.longLimit)
    try PayloadRules.text(by, .by)
  }
}
