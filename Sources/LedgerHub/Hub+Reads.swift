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
    try await decodeEvents(
      try await query(
        """
        SELECT \(unescaped: Self.eventColumns)
        FROM hub_events WHERE source = \(source) AND position <= \(last ?? .max)
        ORDER BY position
        """))
  }

  /// A source's events of some types, in log order.
  func events(of source: String, types: [String]) async throws -> [RecordedEvent] {
    try await decodeEvents(
      try await query(
        """
        SELECT \(unescaped: Self.eventColumns)
        FROM hub_events WHERE source = \(source) AND type = ANY(\(types)::text[])
        ORDER BY position
        """))
  }

  /// A source's events of some streams, in log order.
  func events(of source: String, streams: [String]) async throws -> [RecordedEvent] {
    try await decodeEvents(
      try await query(
        """
        SELECT \(unescaped: Self.eventColumns)
        FROM hub_events WHERE source = \(source) AND stream = ANY(\(streams)::text[])
        ORDER BY position
        """))
  }

  /// The columns `decodeEvents` reads, in its order.
  static let eventColumns = """
    position, stream, version, type, schema_version, effective, recorded, actor, payload,
    prev_hash, hash, signer, signature, clock
    """

  /// The events of rows of `eventColumns`.
  private func decodeEvents(_ rows: PostgresRowSequence) async throws -> [RecordedEvent] {
    var events: [RecordedEvent] = []
    for try await row in rows.decode(
      (
        Int64, String, Int32, String, Int32, String, String, String, String, String, String,
        String?, String?, String?
      ).self)
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
          previousHash: row.9, hash: row.10, signer: row.11, signature: row.12,
          fixedClock: row.13 == "fixed"))
    }
    return events
  }

  /// A source's log as known at a moment (all of it when nil), its recorded instants read in
  /// `zone` (the source's own).
  public func log(
    of source: String, knownAt moment: Date?,
    zone: TimeZone = HubSource.defaultZone
  ) async throws -> SourceLog {
    guard let moment else {
      return SourceLog(events: try await events(of: source), timeZone: zone)
    }
    let last = try await lastPosition(of: source, knownAt: moment)
    return SourceLog(events: try await events(of: source, through: last), timeZone: zone)
  }

  /// A source's log as known at a moment, read in its own time zone.
  public func log(of source: HubSource, knownAt moment: Date?) async throws -> SourceLog {
    try await log(of: source.id, knownAt: moment, zone: source.zone)
  }

  /// Each source's board on a day, as known at a moment: one source, or all of them; with
  /// `bucket`, only the tasks in that bucket.
  ///
  /// Today as known now, each source's kept rows when they are through its last event (with
  /// `bucket` overdue, only the tasks whose `overdue_from` has come: the others cannot be);
  /// else its log, folded. All read in one snapshot.
  public func boards(
    source: String?, asOf day: LocalDate?, knownAt moment: Date?, today: LocalDate,
    bucket: Bucket? = nil
  ) async throws -> [SourceAnswer<AccountabilityBoard>] {
    try await boards(
      source: source, asOf: day, time: HubTime(today: today, knownAt: moment), bucket: bucket)
  }

  /// `boards`, each source judged on its own today and moment (`HubTime`, read in its zone).
  public func boards(
    source: String?, asOf day: LocalDate?, time: HubTime, bucket: Bucket? = nil
  ) async throws -> [SourceAnswer<AccountabilityBoard>] {
    // One commune today as known now: its kept rows in one statement, when they answer.
    if let source, bucket == nil,
      let answer = try await keptBoardNow(of: source, asOf: day, time: time)
    {
      return [answer]
    }
    return try await snapshot {
      var answers: [SourceAnswer<AccountabilityBoard>] = []
      let found = try await sources(source)
      let judged = try found.map { (source: $0, time: try time.judged($0)) }
      // The sources asked about today as known now, by their today (one day unless their
      // zones are on different days).
      let now = Dictionary(
        grouping: judged.filter {
          $0.time.moment == nil && (day ?? $0.time.today) == $0.time.today
        },
        by: \.time.today)
      var kept: [String: SourceStates] = [:]
      if !now.isEmpty {
        let through = try await keptPositions(of: now.values.flatMap { $0.map(\.source.id) })
        for (today, sources) in now {
          kept.merge(
            try await keptStates(
              of: sources.map(\.source).filter { through[$0.id] == $0.events },
              overdueOn: bucket == .overdue ? today : nil)
          ) { first, _ in first }
        }
      }
      for (found, (today, moment)) in judged {
        var board: AccountabilityBoard
        if let states = kept[found.id] {
          board = states.board(on: today)
        } else {
          let log = try await log(of: found, knownAt: moment)
          board = log.board(asOf: day, latest: moment == nil, today: today)
        }
        if let bucket { board = board.filtered { $0.bucket == bucket } }
        answers.append(SourceAnswer(source: found, answer: board))
      }
      return answers
    }
  }

  /// Each source's evaluation of its heads for a year: one source, or all of them.
  public func evaluations(
    source: String?, year: Int, policy: EvaluationPolicy, asOf day: LocalDate?,
    knownAt moment: Date?, today: LocalDate
  ) async throws -> [SourceAnswer<Evaluation>] {
    try await evaluations(
      source: source, year: year, policy: policy, asOf: day,
      time: HubTime(today: today, knownAt: moment))
  }

  /// `evaluations`, each source judged on its own today and moment (`HubTime`, in its zone).
  public func evaluations(
    source: String?, year: Int, policy: EvaluationPolicy, asOf day: LocalDate?, time: HubTime
  ) async throws -> [SourceAnswer<Evaluation>] {
    var answers: [SourceAnswer<Evaluation>] = []
    for found in try await sources(source) {
      let (today, moment) = try time.judged(found)
      let log = try await log(of: found, knownAt: moment)
      answers.append(
        SourceAnswer(
          source: found,
          answer: log.evaluation(
            year: year, policy: policy, asOf: day, latest: moment == nil, today: today)))
    }
    return answers
  }
}
