/// Where a task stands in its life: assigned, in progress, paused, completed or cancelled.
public enum TaskStatus: String, Codable, Sendable, CaseIterable {
  case assigned
  case inProgress = "in_progress"
  case paused
  case completed
  case cancelled
  /// Ended because a new plan replaced the task's plan.
  case superseded

  /// True once nothing more can happen to the task but a correction.
  public var isClosed: Bool { self == .completed || self == .cancelled || self == .superseded }

  /// The status in words.
  public func label(_ language: Language) -> String {
    switch self {
    case .assigned: return language.pick(vi: "chưa bắt đầu", en: "not started")
    case .inProgress: return language.pick(vi: "đang thực hiện", en: "in progress")
    case .paused: return language.pick(vi: "tạm dừng", en: "paused")
    case .completed: return language.pick(vi: "đã hoàn thành", en: "completed")
    case .cancelled: return language.pick(vi: "đã hủy", en: "cancelled")
    case .superseded: return language.pick(vi: "thay bằng kế hoạch mới", en: "superseded")
    }
  }
}
