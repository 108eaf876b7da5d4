import Foundation
import LedgerCore

/// One source's tasks and units as they stand now: each task stream folded with
/// `TaskState.fold` and each unit stream with `UnitState.fold`, as a commune's projections
/// hold them.
///
/// The hub keeps one per source in `hub_states`, refreshed in the same transaction as each
/// ingest that adds events, so `hub status` and `hub overdue` for today read one row per source
/// instead of folding every log. A read of the whole log folds to the same value (`init(events:)`
/// is what both run).
public struct SourceStates: Codable, Hashable, Sendable {
  /// The last position folded: the source's last held event when kept.
  public var position: Int64
  /// Each task that counts, by id.
  public var tasks: [TaskState]
  /// Each unit that counts, by code.
  public var units: [UnitState]

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
    tasks = tasksByID.values.sorted { $0.id.rawValue < $1.id.rawValue }
    units = unitsByCode.values.sorted { $0.code.rawValue < $1.code.rawValue }
    position = last
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

  /// The text kept in `hub_states`.
  func encoded() throws -> String {
    String(decoding: try JSONEncoder().encode(self), as: UTF8.self)
  }

  /// States read back from `hub_states`, nil when they do not read.
  static func decoded(_ text: String) -> SourceStates? {
    try? JSONDecoder().decode(SourceStates.self, from: Data(text.utf8))
  }
}
