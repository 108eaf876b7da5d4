import Foundation

/// Says a deadline in words: "30/06/2026", "ongoing", "every year by 30/11", "every quarter by
/// its last day".
public struct DeadlineText: Sendable {
  public let language: Language

  public init(language: Language) {
    self.language = language
  }

  /// A task's deadline in words: one the plan wrote unreadably as the plan wrote it.
  public func describe(_ task: TaskState) -> String {
    guard task.record.deadlineUnread == true else { return describe(task.deadline) }
    let written = task.source?.deadlineText ?? ""
    return language.pick(
      vi: "chưa đọc được hạn “\(written)”", en: "unreadable deadline “\(written)”")
  }

  /// The deadline a row of a list shows for a view, as `status` and the web's lists show it.
  ///
  /// The one in force, marked when it was extended; a recurring obligation's rule with the
  /// period that decides it; for an earlier lead, the deadline that counted for it; and a
  /// deadline the policy does not count, as `notCounted` says it (trial: the web showed
  /// "30/11/2026" for ongoing work and a yearly obligation).
  public func line(_ view: TaskView) -> String {
    let task = view.task
    // Blame kept on handing the task on: that unit's own deadline, also when the task came
    // back to it later (trial: the later deadline was shown).
    if case .reassigned = view.charge.departure, let due = view.charge.due {
      return due.display
    }
    if let counted = notCounted(view) { return counted }
    let text = describe(task)
    if task.deadline.isRecurring, let note = periodNote(view) { return text + note }
    guard task.extensionCount > 0 else { return text }
    return text + language.pick(vi: " (gia hạn)", en: " (extended)")
  }

  /// The period that decides a recurring obligation's line, said for what it is: the one
  /// running, the one reported late, or the one missed (trial: "(period due 31/01/2027)" at
  /// the year's end read as January being due, where it was the month reported late).
  public func periodNote(_ view: TaskView) -> String? {
    guard let due = view.charge.due?.display else { return nil }
    switch view.bucket {
    case .completedLate:
      return language.pick(vi: " (kỳ trễ hạn đầu tiên: \(due))", en: " (first period late: \(due))")
    case .overdue:
      return language.pick(
        vi: " (kỳ chưa báo cáo đầu tiên: \(due))", en: " (first period unreported: \(due))")
    default:
      return language.pick(vi: " (kỳ hạn \(due))", en: " (period due \(due))")
    }
  }

  /// The day a charge is judged by, when the task's own deadline now stands elsewhere.
  ///
  /// That is an extension the policy does not count, granted after the deadline passed:
  /// "30/04/2026 (extended to 31/08/2026, not counted)"; nil when the charge is judged by the
  /// task's own deadline. The web's rows and `status` say it alike.
  public func notCounted(_ view: TaskView) -> String? {
    let task = view.task
    // Blame a unit kept on handing the task on is judged by its own deadline, whatever the task
    // has become since, even when the task came back to that unit later (trial: a hand-over's
    // new deadline read as an extension).
    if case .reassigned = view.charge.departure { return nil }
    guard view.lead == task.leadUnit, let counted = view.charge.due,
      let extended = task.deadline.fixedDate, extended != counted
    else { return nil }
    return counted.display
      + language.pick(
        vi: " (gia hạn đến \(extended.display), không tính)",
        en: " (extended to \(extended.display), not counted)")
  }

  /// The deadline in words.
  public func describe(_ deadline: Deadline) -> String {
    switch deadline {
    case .date(let date): return date.display
    case .ongoing: return language.pick(vi: "thường xuyên", en: "ongoing")
    case .yearly(let day, let month):
      let dm = String(format: "%02d/%02d", day, month)
      return language.pick(vi: "hằng năm trước \(dm)", en: "every year by \(dm)")
    case .recurring(let period, let day):
      return Self.recurring(period, day: day, language)
    }
  }

  /// "hằng quý, hạn ngày cuối quý", "every month by day 20".
  static func recurring(_ period: ReportingPeriod, day: Int?, _ language: Language) -> String {
    let unit: (vi: String, en: String)
    switch period {
    case .monthly: unit = ("tháng", "month")
    case .quarterly: unit = ("quý", "quarter")
    case .halfYearly: unit = ("kỳ 6 tháng", "half-year")
    }
    guard let day else {
      return language.pick(
        vi: "\(period.label(.vi)), hạn ngày cuối \(unit.vi)",
        en: "every \(unit.en) by its last day")
    }
    if period == .monthly {
      return language.pick(vi: "hằng tháng, hạn ngày \(day)", en: "every month by day \(day)")
    }
    return language.pick(
      vi: "\(period.label(.vi)), hạn ngày \(day) tháng cuối \(unit.vi)",
      en: "every \(unit.en) by day \(day) of its last month")
  }
}
