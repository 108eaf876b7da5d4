import Foundation
import LedgerCore
import LedgerStore
import LedgerTestSupport
import PostgresNIO
import Testing

@testable import LedgerHub

/// The states kept per source (`hub_states`), against a real PostgreSQL: refreshed by each
/// ingest that adds events, equal to folding the whole log, and read by `hub status` for today
/// only when they are through the source's last event.
@Suite(
  "Each source's states kept beside its log",
  .enabled(if: TestPostgres.url != nil, TestPostgres.skipReason))
struct HubStatesTests {
  @Test("Ingests in pieces keep states equal to the whole log's fold and to the ledger's board")
  func keptStatesFollowIngests() async throws {
    let commune = try CommuneExport(seed: 81, steps: 600)
    let lines = commune.lines
    let today = commune.today
    try await TestPostgres.withHub("states") { hub in
      try await hub.addSource("xa-a", name: "Xã A")
      // A first piece, the same piece again (adds nothing), a grown export, then a tail.
      for piece in [lines.prefix(150), lines.prefix(150), lines.prefix(400), lines.dropFirst(390)] {
        _ = try await hub.ingest(source: "xa-a", lines: CommuneExport.numbered(Array(piece)))
        let held = try await hub.lastPosition(of: "xa-a", knownAt: nil)
        let kept = try #require(try await hub.keptStates(of: ["xa-a"])["xa-a"])
        #expect(kept.position == held)
        let states = try #require(SourceStates.decoded(kept.text))
        #expect(states == SourceStates(events: try await hub.events(of: "xa-a")))
      }
      let own = try commune.ledger.board()
      let read = try await hub.boards(source: "xa-a", asOf: nil, knownAt: nil, today: today)
      #expect(read.first?.answer.tasks == own.tasks)
      #expect(read.first?.answer.units == own.units)
      #expect(own.tasks.count > 20)
      // States that lag behind the log are not used: the answer is folded from the log.
      try await hub.query(
        "UPDATE hub_states SET position = position - 1, states = '{}' WHERE source = 'xa-a'")
      let folded = try await hub.boards(source: "xa-a", asOf: nil, knownAt: nil, today: today)
      #expect(folded.first?.answer.tasks == own.tasks)
      #expect(folded.first?.answer.units == own.units)
      // The next ingest that adds events folds the whole log again.
      commune.clock.set(day: today.adding(days: 1).display)
      try commune.ledger.record(
        .registerUnit(name: "Ban Chỉ huy Quân sự xã", code: "QS"), actor: "someone")
      let grown = try CommuneExport.export(commune.ledger)
      _ = try await hub.ingest(source: "xa-a", lines: CommuneExport.numbered(grown))
      let kept = try #require(try await hub.keptStates(of: ["xa-a"])["xa-a"])
      #expect(kept.position == Int64(grown.count))
      #expect(
        SourceStates.decoded(kept.text)
          == SourceStates(events: try await hub.events(of: "xa-a")))
    }
  }
}
