import Foundation
import LedgerCore
import LedgerTestSupport
import Testing

@testable import LedgerStore

@Suite("Rebuild of a ledger file")
struct FileRebuildTests {
  @Test("Reading the log on a second connection rebuilds what the inline projections hold")
  func rebuildOnFile() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("clearledger-rebuild-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let clock = MovableClock(Fixtures.morning("02/01/2026"))
    let ledger = try Ledger.create(
      at: folder.appendingPathComponent("l.sqlite").path, clock: clock.ledgerClock)
    var random = RandomHistory(seed: 31)
    var today = Fixtures.day("02/01/2026")
    var assigned = 0
    var accepted = 0
    for _ in 0..<400 {
      if random.below(8) == 0 { today = today.adding(days: 1) }
      clock.set(day: today.display)
      let command = random.command(taskCount: assigned, eventCount: accepted)
      if (try? ledger.record(command, actor: "clerk", effective: random.day(upTo: today))) != nil {
        accepted += 1
        if case .assignTask = command { assigned += 1 }
      }
    }
    let before = try ledger.board()
    let report = try ledger.rebuild()
    #expect(report.events == accepted)
    #expect(report.matches)
    #expect(try ledger.board().tasks == before.tasks)
  }
}
