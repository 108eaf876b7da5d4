import Foundation
import GRDB
import LedgerCore

extension Ledger {
  /// Evaluates the heads of units for a year, on a day (default: the year's last day, or
  /// today during the year; a day after the year is its last day), as known at a moment
  /// (default: now).
  public func evaluate(
    year: Int, policy: EvaluationPolicy, asOf day: LocalDate? = nil, knownAt moment: Date? = nil
  ) throws -> Evaluation {
    let today = today()
    let endOfYear = LocalDate(year: year, month: 12, day: 31) ?? today
    // A day after the year is the year's end: the year's products are judged by its last day,
    // never by the next year's periods (trial: evaluating 2026 "as of 12/01/2027" dropped
    // every recurring product, judged for 2027).
    let asked = day.map { min($0, endOfYear) }
    let day = asked ?? min(today, endOfYear)
    let board = try board(asOf: day, knownAt: moment, policy: policy)
    return try StoreErrors.map(path: path) {
      try database.read { db in
        let known = try KnownAtMoment.at(moment, in: db)
        var byStream: [StreamID: [RecordedEvent]] = [:]
        let rows = try Row.fetchCursor(
          db,
          sql: """
            SELECT \(EventRows.all) FROM events
            WHERE \(known.condition) AND (stream GLOB 'task:*' OR stream GLOB 'evaluation:*'
              OR stream GLOB 'person:*')
            ORDER BY position
            """, arguments: [known.last])
        while let row = try rows.next() {
          let event = try EventRows.decode(row)
          byStream[event.stream, default: []].append(event)
        }
        let gathered = EvaluationFacts(
          streams: byStream, year: year, on: day, judgedBy: asked)
        return Evaluation(year: year, board: board, gathered: gathered, policy: policy)
      }
    }
  }
}

extension Ledger {
  /// The yearly report on the plan, for one unit or all, judged on a day (default: the
  /// year's last day, or today during the year; a day after the year is its last day).
  public func yearlyReport(year: Int, unit: UnitState?, asOf day: LocalDate? = nil) throws
    -> YearlyReport
  {
    let today = today()
    let endOfYear = LocalDate(year: year, month: 12, day: 31) ?? today
    // A day after the year is the year's end, as `evaluate` judges it.
    let day = min(day ?? today, endOfYear)
    let board = try board(asOf: day, knownAt: nil)
    return try StoreErrors.map(path: path) {
      try database.read { db in
        var facts: [TaskID: [RecordedEvent]] = [:]
        for view in board.tasks {
          let events = try EventRows.stream(.task(view.task.id), in: db)
          facts[view.task.id] = Retractions.activeFacts(in: events).filter { $0.effective <= day }
        }
        return YearlyReport(year: year, board: board, facts: facts, unit: unit)
      }
    }
  }
}
