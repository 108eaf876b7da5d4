import Foundation
import LedgerCore
import LedgerTestSupport
import Testing

@testable import LedgerHub

/// `TaskState.overdueFrom`, by which the hub picks the tasks an overdue list reads: no task is
/// ever overdue before it, so the candidates it leaves out are never in the list.
@Suite("No task is overdue before its overdueFrom day")
struct OverdueFromTests {
  @Test(
    "Every day of two years, during and at its close, under either extension rule",
    arguments: [31, 32, 33] as [UInt64])
  func boundsEveryOverdueCharge(seed: UInt64) throws {
    let commune = try CommuneExport(seed: seed, steps: 500)
    let tasks = SourceStates(events: try commune.events).tasks
    var lenient = EvaluationPolicy.shipped
    lenient.extensionGrantedAfterDeadlineMovesIt.toggle()
    lenient.extensionGrantedBeforeDeadlineMovesIt.toggle()
    let first = LocalDate(year: 2025, month: 12, day: 1)!
    var overdue = 0
    var never = 0
    for task in tasks {
      let from = task.overdueFrom
      if from == nil { never += 1 }
      for offset in 0..<800 {
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
    // The histories have both: tasks overdue on some day, and tasks never overdue.
    #expect(overdue > 100)
    #expect(never > 0)
  }
}
