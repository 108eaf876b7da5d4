/// The tracker bucket a task falls in on a given day, as the Government Office counts them.
///
/// Every task is in exactly one bucket. A bucket depends on the day it is judged on (a task
/// within its deadline today is overdue tomorrow), so it is computed at read time.
public enum Bucket: String, Codable, Sendable, CaseIterable {
  case completedOnTime = "completed_on_time"
  case completedLate = "completed_late"
  case inProgressWithinDeadline = "in_progress_within_deadline"
  case overdue
  case noDeadline = "no_deadline"
  case cancelled
  case paused
  /// Ended by a superseding plan; counts for no one.
  case superseded

  /// The bucket's name as trackers write it.
  public func label(_ language: Language) -> String {
    switch self {
    case .completedOnTime: return language.pick(vi: "hoàn thành đúng hạn", en: "completed on time")
    case .completedLate: return language.pick(vi: "hoàn thành quá hạn", en: "completed late")
    case .inProgressWithinDeadline:
      return language.pick(vi: "chưa hoàn thành, trong hạn", en: "not completed, within deadline")
    case .overdue: return language.pick(vi: "quá hạn", en: "overdue")
    case .noDeadline: return language.pick(vi: "không hạn", en: "no deadline")
    case .cancelled: return language.pick(vi: "đã hủy", en: "cancelled")
    case .paused: return language.pick(vi: "tạm dừng", en: "paused")
    case .superseded: return language.pick(vi: "thay bằng kế hoạch mới", en: "superseded")
    }
  }
}
