import Foundation
import LedgerCore

/// One source's tasks and units as they stand now: each task stream folded with
/// `TaskState.fold` and each unit stream with `UnitState.fold`, as a commune's projections
/// hold them.
///
/// The hub keeps them as one row per task (`hub_tasks`) and per unit (`hub_units`), refreshed
/// in the same transaction as each ingest that adds events, so `hub status` and `hub overdue`
/// for today read rows instead of folding every log. A read of the whole log folds to the same
/// value (`init(events:)` is what both run).
public struct SourceStates: Codable, Hashable, Sendable {
  /// The last position folded: the source's last held event when kept.
  public var position: Int64
  /// Each task that counts, by id.
  public var tasks: [TaskState]
  /// Each unit that counts, by code.
  public var units: [UnitState]

  /// States as kept: tasks and units in any order (`sort()` puts them in this type's order).
  public init(position: Int64, tasks: [TaskState], units: [UnitState]) {
    self.position = position
    self.tasks = tasks
    self.units = units
  }

  /// The states of a whole log (a source's events in log order).
  public init(events: [RecordedEvent]) {
    position = events.last?.position ?? 0
    tasks = []
    units = []
    refold(Dictionary(grouping: events, by: \.stream), through: position)
  }

  /// Refolds the streams given (each with all its events) over the states held, dropping any
  /// whose fold no longer counts; `position` becomes `last`.
  public mutating func refold(_ streams: [StreamID: [RecordedEvent]], through last: Int64) {
    var tasksByID = Dictionary(tasks.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
    var unitsByCode = Dictionary(units.map { ($0.code, $0) }, uniquingKeysWith: { $1 })
    for (stream, events) in streams {
      switch stream {
      case .task(let id): tasksByID[id] = TaskState.fold(events)
      case .unit(let code): unitsByCode[code] = UnitState.fold(events)
      case .plan, .evaluation, .key, .policy, .account, .person: break
      }
    }
    tasks = Array(tasksByID.values)
    units = Array(unitsByCode.values)
    sort()
    position = last
  }

  /// Puts tasks in order of id and units of code.
  mutating func sort() {
    tasks.sort { $0.id.rawValue < $1.id.rawValue }
    units.sort { $0.code.rawValue < $1.code.rawValue }
  }

  /// Whether the stream's fold is kept here.
  static func isKept(_ stream: StreamID) -> Bool {
    switch stream {
    case .task, .unit: return true
    case .plan, .evaluation, .key, .policy, .account, .person: return false
    }
  }

  /// The board on a day with these states (today's: the states are now's).
  public func board(on day: LocalDate) -> AccountabilityBoard {
    AccountabilityBoard(tasks: tasks, units: units, on: day)
  }
}
