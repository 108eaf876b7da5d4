import Foundation
import LedgerCore
import LedgerTestSupport
import Testing

@testable import LedgerStore

@Suite("Rebuild of a ledger file")
struct FileRebuildTests {
  @Test("Reading the log on a second connection rebuilds what the inline projections hold")
  func rebuildOnFile() throws {
    let (ledger, clock, folder) = try Fixtures.fileLedger(at: "02/01/2026")
    defer { try? FileManager.default.removeItem(at: folder) }
    var random = RandomHistory(seed: 31)
    let accepted = try random.play(400, on: ledger, clock: clock).accepted
    let before = try ledger.board()
    let report = try ledger.rebuild()
    #expect(report.events == accepted)
    #expect(report.matches)
    #expect(try ledger.board().tasks == before.tasks)
  }
}
