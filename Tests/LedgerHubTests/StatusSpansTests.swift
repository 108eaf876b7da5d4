import Foundation
import LedgerChain
import LedgerCore
import LedgerJSON
import LedgerTestSupport
import Testing

@testable import LedgerHub

/// `StatusSpans`, from which the hub keeps each task's status rows: on every day, the views
/// its spans hold are exactly the views of the board judged that day (and so its overdue views
/// are the board's overdue views, which the overdue list reads).
@Suite("A task's status spans are the board's views on every day")
struct StatusSpansTests {
  /// A view shown on a day, with its task and its place among the task's views: its row as
  /// `hub status --json` writes it (its deciding day, which no row shows, moves with the day
  /// for a task without a deadline).
  struct Shown: Hashable {
    var task: TaskID
    var index: Int
    var row: String

    init(task: TaskID, index: Int, view: TaskView) {
      self.task = task
      self.index = index
      row = TaskRowsJSON.row(view, source: "xa") ?? String(describing: TaskJSON(view))
    }
  }

  /// Compares, on every day of a range, the views of the board of `tasks` with those the spans
  /// hold (where they are complete); returns how many views it saw (and of them overdue), how
  /// many tasks could not be worked out ahead, and how many views had the day judged as their
  /// deciding day.
  func check(
    tasks: [TaskState], units: [UnitState], lastYear: Int, from first: LocalDate, days: Int
  ) -> (views: Int, overdue: Int, notAhead: Int, moving: Int) {
    var spanner = StatusSpans(units: units)
    var found: [TaskID: (spans: [StatusSpan], through: LocalDate?)] = [:]
    var notAhead = 0
    for task in tasks {
      if let spans = spanner.spans(of: task, lastYear: lastYear) {
        found[task.id] = spans
      } else {
        notAhead += 1
      }
    }
    /// Whether the spans of a task hold on a day.
    func covers(_ task: TaskState, _ day: LocalDate) -> Bool {
      guard let spans = found[task.id] else { return false }
      return day >= task.assignedOn && (spans.through.map { day <= $0 } ?? true)
    }
    var seen = 0
    var overdue = 0
    var moving = 0
    for offset in 0..<days {
      let day = first.adding(days: offset)
      let board = AccountabilityBoard(tasks: tasks, units: units, on: day)
      var expected: [Shown] = []
      var previous: TaskID?
      var index = 0
      for view in board.tasks {
        index = view.task.id == previous ? index + 1 : 0
        previous = view.task.id
        guard covers(view.task, day) else { continue }
        expected.append(Shown(task: view.task.id, index: index, view: view))
        if view.charge.decidingDay == day { moving += 1 }
        if view.bucket == .overdue { overdue += 1 }
      }
      var held: [Shown] = []
      for task in board.tasks.map(\.task) where covers(task, day) {
        guard held.last?.task != task.id, let spans = found[task.id] else { continue }
        for span in spans.spans where span.from <= day && span.until.map({ day < $0 }) ?? true {
          held.append(Shown(task: task.id, index: span.index, view: span.view))
        }
      }
      #expect(held == expected, "on \(day.display)")
      if held != expected { break }
      seen += expected.count
    }
    return (seen, overdue, notAhead, moving)
  }

  @Test("Random histories: every day of three years", arguments: [31, 32, 33, 34] as [UInt64])
  func randomHistories(seed: UInt64) throws {
    let commune = try CommuneExport(seed: seed, steps: 500)
    let states = SourceStates(events: try commune.events)
    let found = check(
      tasks: states.tasks, units: states.units, lastYear: 2026,
      from: LocalDate(year: 2025, month: 1, day: 1)!, days: 1_100)
    #expect(found.views > 1_000)
    #expect(found.overdue > 100)
    #expect(found.notAhead < states.tasks.count)
    #expect(found.moving > 0)
  }

  @Test("The bench's communes: hand-overs, extensions and yearly work, over four years")
  func benchCommune() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("status-spans-\(UUID().uuidString).jsonl").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    try SyntheticEventsFile.write(
      events: 1_200, seed: 5, to: path, sql: nil, units: 20, tasks: 100, commune: "xã 5")
    var reader = EventLineReader(expected: 1, previous: HashChain.genesis)
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    let events = try lines.enumerated().compactMap {
      try reader.read(String($0.element), line: $0.offset + 1)
    }
    let states = SourceStates(events: events)
    let found = check(
      tasks: states.tasks, units: states.units, lastYear: 2027,
      from: LocalDate(year: 2024, month: 1, day: 1)!, days: 1_600)
    #expect(found.views > 10_000)
    #expect(found.overdue > 1_000)
    #expect(found.notAhead == 0)
  }
}
