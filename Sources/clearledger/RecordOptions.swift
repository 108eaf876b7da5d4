import ArgumentParser
import Foundation
import LedgerCore
import LedgerJSON
import LedgerStore

/// Options of every command that records an event.
struct RecordOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The day it happened (30/06/2026 or 2026-06-30). Default: today.", valueName: "date"))
  var on: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Refuse unless the task or unit is still at this version (from `history`): nothing is written if someone changed it since.",
      valueName: "n"))
  var expectVersion: Int?
}

/// Records one command and says what was recorded.
enum Recorder {
  static func record(
    _ command: LedgerCommand, _ environment: LedgerEnvironment, _ options: RecordOptions
  ) throws {
    let ledger = try environment.openLedger()
    let event = try ledger.record(
      command, actor: environment.actor, effective: try environment.date(options.on),
      expectedVersion: options.expectVersion)
    try report(event, ledger: ledger, environment)
  }

  /// Says what was recorded: the event as JSON, or a sentence.
  static func report(_ event: RecordedEvent, ledger: Ledger, _ environment: LedgerEnvironment)
    throws
  {
    if environment.json {
      JSONOutput.print(EventJSON(event))
      return
    }
    let phrase = EventPhrase(
      language: environment.language, timeZone: ledger.timeZone,
      titles: try ledger.taskTitles())
    let prefix = environment.language.pick(vi: "Đã ghi", en: "Recorded")
    TerminalText.print(
      "\(prefix) #\(event.position): \(phrase.phrase(event)) (\(event.effective.display)).")
    if let notice = try overdueNotice(event, ledger, environment.language) { print(notice) }
    if let notice = try retractedNotice(event, ledger, phrase, environment.language) {
      TerminalText.print(notice)
    }
    if let notice = try restoredNotice(event, ledger, environment.language) { print(notice) }
    if let notice = try unansweredNotice(event, ledger, environment.language) { print(notice) }
  }

  /// For a task assigned or handed to a lead where nobody holds its answerable role: say so
  /// now, not only in `check`; and when someone there holds a role that reads the same without
  /// marks (a role typed without diacritics), name it (trial: "Chu tich UBND xa" silently
  /// answered to nobody).
  static func unansweredNotice(_ event: RecordedEvent, _ ledger: Ledger, _ language: Language)
    throws -> String?
  {
    let lead: UnitCode
    switch event.event {
    case .leadReassigned(let moved): lead = moved.newLead
    case .taskAssigned(let assigned): lead = assigned.leadUnit
    default: return nil
    }
    guard case .task(let id) = event.stream else { return nil }
    let board = try ledger.board(on: event.effective)
    guard
      let view = board.tasks.first(where: { $0.task.id == id && $0.isCurrent }),
      view.headPerson == nil, !view.task.headRole.isEmpty
    else { return nil }
    let role = view.task.headRole
    let near = board.units.first { $0.code == lead }?.tenures.first {
      $0.covers(event.effective) && $0.role != role
        && VietnameseText.lookupMatches(role, $0.role)
    }
    let day = event.effective.display
    let said = language.pick(
      vi:
        "Lưu ý: ngày \(day) không ai ở \(lead) giữ chức danh “\(role)” mà nhiệm vụ nêu; `clearledger check` sẽ báo nhiệm vụ này cho đến khi có người được bổ nhiệm.",
      en:
        "Note: on \(day) nobody in \(lead) holds “\(role)”, the role the task names; `clearledger check` reports it until someone is appointed."
    )
    guard let near else { return said }
    return said + "\n"
      + language.pick(
        vi:
          "Có phải ý là “\(near.role)” (\(near.person))? Chức danh phải viết đúng dấu như khi bổ nhiệm: sửa bằng `clearledger task amend \(id) --role \"\(near.role)\"`.",
        en:
          "Did you mean “\(near.role)” (\(near.person))? A role must be written with its marks, as at the appointment: correct it with `clearledger task amend \(id) --role \"\(near.role)\"`."
      )
  }

  /// For a correction: what the retracted event recorded, so that a wrong position is seen at
  /// once (trial: an appointment was retracted where a report was meant).
  static func retractedNotice(
    _ event: RecordedEvent, _ ledger: Ledger, _ phrase: EventPhrase, _ language: Language
  ) throws -> String? {
    guard case .eventCorrected(let correction) = event.event,
      let retracted = try ledger.history(of: event.stream).first(where: {
        $0.event.position == correction.retracts
      })
    else { return nil }
    let what = phrase.phrase(retracted.event)
    let day = retracted.event.effective.display
    return language.pick(
      vi: "Sự kiện #\(correction.retracts) đã rút lại: \(what) (\(day)).",
      en: "Event #\(correction.retracts) retracted: \(what) (\(day)).")
  }

  /// For a correction that retracts a correction: the fact that one retracted counts again.
  static func restoredNotice(_ event: RecordedEvent, _ ledger: Ledger, _ language: Language)
    throws -> String?
  {
    guard case .eventCorrected(let correction) = event.event,
      let retracted = try ledger.history(of: event.stream).first(where: {
        $0.event.position == correction.retracts
      }),
      case .eventCorrected(let earlier) = retracted.event.event
    else { return nil }
    return language.pick(
      vi:
        "Lưu ý: #\(correction.retracts) là một đính chính; sự kiện #\(earlier.retracts) mà nó rút lại nay được tính trở lại.",
      en:
        "Note: #\(correction.retracts) was itself a correction; event #\(earlier.retracts), which it retracted, counts again."
    )
  }

  /// For a hand-over or cancellation of a task whose deadline had passed: who keeps it as
  /// overdue (the rule is `TaskState.charges`).
  static func overdueNotice(_ event: RecordedEvent, _ ledger: Ledger, _ language: Language)
    throws -> String?
  {
    switch event.event {
    case .leadReassigned, .taskCancelled, .taskSuperseded: break
    default: return nil
    }
    guard case .task(let id) = event.stream, let task = try ledger.task(id) else { return nil }
    let fixed = task.charges(on: event.effective, dayIsOver: true).filter {
      switch $0.departure {
      case .reassigned(_, let day), .cancelled(let day), .superseded(let day):
        return day == event.effective
      case nil: return false
      }
    }
    guard let charge = fixed.last, let due = charge.due else { return nil }
    return language.pick(
      vi:
        "Lưu ý: nhiệm vụ đã quá hạn từ \(due.display); \(charge.unit) vẫn chịu trách nhiệm về việc quá hạn (\(charge.label(language))).",
      en:
        "Note: the task was overdue since \(due.display); \(charge.unit) keeps it as overdue (\(charge.label(language)))."
    )
  }
}
