import Foundation
import LedgerCore

/// A reference model of the ledger: a plain array of events, folded on every read.
///
/// It implements `LedgerReading` with none of the store's machinery, so decider tests run
/// without SQLite, and store tests can compare the store's projections against it.
public struct EventLogReading: LedgerReading {
  public private(set) var log: [RecordedEvent] = []

  public init() {}

  /// Appends a decided event, as the store would (hashes are placeholders).
  public mutating func append(
    _ decision: Decision, actor: String = "test", at instant: Date = .init()
  )
    throws -> RecordedEvent
  {
    let version = try streamVersion(decision.stream)
    guard version == decision.expectedVersion else {
      throw LedgerError.concurrencyConflict(
        stream: decision.stream, expected: decision.expectedVersion, actual: version)
    }
    let event = RecordedEvent(
      position: Int64(log.count + 1), stream: decision.stream, version: version + 1,
      event: decision.event, effective: decision.effective, recorded: instant, actor: actor,
      payload: try decision.event.payloadJSON(), previousHash: "", hash: "")
    log.append(event)
    return event
  }

  public func units() throws -> [UnitState] {
    let streams = Dictionary(
      grouping: log.filter { if case .unit = $0.stream { true } else { false } }, by: \.stream)
    return streams.values.compactMap(UnitState.fold).sorted { $0.code < $1.code }
  }

  public func tasks() -> [TaskState] {
    let streams = Dictionary(
      grouping: log.filter { if case .task = $0.stream { true } else { false } }, by: \.stream)
    return streams.values.compactMap(TaskState.fold).sorted { $0.id < $1.id }
  }

  public func task(_ id: TaskID) throws -> TaskState? {
    TaskState.fold(try events(in: .task(id)))
  }

  public func taskIDs(ignoringCase id: TaskID) throws -> [TaskID] {
    var found: Set<TaskID> = []
    for event in log {
      if case .task(let other) = event.stream,
        other.rawValue.lowercased() == id.rawValue.lowercased()
      {
        found.insert(other)
      }
    }
    return Array(found)
  }

  public func streamVersion(_ stream: StreamID) throws -> Int {
    log.filter { $0.stream == stream }.count
  }

  public func event(at position: Int64) throws -> RecordedEvent? {
    log.first { $0.position == position }
  }

  public func events(in stream: StreamID) throws -> [RecordedEvent] {
    log.filter { $0.stream == stream }
  }

  public func persons() throws -> [PersonRegistered] {
    log.compactMap { if case .personRegistered(let p) = $0.event { p } else { nil } }
  }

  public func taskCount(referencing unit: UnitCode) throws -> Int {
    tasks().filter { $0.leadUnit == unit || $0.supportingUnits.contains(unit) }.count
  }

  public func tasks(ofPlan plan: String) throws -> [TaskState] {
    tasks().filter { $0.plan == plan }
  }

  public func tasks(ledBy unit: UnitCode) throws -> [TaskState] {
    tasks().filter { $0.leadUnit == unit }
  }

  public func taskStreamCount() throws -> Int {
    tasks().count
  }
}
