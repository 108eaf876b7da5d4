import LedgerCore
import LedgerStore

extension Recorder {
  /// For a correction of a task's event: where the task stands now, and, when the fact was
  /// retracted without being restated, how to restate it on another day instead.
  ///
  /// A retracted completion leaves the task open, often overdue, and that charges people: it
  /// was done without a word (trial: `correct --on` retracted a completion the clerk meant to
  /// move to another day).
  static func standingNotice(_ event: RecordedEvent, _ ledger: Ledger, _ language: Language)
    throws -> String?
  {
    guard case .eventCorrected(let correction) = event.event, case .task(let id) = event.stream,
      let view = try ledger.board().tasks.first(where: { $0.task.id == id && $0.isCurrent })
    else { return nil }
    let due = DeadlineText(language: language).line(view)
    let standing = language.pick(
      vi: "\(id) nay: \(view.charge.label(language)) (hạn \(due)).",
      en: "\(id) now: \(view.charge.label(language)) (due \(due)).")
    // A correction undone restores its fact: nothing to restate.
    let retracted = try ledger.history(of: event.stream).first {
      $0.event.position == correction.retracts
    }
    if case .eventCorrected = retracted?.event.event { return standing }
    guard correction.restatedEffective == nil else { return standing }
    return standing
      + language.pick(
        vi:
          " Nếu việc đó có xảy ra nhưng vào ngày khác, hãy rút lại lần đính chính này (`clearledger correct \(event.position) --reason …`) rồi đính chính lại với --happened-on NGÀY.",
        en:
          " If it did happen, on another day, retract this correction (`clearledger correct \(event.position) --reason …`) and correct again with --happened-on DATE."
      )
  }
}
