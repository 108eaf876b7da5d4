import Foundation
import LedgerCore

extension Ledger {
  /// Who each task's events (not retracted) name as doing the work, as `status --person` and
  /// the web's task list filter by it.
  ///
  /// As the board of the question is judged: only work done by `asOf` (any day when nil), as
  /// known at `knownAt` (everything recorded when nil), a correction recorded later not yet
  /// retracting it (trial: `status --person --as-of --known-at` found a person by work recorded
  /// months later, and missed one whose work was retracted only afterwards).
  public func performersByTask(asOf day: LocalDate? = nil, knownAt moment: Date? = nil) throws
    -> [TaskID: Set<String>]
  {
    var found: [TaskID: Set<String>] = [:]
    try replay(until: moment) { entry in
      guard entry.retractedBy == nil, case .task(let id) = entry.event.stream,
        let who = entry.event.event.payload.performer
      else { return }
      if let day, entry.event.effective > day { return }
      found[id, default: []].insert(who)
    }
    return found
  }
}
