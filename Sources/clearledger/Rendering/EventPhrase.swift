import Foundation
import LedgerCore
import LedgerReports
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
    if let by = event.event.payload.performer { parts.append(by) }
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

  /// What happened, in words, as the event's type says it.
  ///
  /// A task is named by its current title, except on its assignment, which names the title it
  /// was given then (an amendment's own line says how the wording changed).
  func phrase(_ recorded: RecordedEvent) -> String {
    var title: String?
    if case .taskAssigned(let assigned) = recorded.event { title = assigned.title }
    return recorded.event.payload.phrase(
      PhraseContext(language: language, subject: taskName(recorded.stream, title: title)))
  }

  private func taskName(_ stream: StreamID, title given: String? = nil) -> String {
    guard case .task(let id) = stream else { return stream.description }
    guard let title = given ?? titles[id] else { return id.rawValue }
    return "\(id) “\(TextTable.shorten(title, to: 60))”"
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
