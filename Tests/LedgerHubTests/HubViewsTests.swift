import Foundation
import LedgerCore
import LedgerStore
import LedgerTestSupport
import Testing

@testable import LedgerHub

/// A commune → export → hub → views round trip, against a real PostgreSQL: the hub answers
/// for each source exactly as the commune's own ledger does.
@Suite(
  "The hub's views across sources equal each commune's own",
  .enabled(if: TestPostgres.url != nil, TestPostgres.skipReason))
struct HubViewsTests {
  @Test("Two communes: status now, on any day as known at any moment, and the evaluation")
  func twoCommunes() async throws {
    let communes = [
      ("xa-chi-minh", try CommuneExport(seed: 71, steps: 500)),
      ("phuong-hong-bang", try CommuneExport(seed: 72, steps: 500)),
    ]
    let policy = try CommuneExport.policy()
    // One today for the province: both communes' clocks on the later of their last days.
    let today = max(communes[0].1.today, communes[1].1.today)
    for (_, commune) in communes { commune.clock.set(day: today.display) }
    try await TestPostgres.withHub("views") { hub in
      for (id, commune) in communes {
        try await hub.addSource(id, name: id)
        let result = try await hub.ingest(source: id, lines: CommuneExport.numbered(commune.lines))
        #expect(result.added == commune.lines.count)
      }
      // Every source at once: each answer names its source and is that commune's board.
      let all = try await hub.boards(source: nil, asOf: nil, knownAt: nil, today: today)
      #expect(all.map(\.source.id) == communes.map(\.0).sorted())
      for (id, commune) in communes {
        let own = try commune.ledger.board()
        let answer = try #require(all.first { $0.source.id == id }).answer
        #expect(answer.tasks == own.tasks)
        #expect(answer.units == own.units)
        #expect(own.tasks.count > 10)
      }
      // Any day as known at any moment, per source.
      for (id, commune) in communes {
        let events = try commune.events
        var random = RandomHistory(seed: 9)
        for _ in 0..<8 {
          let day = random.day(upTo: commune.today)
          let moment = events[random.below(events.count)].recorded.addingTimeInterval(0.0005)
          let own = try commune.ledger.board(asOf: day, knownAt: moment)
          let answer = try await hub.boards(
            source: id, asOf: day, knownAt: moment, today: commune.ledger.today())
          #expect(answer.count == 1)
          #expect(answer.first?.answer.tasks == own.tasks, "\(id) on \(day.display) at \(moment)")
          #expect(answer.first?.answer.units == own.units)
        }
        let evaluation = try await hub.evaluations(
          source: id, year: 2026, policy: policy, asOf: nil, knownAt: nil,
          today: commune.ledger.today())
        let own = try commune.ledger.evaluate(year: 2026, policy: policy)
        #expect(
          evaluation.first?.answer.rows.map { String(describing: $0) }
            == own.rows.map { String(describing: $0) })
      }
      await #expect(throws: LedgerError.unknownSource("xa-khac")) {
        try await hub.boards(source: "xa-khac", asOf: nil, knownAt: nil, today: today)
      }
    }
  }
}
