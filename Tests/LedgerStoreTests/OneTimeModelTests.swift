import Foundation
import GRDB
import LedgerCore
import LedgerTestSupport
import Testing

@testable import LedgerStore

@Suite("One model of time")
struct OneTimeModelTests {
  /// A stored timeline row, in the model's terms.
  struct Known: Hashable {
    var task: String
    var segment: TaskTimeline.Segment
    var knownFrom: Int64
    var knownTo: Int64?
  }

  /// Every row of the stored timeline.
  func stored(_ ledger: Ledger) throws -> Set<Known> {
    try ledger.database.read { db in
      let statement = try db.makeStatement(
        sql: """
          SELECT task_id, supporting, valid_from, valid_to, known_from, known_to,
            \(TaskColumns.list()) FROM task_timeline
          """)
      let places = try TaskColumns.Places(statement)
      var rows: Set<Known> = []
      for row in try Row.fetchAll(statement) {
        let id = TaskID(row["task_id"] as String)!
        let supporting = (row["supporting"] as String).split(separator: ",").compactMap {
          UnitCode(String($0))
        }
        let state = try TaskColumns.decode(row, places: places, id: id, supporting: supporting)!
        let until: Int64 = row["valid_to"]
        let knownTo: Int64 = row["known_to"]
        rows.insert(
          Known(
            task: id.rawValue,
            segment: TaskTimeline.Segment(
              from: LocalDate(dayNumber: Int(row["valid_from"] as Int64)),
              until: until == TimelineTable.open ? nil : LocalDate(dayNumber: Int(until)),
              state: state),
            knownFrom: row["known_from"], knownTo: knownTo == TimelineTable.open ? nil : knownTo))
      }
      return rows
    }
  }

  /// The model's history of every task stream of the log.
  func modelled(_ ledger: Ledger) throws -> Set<Known> {
    var streams: [TaskID: [RecordedEvent]] = [:]
    try ledger.replay { entry in
      if case .task(let id) = entry.event.stream { streams[id, default: []].append(entry.event) }
    }
    return Set(
      streams.flatMap { id, events in
        TaskTimeline.history(of: events).map {
          Known(
            task: id.rawValue, segment: $0.segment, knownFrom: $0.knownFrom, knownTo: $0.knownTo)
        }
      })
  }

  @Test(
    "The stored timeline, inline and rebuilt, is exactly the one model's history of each task",
    arguments: [4, 5] as [UInt64])
  func storedTimelineIsTheModel(seed: UInt64) throws {
    // Given a random history with backdated facts and corrections, projected inline
    let (ledger, clock) = try Fixtures.ledger(at: "02/01/2026")
    var random = RandomHistory(seed: seed)
    let (accepted, _, _) = try random.play(800, on: ledger, clock: clock, dayEvery: 10)
    #expect(accepted > 150)
    let model = try modelled(ledger)
    #expect(model.contains { $0.knownTo != nil }, "the history closes some segments")

    // Then every stored row is one of the model's segments, and the model has no other
    #expect(try stored(ledger) == model)

    // And the bulk projection of a rebuild stores the same
    #expect(try ledger.rebuild().matches)
    #expect(try stored(ledger) == model)
  }

  @Test("A backdated fact rewrites the known picture; a fact on a later day only extends it")
  func backdatedRewritesForwardExtends() throws {
    // Given a task assigned on 05/01 with a report on 01/03 (which starts it), then a report
    // stated as on 01/02
    let (ledger, _) = try Fixtures.ledger(at: "05/07/2026")
    try Fixtures.commune(ledger)
    let a = TaskID("A")!
    try ledger.record(Fixtures.assign("A"), actor: "x", effective: Fixtures.day("05/01/2026"))
    try ledger.record(
      .reportProgress(a, text: "Đã rà soát", percent: nil, document: nil, by: nil), actor: "x",
      effective: Fixtures.day("01/03/2026"))
    try ledger.record(
      .reportProgress(a, text: "Bắt đầu rà soát", percent: nil, document: nil, by: nil),
      actor: "x", effective: Fixtures.day("01/02/2026"))
    var events: [RecordedEvent] = []
    try ledger.replay { if $0.event.stream == .task(a) { events.append($0.event) } }
    let assigned = TaskState.fold(Array(events.prefix(1)))
    let reported = TaskState.fold(Array(events.prefix(2)))

    // When the report came, it only continued the timeline from its day
    let forward = TaskTimeline.change(
      after: events[1], latestFrom: Fixtures.day("05/01/2026"), state: assigned,
      stream: { Array(events.prefix(2)) })
    #expect(forward == .continues(from: Fixtures.day("01/03/2026"), state: try #require(reported)))

    // When the backdated report came, the whole picture was worked out again
    let rewritten = TaskTimeline.change(
      after: events[2], latestFrom: Fixtures.day("01/03/2026"), state: reported,
      stream: { events })
    guard case .rewritten(let segments) = rewritten else {
      Issue.record("expected a rewrite, got \(rewritten)")
      return
    }
    #expect(
      segments.map(\.from) == ["05/01/2026", "01/02/2026", "01/03/2026"].map(Fixtures.day))
    #expect(segments.map(\.state.status) == [.assigned, .inProgress, .inProgress])
  }
}
