import Foundation
import LedgerCore
import LedgerStore
import LedgerTestSupport
import Testing

@testable import LedgerHub

/// Ingest refuses what `events import` refuses and names another commune's history as such.
@Suite(
  "Ingest: lines recorded in the future, and another commune's history",
  .enabled(if: TestPostgres.url != nil, TestPostgres.skipReason))
struct HubIngestRulesTests {
  /// A small commune's export: its units named after it, so each commune's first event is
  /// its own.
  static func commune(_ name: String, at day: String = "02/01/2026") throws -> [String] {
    let (ledger, _) = try Fixtures.ledger(at: day)
    try ledger.record(.registerUnit(name: "Văn phòng \(name)", code: "VP"), actor: "thuky")
    try ledger.record(.registerUnit(name: "Phòng Kinh tế \(name)", code: "KT"), actor: "thuky")
    return try CommuneExport.export(ledger)
  }

  @Test("A line recorded after the hub's clock is refused by line and time; nothing is written")
  func recordedInFuture() async throws {
    // Two events recorded in 2026, then one in 2099: after the hub's clock and any machine's.
    let (ledger, clock) = try Fixtures.ledger(at: "02/01/2026")
    try ledger.record(.registerUnit(name: "Văn phòng", code: "VP"), actor: "thuky")
    try ledger.record(.registerUnit(name: "Phòng Kinh tế", code: "KT"), actor: "thuky")
    clock.set(Fixtures.instant("2099-01-01T09:00:00+07:00"))
    try ledger.record(.registerUnit(name: "Công an xã", code: "CA"), actor: "thuky")
    let lines = try CommuneExport.export(ledger)
    try await TestPostgres.withHub("rules_future") { hub in
      try await hub.addSource("xa-a", name: "Xã A")
      let now = Fixtures.instant("2026-01-03T09:00:00+07:00")
      await #expect(
        throws: LedgerError.badEventLine(
          line: 3, problem: .recordedInFuture("2099-01-01T02:00:00.002Z"))
      ) {
        try await hub.ingest(source: "xa-a", lines: CommuneExport.numbered(lines), now: now)
      }
      // All or nothing: not even the two lines before it.
      #expect(try await hub.lastPosition(of: "xa-a", knownAt: nil) == 0)
      // The lines recorded before the hub's clock are taken.
      let taken = try await hub.ingest(
        source: "xa-a", lines: CommuneExport.numbered(lines.prefix(2)), now: now)
      #expect(taken.added == 2)
      // Once the hub's clock has come to it (with the hour's leeway), so is the last.
      let later = try await hub.ingest(
        source: "xa-a", lines: CommuneExport.numbered(lines),
        now: Fixtures.instant("2099-01-01T08:30:00+07:00"))
      #expect(later.added == 1 && later.alreadyHeld == 2)
    }
  }

  @Test("Another commune's export under a source that holds a history is named as such")
  func anotherCommunesHistory() async throws {
    let a = try Self.commune("A")
    let b = try Self.commune("B")
    let c = try Self.commune("C")
    try await TestPostgres.withHub("rules_another") { hub in
      try await hub.addSource("xa-a", name: "Xã A")
      try await hub.addSource("xa-b", name: "Xã B")
      _ = try await hub.ingest(source: "xa-a", lines: CommuneExport.numbered(a))
      _ = try await hub.ingest(source: "xa-b", lines: CommuneExport.numbered(b))
      // B's history, held as xa-b's, sent again under xa-a: named as xa-b's.
      await #expect(throws: LedgerError.historyOfAnotherSource(source: "xa-a", other: "xa-b")) {
        try await hub.ingest(source: "xa-a", lines: CommuneExport.numbered(b))
      }
      // A history no source holds, under xa-a: another ledger, not a rewrite of xa-a's.
      await #expect(throws: LedgerError.historyOfAnotherLedger(source: "xa-a")) {
        try await hub.ingest(source: "xa-a", lines: CommuneExport.numbered(c))
      }
      let held = try await hub.events(of: "xa-a").map(\.hash)
      #expect(held.count == a.count)
      #expect(try await hub.events(of: "xa-b").count == b.count)
      // A rewrite after a common first event stays a forked history.
      let (fork, _) = try Fixtures.ledger(at: "02/01/2026")
      try fork.importEvents(lines: CommuneExport.numbered(a.prefix(1)))
      try fork.record(.registerUnit(name: "Ban Chỉ huy Quân sự", code: "QS"), actor: "thuky")
      await #expect(throws: LedgerError.forkedHistory(source: "xa-a", position: 2)) {
        try await hub.ingest(
          source: "xa-a", lines: CommuneExport.numbered(try CommuneExport.export(fork)))
      }
      #expect(try await hub.events(of: "xa-a").map(\.hash) == held)
    }
  }
}
