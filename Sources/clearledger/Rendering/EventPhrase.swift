import Foundation
import LedgerCore
import LedgerStore

/// Says what an event records, as a line a person reads.
///
/// "28/06/2026 · Nguyễn Văn A · completed task T-001 “…” · recorded 05/07/2026 09:12 by thuky"
struct EventPhrase {
  let language: Language
  let timeZone: TimeZone
  /// Current task titles, so lines about a task can name it.
  let titles: [TaskID: String]

  /// The whole line for a history or replay entry.
  func line(_ entry: HistoryEntry) -> String {
    let event = entry.event
    var parts = ["#\(event.position)", event.effective.display]
    if let by = performer(event.event) { parts.append(by) }
    parts.append(phrase(event))
    parts.append(
      language.pick(
        vi: "ghi \(Clock.display(event.recorded, in: timeZone)) bởi \(event.actor)",
        en: "recorded \(Clock.display(event.recorded, in: timeZone)) by \(event.actor)"))
    if let origin = event.origin {
      let there = origin.actor.map {
        language.pick(vi: ", người ghi ở đó: \($0)", en: ", recorded there by \($0)")
      }
      parts.append(
        language.pick(vi: "nhập từ \(origin.source)", en: "imported from \(origin.source)")
          + (there ?? ""))
    }
    var line = parts.joined(separator: " · ")
    if let by = entry.retractedBy {
      line += language.pick(vi: " [đã đính chính bởi #\(by)]", en: " [retracted by #\(by)]")
    }
    return line
  }

  /// Who did it, when the recorder said so.
  private func performer(_ event: LedgerEvent) -> String? {
    switch event {
    case .taskStarted(let p): return p.by
    case .progressReported(let p): return p.by
    case .taskCompleted(let p): return p.by
    default: return nil
    }
  }

  /// What happened, in words.
  func phrase(_ recorded: RecordedEvent) -> String {
    let task = taskName(recorded.stream)
    let l = language
    switch recorded.event {
    case .unitRegistered(let p):
      return l.pick(
        vi: "đăng ký đơn vị \(p.code) “\(p.name)”", en: "registered unit \(p.code) “\(p.name)”")
    case .headAppointed(let p):
      return l.pick(
        vi: "bổ nhiệm \(p.person) làm \(p.role), người đứng đầu \(p.unit)",
        en: "appointed \(p.person) as \(p.role), head of \(p.unit)")
    case .taskAssigned(let p):
      let deadline = DeadlineText(language: l).describe(p.deadline)
      let due = p.deadline == .ongoing ? deadline : l.pick(vi: "hạn ", en: "due ") + deadline
      return l.pick(
        vi: "giao nhiệm vụ \(task) cho \(p.leadUnit) chủ trì, \(due)",
        en: "assigned task \(task) to \(p.leadUnit), \(due)")
    case .taskStarted:
      return l.pick(vi: "bắt đầu nhiệm vụ \(task)", en: "started task \(task)")
    case .progressReported(let p):
      var extras: [String] = []
      if let percent = p.percent { extras.append("\(percent)%") }
      if let document = p.document { extras.append(document) }
      let suffix = extras.isEmpty ? "" : " (\(extras.joined(separator: ", ")))"
      return l.pick(
        vi: "báo cáo nhiệm vụ \(task): “\(p.text)”\(suffix)",
        en: "reported on task \(task): “\(p.text)”\(suffix)")
    case .deadlineExtended(let p):
      return l.pick(
        vi:
          "gia hạn nhiệm vụ \(task) từ \(p.previousDue.display) đến \(p.newDue.display) (lý do: \(p.reason); phê duyệt: \(p.approvedBy))",
        en:
          "extended task \(task) from \(p.previousDue.display) to \(p.newDue.display) (reason: \(p.reason); approved by \(p.approvedBy))"
      )
    case .leadReassigned(let p):
      return l.pick(
        vi:
          "chuyển chủ trì nhiệm vụ \(task) từ \(p.previousLead) sang \(p.newLead) (lý do: \(p.reason))",
        en:
          "moved the lead of task \(task) from \(p.previousLead) to \(p.newLead) (reason: \(p.reason))"
      )
    case .taskCompleted(let p):
      var extras: [String] = []
      if let result = p.result { extras.append(l.pick(vi: "kết quả: ", en: "result: ") + result) }
      if let evidence = p.evidence {
        extras.append(l.pick(vi: "minh chứng: ", en: "evidence: ") + evidence)
      }
      let suffix = extras.isEmpty ? "" : " (\(extras.joined(separator: "; ")))"
      return l.pick(vi: "hoàn thành nhiệm vụ \(task)", en: "completed task \(task)") + suffix
    case .taskCancelled(let p):
      return l.pick(
        vi: "hủy nhiệm vụ \(task) (lý do: \(p.reason))",
        en: "cancelled task \(task) (reason: \(p.reason))")
    case .taskPaused(let p):
      return l.pick(
        vi: "tạm dừng nhiệm vụ \(task) (lý do: \(p.reason))",
        en: "paused task \(task) (reason: \(p.reason))")
    case .taskResumed(let p):
      let suffix = p.reason.map { l.pick(vi: " (lý do: \($0))", en: " (reason: \($0))") } ?? ""
      return l.pick(vi: "tiếp tục nhiệm vụ \(task)", en: "resumed task \(task)") + suffix
    case .planRegistered(let p):
      let number = p.number ?? l.pick(vi: "(dự thảo chưa có số)", en: "(unnumbered draft)")
      return l.pick(
        vi: "nhập kế hoạch \(number) “\(TextTable.shorten(p.title, to: 60))”",
        en: "imported plan \(number) “\(TextTable.shorten(p.title, to: 60))”")
    case .taskSuperseded(let p):
      return l.pick(
        vi: "kết thúc nhiệm vụ \(task) do kế hoạch \(p.byPlan) thay thế",
        en: "ended task \(task): plan \(p.byPlan) replaces its plan")
    case .generalPointsScored(let p):
      let points = String(format: "%g", p.points)
      return l.pick(
        vi:
          "chấm \(points)/30 điểm tiêu chí chung năm \(p.year) cho \(p.person) (lý do: \(p.reason))",
        en:
          "scored \(p.person) \(points)/30 general-criteria points for \(p.year) (reason: \(p.reason))"
      )
    case .eventCorrected(let p):
      let restated =
        p.restatedEffective.map {
          l.pick(vi: ", ghi lại là xảy ra ngày \($0.display)", en: ", restated as on \($0.display)")
        } ?? ""
      return l.pick(
        vi: "đính chính: rút lại sự kiện #\(p.retracts)\(restated) (lý do: \(p.reason))",
        en: "correction: retracted event #\(p.retracts)\(restated) (reason: \(p.reason))")
    }
  }

  private func taskName(_ stream: StreamID) -> String {
    guard case .task(let id) = stream else { return stream.description }
    guard let title = titles[id] else { return id.rawValue }
    return "\(id) “\(TextTable.shorten(title, to: 60))”"
  }
}

/// Says a deadline in words: "30/06/2026", "ongoing", "every year by 30/11".
struct DeadlineText {
  let language: Language

  func describe(_ deadline: Deadline) -> String {
    switch deadline {
    case .date(let date): return date.display
    case .ongoing: return language.pick(vi: "thường xuyên", en: "ongoing")
    case .yearly(let day, let month):
      let dm = String(format: "%02d/%02d", day, month)
      return language.pick(vi: "hằng năm trước \(dm)", en: "every year by \(dm)")
    }
  }
}

/// Shows recorded instants in the ledger's time zone, to the minute.
enum Clock {
  static func display(_ instant: Date, in timeZone: TimeZone) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: instant)
    return String(
      format: "%02d/%02d/%04d %02d:%02d", c.day ?? 0, c.month ?? 0, c.year ?? 0, c.hour ?? 0,
      c.minute ?? 0)
  }
}
