import Foundation
import LedgerCore
import LedgerStore

extension Recorder {
  /// For an appointment or vacancy dated before today: the lines whose answerable person it
  /// changes, as they were just before it and as they are now.
  ///
  /// A change of head dated back moves tasks already due to whoever held the post on their
  /// due day by the new record (trial: a year of a head's tasks moved to his successor, with a
  /// word only in `audit`). The facts decide it; this says it when it is recorded.
  static func backdatedHeadNotice(_ event: RecordedEvent, _ ledger: Ledger, _ language: Language)
    throws -> String?
  {
    switch event.event {
    case .headAppointed, .headVacated: break
    default: return nil
    }
    let today = ledger.today()
    guard event.effective < today else { return nil }
    let before = try ledger.board(
      asOf: today, knownAt: event.recorded.addingTimeInterval(-0.001))
    let now = try ledger.board(on: today)
    let earlier = Dictionary(
      before.tasks.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
    let nobody = language.pick(vi: "không ai", en: "nobody")
    let moved = now.tasks.compactMap { view -> String? in
      guard let old = earlier[view.key], view.attributionDay < today,
        old.headPerson != view.headPerson || old.leadUnitHead != view.leadUnitHead
      else { return nil }
      func who(_ head: String?, _ lead: String?) -> String {
        let names = [head, lead].compactMap { $0 }
        guard let first = names.first else { return nobody }
        return head == lead ? first : names.joined(separator: ", ")
      }
      return "  \(view.task.id) (\(view.attributionDay.display)): "
        + "\(who(old.headPerson, old.leadUnitHead)) → \(who(view.headPerson, view.leadUnitHead))"
    }
    guard !moved.isEmpty else { return nil }
    let shown = moved.prefix(10) + (moved.count > 10 ? ["  …"] : [])
    return language.pick(
      vi:
        "Lưu ý: việc này ghi lùi về ngày \(event.effective.display), nên người chịu trách nhiệm của \(moved.count) dòng đã đến ngày quyết định thay đổi (trước → nay):",
      en:
        "Note: dated back to \(event.effective.display), this changes who answers for \(moved.count) line(s) whose deciding day has passed (before → now):"
    ) + "\n" + shown.joined(separator: "\n")
  }
}
