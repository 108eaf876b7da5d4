import LedgerCore
import LedgerStore

extension Recorder {
  /// For a hand-over of a task whose answerable role is held in the unit it leaves: who goes on
  /// answering, and how to change it.
  ///
  /// A role assigned with `--role-unit` (or a title naming the unit) stays in that unit after
  /// a hand-over; a trial found the next missed deadline charged to the old unit's head
  /// without a word at the hand-over.
  static func pinnedRoleNotice(_ event: RecordedEvent, _ ledger: Ledger, _ language: Language)
    throws -> String?
  {
    guard case .leadReassigned(let reassigned) = event.event,
      case .task(let id) = event.stream, let task = try ledger.task(id)
    else { return nil }
    var holders = RoleHolders(units: try ledger.units())
    let unit = holders.roleUnit(of: task, lead: reassigned.newLead, on: event.effective)
    guard unit == reassigned.previousLead else { return nil }
    let holder = holders.holder(of: task, lead: reassigned.newLead, on: event.effective)
    let who = holder.map { " (\($0.person))" } ?? ""
    return language.pick(
      vi:
        "Lưu ý: người chịu trách nhiệm của \(id) vẫn là “\(task.headRole)” của \(unit)\(who), như khi giao, không phải người đứng đầu \(reassigned.newLead). Nếu \(reassigned.newLead) phải chịu trách nhiệm, hãy sửa: `clearledger task amend \(id) --role-unit \(reassigned.newLead)`.",
      en:
        "Note: \(id) is still answered for by “\(task.headRole)” of \(unit)\(who), as assigned, not by the head of \(reassigned.newLead). If \(reassigned.newLead)'s head should answer, amend it: `clearledger task amend \(id) --role-unit \(reassigned.newLead)`."
    )
  }
}
