import LedgerCore

extension Ledger {
  /// Who each task's events (not retracted) name as doing the work, as `status --person` and
  /// the web's task list filter by it.
  public func performersByTask() throws -> [TaskID: Set<String>] {
    var found: [TaskID: Set<String>] = [:]
    try replay { entry in
      guard entry.retractedBy == nil, case .task(let id) = entry.event.stream,
        let who = entry.event.event.payload.performer
      else { return }
      found[id, default: []].insert(who)
    }
    return found
  }
}
