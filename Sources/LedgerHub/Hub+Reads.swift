import Foundation
import LedgerChain
import LedgerCore
import PostgresNIO

/// A source and what one read found in its log.
public struct SourceAnswer<Answer: Sendable>: Sendable {
  public var source: HubSource
  public var answer: Answer
}

extension Hub {
  /// A source's events, in log order, up to a position (all when nil).
  public func events(of source: String, through last: Int64? = nil) async throws
    -> [RecordedEvent]
  {
    let rows = try await query(
      """
      SELECT position, stream, version, type, schema_version, effective, recorded, actor,
        payload, prev_hash, hash
      FROM hub_events WHERE source = \(source) AND position <= \(last ?? .max)
      ORDER BY position
      """)
    var events: [RecordedEvent] = []
    for try await row in rows.decode(
      (Int64, String, Int32, String, Int32, String, String, String, String, String, String).self)
    {
      let (position, stream, version, type, schemaVersion, effective, recordedText) =
        (row.0, row.1, row.2, row.3, row.4, row.5, row.6)
      guard let streamID = StreamID(stream), let day = LocalDate(parsing: effective),
        let recorded = Timestamps.parse(recordedText),
        let event = try? LedgerEvent(
          typeName: type, schemaVersion: Int(schemaVersion), payload: Data(row.8.utf8))
      else { throw LedgerError.corruptEvent(position: position) }
      events.append(
        RecordedEvent(
          position: position, stream: streamID, version: Int(version), event: event,
          effective: day, recorded: recorded, actor: row.7, payload: Data(row.8.utf8),
          previousHash: row.9, hash: row.10))
    }
    return events
  }

  /// A source's log as known at a moment (all of it when nil).
  public func log(of source: String, knownAt moment: Date?) async throws -> SourceLog {
    guard let moment else { return SourceLog(events: try await events(of: source)) }
    let last = try await lastPosition(of: source, knownAt: moment)
    return SourceLog(events: try await events(of: source, through: last))
  }

  /// Each source's board on a day, as known at a moment: one source, or all of them.
  public func boards(
    source: String?, asOf day: LocalDate?, knownAt moment: Date?, today: LocalDate
  ) async throws -> [SourceAnswer<AccountabilityBoard>] {
    var answers: [SourceAnswer<AccountabilityBoard>] = []
    for found in try await sources(source) {
      let log = try await log(of: found.id, knownAt: moment)
      answers.append(
        SourceAnswer(
          source: found, answer: log.board(asOf: day, latest: moment == nil, today: today)))
    }
    return answers
  }

  /// Each source's evaluation of its heads for a year: one source, or all of them.
  public func evaluations(
    source: String?, year: Int, policy: EvaluationPolicy, asOf day: LocalDate?,
    knownAt moment: Date?, today: LocalDate
  ) async throws -> [SourceAnswer<Evaluation>] {
    var answers: [SourceAnswer<Evaluation>] = []
    for found in try await sources(source) {
      let log = try await log(of: found.id, knownAt: moment)
      answers.append(
        SourceAnswer(
          source: found,
          answer: log.evaluation(
            year: year, policy: policy, asOf: day, latest: moment == nil, today: today)))
    }
    return answers
  }
}
