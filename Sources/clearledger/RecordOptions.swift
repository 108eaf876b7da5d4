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
    let command = try checkOffice(command, ledger: ledger, on: try environment.date(options.on))
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
    if let notice = try standingNotice(event, ledger, environment.language) {
      TerminalText.print(notice)
    }
    if let notice = try unansweredNotice(event, ledger, environment.language) { print(notice) }
    if let notice = try lateExtensionNotice(event, ledger, environment.language) {
      print(notice)
    }
    if let notice = try headAccountNotice(event, ledger, environment.language) {
      TerminalText.print(notice)
    }
    if let notice = try tenureEndedNotice(event, ledger, environment.language) {
      TerminalText.print(notice)
    }
    if let notice = try backdatedHeadNotice(event, ledger, environment.language) {
      TerminalText.print(notice)
    }
    if let notice = try pinnedRoleNotice(event, ledger, environment.language) {
      TerminalText.print(notice)
    }
    if let notice = try deadlineDayNotice(event, ledger, environment.language) {
      TerminalText.print(notice)
    }
  }

  /// For a task assigned or handed to a lead where nobody holds its answerable role: say so
  /// now, not only in `check`; and when someone there holds a role that reads the same without
  /// marks (a role typed without diacritics), name it (trial: "Chu tich UBND xa" silently
  /// answered to nobody).
  static func unansweredNotice(_ event: RecordedEvent, _ ledger: Ledger, _ language: Language)
    throws -> String?
  {
    switch event.event {
    case .leadReassigned, .taskAssigned: break
    default: return nil
    }
    guard case .task(let id) = event.stream else { return nil }
    let board = try ledger.board(on: event.effective)
    guard
      let view = board.tasks.first(where: { $0.task.id == id && $0.isCurrent }),
      view.headPerson == nil, !view.task.headRole.isEmpty
    else { return nil }
    let role = view.task.headRole
    // The unit the role is looked for in (the lead, or the unit its title names, "Chu tich
    // UBND xa" → UBND); a role that reads the same without marks, there first, then anywhere.
    let lead = view.roleUnit
    // The day that decides who answers (the due day), not the day recorded: a head in office
    // now but gone by the deadline leaves it to nobody (trial: the note named the day recorded,
    // when the head was there).
    let heldOnRecording = board.units.first { $0.code == lead }?.tenures.contains {
      $0.role == role && $0.covers(event.effective)
    }
    let deciding = heldOnRecording == true ? view.attributionDay : event.effective
    let tenures = board.units.flatMap(\.tenures).filter {
      $0.covers(deciding) && $0.role != role && VietnameseText.lookupMatches(role, $0.role)
    }
    let near = tenures.first { $0.unit == lead } ?? tenures.first
    let day = deciding.display
    let said =
      deciding == event.effective
      ? language.pick(
        vi:
          "Lưu ý: ngày \(day) không ai ở \(lead) giữ chức danh “\(role)” mà nhiệm vụ nêu; `clearledger check` sẽ báo nhiệm vụ này cho đến khi có người được bổ nhiệm.",
        en:
          "Note: on \(day) nobody in \(lead) holds “\(role)”, the role the task names; `clearledger check` reports it until someone is appointed."
      )
      : language.pick(
        vi:
          "Lưu ý: vào ngày \(day), ngày quyết định ai chịu trách nhiệm, không ai ở \(lead) giữ chức danh “\(role)” mà nhiệm vụ nêu; `clearledger check` sẽ báo nhiệm vụ này cho đến khi có người được bổ nhiệm cho ngày đó.",
        en:
          "Note: on \(day), the day that decides who answers, nobody in \(lead) holds “\(role)”, the role the task names; `clearledger check` reports it until someone is appointed for that day."
      )
    guard let near else { return said }
    return said + "\n"
      + language.pick(
        vi:
          "Có phải ý là “\(near.role)” (\(near.person), \(near.unit))? Chức danh phải viết đúng dấu như khi bổ nhiệm: sửa bằng `clearledger task amend \(id) --role \"\(near.role)\"`.",
        en:
          "Did you mean “\(near.role)” (\(near.person), \(near.unit))? A role must be written with its marks, as at the appointment: correct it with `clearledger task amend \(id) --role \"\(near.role)\"`."
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

  /// For an extension granted after the deadline it moves had passed: say now that it does not
  /// excuse the lateness, as `check` and `audit` will (trial: it printed only "Recorded").
  static func lateExtensionNotice(_ event: RecordedEvent, _ ledger: Ledger, _ language: Language)
    throws -> String?
  {
    guard case .deadlineExtended = event.event, case .task(let id) = event.stream,
      let grant = try ledger.task(id)?.record.grants.last,
      grant.grantedOn > grant.previousDue
    else { return nil }
    let due = grant.previousDue.display
    return language.pick(
      vi:
        "Lưu ý: gia hạn này được cấp sau khi hạn \(due) đã qua; theo chính sách, nó không xóa việc chậm: nhiệm vụ vẫn tính quá hạn từ \(due) (`clearledger check` và `audit` sẽ nêu).",
      en:
        "Note: this extension was granted after the deadline \(due) had passed; as the policy says, it does not excuse the lateness: the task counts as overdue from \(due) (`clearledger check` and `audit` flag it)."
    )
  }
}
