import LedgerCore
import LedgerStore

extension Recorder {
  /// For a hand-over or a cancellation on the task's deadline day: what that day means.
  ///
  /// Blame is fixed when a deadline passes, at the end of its day, so a task handed over on
  /// that day without its own deadline is charged to the new lead tonight, and one cancelled
  /// that day is charged to nobody. Both were done silently (trial).
  static func deadlineDayNotice(_ event: RecordedEvent, _ ledger: Ledger, _ language: Language)
    throws -> String?
  {
    guard case .task(let id) = event.stream, let task = try ledger.task(id),
      task.deadline.fixedDate == event.effective
    else { return nil }
    let day = event.effective.display
    switch event.event {
    case .leadReassigned(let reassigned) where reassigned.newDue == nil:
      let lead = reassigned.newLead
      return language.pick(
        vi:
          "Lưu ý: \(id) đến hạn hôm nay (\(day)); chuyển vào ngày hạn mà không có hạn riêng, nếu đến hết ngày chưa hoàn thành thì \(lead) bị tính quá hạn, không phải \(reassigned.previousLead). Nếu \(lead) cần thời gian, hãy sửa: rút lại lần chuyển này (`clearledger correct \(event.position) --reason …`) rồi chuyển lại với --due NGÀY.",
        en:
          "Note: \(id) is due today (\(day)); handed over on its deadline day without a deadline of its own, it is overdue for \(lead), not \(reassigned.previousLead), if not completed by the end of the day. If \(lead) needs time, correct it: retract this hand-over (`clearledger correct \(event.position) --reason …`) and hand it over again with --due DATE."
      )
    case .taskCancelled:
      return language.pick(
        vi:
          "Lưu ý: \(id) đến hạn hôm nay (\(day)); bị hủy vào ngày hạn nên không ai bị tính quá hạn. Nhật ký ghi (`clearledger audit --task \(id)`) giữ lần hủy này và lý do.",
        en:
          "Note: \(id) was due today (\(day)); cancelled on its deadline day, it is overdue for nobody. The audit (`clearledger audit --task \(id)`) keeps this cancellation and its reason."
      )
    default:
      return nil
    }
  }
}
