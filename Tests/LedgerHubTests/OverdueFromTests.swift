import Foundation
import LedgerChain
import LedgerCore
import LedgerTestSupport
import Testing

@testable import LedgerHub

/// `TaskState.overdueFrom`, by which the hub picks the tasks an overdue list reads: no task is
/// ever overdue before it, so the candidates it leaves out are never in the list.
@Suite("No task is overdue before its overdueFrom day")
struct OverdueFromTests {
  /// Whether any of a task's charges is overdue on some day, under some policy, during or at
  /// the day's close, before the task's `overdueFrom`; counts the overdue charges seen.
  func check(
    _ tasks: [TaskState], from first: LocalDate, days: Int, overdue: inout Int
  ) {
    var lenient = EvaluationPolicy.shipped
    lenient.extensionGrantedAfterDeadlineMovesIt.toggle()
    lenient.extensionGrantedBeforeDeadlineMovesIt.toggle()
    for task in tasks {
      let from = task.overdueFrom
      for offset in 0..<days {
        let day = first.adding(days: offset)
        for policy in [EvaluationPolicy.shipped, lenient] {
          for dayIsOver in [false, true] {
            let late = task.charges(on: day, dayIsOver: dayIsOver, policy: policy)
              .contains { $0.bucket == .overdue }
            guard late else { continue }
            overdue += 1
            #expect(from != nil && from! <= day, "\(task.id) overdue on \(day.display)")
          }
        }
      }
    }
  }

  @Test(
    "Random histories: every day of two years, during and at its close, either extension rule",
    arguments: [31, 32, 33] as [UInt64])
  func randomHistories(seed: UInt64) throws {
    let commune = try CommuneExport(seed: seed, steps: 500)
    let tasks = SourceStates(events: try commune.events).tasks
    var overdue = 0
    check(tasks, from: LocalDate(year: 2025, month: 12, day: 1)!, days: 800, overdue: &overdue)
    // The histories have both: tasks overdue on some day, and tasks never overdue.
    #expect(overdue > 100)
    #expect(tasks.contains { $0.overdueFrom == nil })
  }

  @Test("The bench's communes: hand-overs dated after an earlier lead's deadline, and before it")
  func benchCommunes() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("overdue-from-\(UUID().uuidString).jsonl").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    try SyntheticEventsFile.write(
      events: 1_200, seed: 7, to: path, sql: nil, units: 20, tasks: 100, commune: "xã 7")
    var reader = EventLineReader(expected: 1, previous: HashChain.genesis)
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    let events = try lines.enumerated().compactMap {
      try reader.read(String($0.element), line: $0.offset + 1)
    }
    let tasks = SourceStates(events: events).tasks
    var overdue = 0
    check(tasks, from: LocalDate(year: 2025, month: 12, day: 1)!, days: 1_300, overdue: &overdue)
    #expect(overdue > 1_000)
    // An earlier lead's charge overdue on a day before its deadline: the case `anyDay` is for.
    let early = tasks.contains { task in
      task.leadSpells.count > 1
        && task.charges(on: LocalDate(year: 2026, month: 1, day: 2)!).contains {
          $0.bucket == .overdue
        }
    }
    #expect(early)
  }
}
