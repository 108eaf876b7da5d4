import Foundation
import LedgerCore
import LedgerTestSupport
import Testing

@testable import LedgerHub

/// The hub's reads fold a source's events with LedgerCore; here without a database, against
/// the commune's own SQLite ledger.
@Suite("A source's log read by the hub answers as the commune's own ledger")
struct SourceLogTests {
  @Test(
    "Now, any day and any moment: the board equals the ledger's", arguments: [3, 21] as [UInt64])
  func boards(seed: UInt64) throws {
    let commune = try CommuneExport(seed: seed, steps: 500)
    let events = try commune.events
    let log = SourceLog(events: events)
    let today = commune.ledger.today()
    let now = try commune.ledger.board()
    let hubNow = log.board(asOf: nil, latest: true, today: today)
    #expect(hubNow.tasks == now.tasks)
    #expect(hubNow.units == now.units)
    #expect(now.tasks.count > 10)

    var random = RandomHistory(seed: seed)
    for _ in 0..<25 {
      let day = random.day(upTo: today)
      // Half a millisecond after an event was recorded: clear of rounding at the boundary.
      let moment = events[random.below(events.count)].recorded.addingTimeInterval(0.0005)
      let expected = try commune.ledger.board(asOf: day, knownAt: moment)
      let last = events.last { $0.recorded <= moment }?.position ?? 0
      let prefix = SourceLog(events: events.filter { $0.position <= last })
      let answer = prefix.board(asOf: day, latest: false, today: today)
      #expect(answer.tasks == expected.tasks, "on \(day.display) as known at \(moment)")
      #expect(answer.units == expected.units)
    }
  }

  @Test("The evaluation of a year equals the ledger's")
  func evaluation() throws {
    let commune = try CommuneExport(seed: 5, steps: 500)
    let policy = try CommuneExport.policy()
    let expected = try commune.ledger.evaluate(year: 2026, policy: policy)
    let answer = SourceLog(events: try commune.events).evaluation(
      year: 2026, policy: policy, asOf: nil, latest: true, today: commune.ledger.today())
    // Rows are not Equatable: their full descriptions (every stored member) must agree.
    #expect(
      answer.rows.map { String(describing: $0) } == expected.rows.map { String(describing: $0) })
    #expect(!expected.rows.isEmpty)
  }
}
