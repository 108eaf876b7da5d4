import Foundation
import LedgerCore
import LedgerStore
import LedgerTestSupport
import Testing

@testable import LedgerHub

/// Ingest against a real PostgreSQL: continuation, forks refused, idempotence, all or nothing.
@Suite(
  "Ingesting communes' exports into a PostgreSQL hub",
  .enabled(if: TestPostgres.url != nil, TestPostgres.skipReason))
struct HubIngestTests {
  /// How many events the hub holds of a source.
  func held(_ hub: Hub, _ source: String) async throws -> Int64 {
    try await hub.lastPosition(of: source, knownAt: nil)
  }

  @Test("init applies the migrations once; the source registry refuses bad and taken names")
  func initAndSources() async throws {
    try await TestPostgres.withHub("init", migrate: false) { hub in
      await #expect(throws: LedgerError.hubNotInitialized) {
        try await hub.addSource("xa-a", name: "Xã A")
      }
      #expect(try await hub.migrate() == Array(1...10))
      #expect(try await hub.migrate() == [])
      #expect(try await hub.schemaVersion() == HubSchema.latest)
      let added = try await hub.addSource(
        "xa-chi-minh", name: "Xa\u{0303} Chí Minh", publicKey: nil)
      #expect(added.name == "Xã Chí Minh")  // stored NFC
      await #expect(throws: LedgerError.sourceExists("xa-chi-minh")) {
        try await hub.addSource("xa-chi-minh", name: "Xã khác")
      }
      await #expect(throws: LedgerError.invalidSourceName("Xã A")) {
        try await hub.addSource("Xã A", name: "Xã A")
      }
      await #expect(throws: LedgerError.unknownSource("xa-b")) {
        try await hub.ingest(source: "xa-b", lines: [(number: 1, text: "")])
      }
      #expect(try await hub.sources().map(\.id) == ["xa-chi-minh"])
    }
  }

  @Test("Re-ingesting adds nothing; a grown export adds only what is new; a tail continues")
  func idempotentAndGrowing() async throws {
    let commune = try CommuneExport(seed: 31, steps: 300)
    let lines = commune.lines
    let half = lines.count / 2
    try await TestPostgres.withHub("grow") { hub in
      try await hub.addSource("xa-a", name: "Xã A")
      let first = try await hub.ingest(
        source: "xa-a", lines: CommuneExport.numbered(lines.prefix(half)))
      #expect(first.added == half && first.alreadyHeld == 0 && first.head == Int64(half))
      // A file that starts past what the hub holds leaves a gap: refused.
      await #expect(
        throws: LedgerError.historyGap(source: "xa-a", held: Int64(half), first: Int64(half + 3))
      ) {
        try await hub.ingest(
          source: "xa-a", lines: CommuneExport.numbered(lines.dropFirst(half + 2)))
      }
      #expect(try await held(hub, "xa-a") == Int64(half))
      // The same history under a second source is refused: it is xa-a's.
      try await hub.addSource("xa-b", name: "Xã B")
      await #expect(throws: LedgerError.historyOfAnotherSource(source: "xa-b", other: "xa-a")) {
        try await hub.ingest(source: "xa-b", lines: CommuneExport.numbered(lines.prefix(5)))
      }
      #expect(try await held(hub, "xa-b") == 0)
      let again = try await hub.ingest(
        source: "xa-a", lines: CommuneExport.numbered(lines.prefix(half)))
      #expect(again.added == 0 && again.alreadyHeld == half)
      let grown = try await hub.ingest(
        source: "xa-a", lines: CommuneExport.numbered(lines.prefix(half + 10)))
      #expect(grown.added == 10 && grown.alreadyHeld == half)
      // An export --since a held position continues too.
      let tail = try await hub.ingest(
        source: "xa-a", lines: CommuneExport.numbered(lines.dropFirst(half)))
      #expect(tail.added == lines.count - half - 10 && tail.alreadyHeld == 10)
      #expect(try await held(hub, "xa-a") == Int64(lines.count))
      // The events are the commune's own: the same positions, hashes and chain.
      #expect(try await hub.events(of: "xa-a").map(\.hash) == (try commune.events).map(\.hash))
    }
  }

  @Test("A rewritten history is refused, naming its first differing position; nothing is written")
  func forkRefused() async throws {
    let commune = try CommuneExport(seed: 41, steps: 500)
    let split = 60
    // A second ledger with the same first 60 events, then a different one.
    let (fork, clock) = try Fixtures.ledger(at: "02/01/2026")
    try fork.importEvents(lines: CommuneExport.numbered(commune.lines.prefix(split)))
    clock.set(day: commune.today.adding(days: 1).display)
    try fork.record(
      .registerUnit(name: "Ban Chỉ huy Quân sự xã", code: "QS"), actor: "someone")
    let forked = try CommuneExport.export(fork)
    try await TestPostgres.withHub("fork") { hub in
      try await hub.addSource("xa-a", name: "Xã A")
      let first = try await hub.ingest(
        source: "xa-a", lines: CommuneExport.numbered(commune.lines.prefix(100)))
      #expect(first.added == 100)
      await #expect(throws: LedgerError.forkedHistory(source: "xa-a", position: Int64(split + 1))) {
        try await hub.ingest(source: "xa-a", lines: CommuneExport.numbered(forked))
      }
      // The same rewrite sent as a tail from its own position is refused as well.
      await #expect(throws: LedgerError.forkedHistory(source: "xa-a", position: Int64(split + 1))) {
        try await hub.ingest(
          source: "xa-a", lines: CommuneExport.numbered(forked.suffix(from: split)))
      }
      #expect(try await held(hub, "xa-a") == 100)
      #expect(
        try await hub.events(of: "xa-a").map(\.hash)
          == (try commune.events).prefix(100).map(\.hash))
    }
  }

  @Test("A file with a bad line after batches already inserted writes none of them")
  func allOrNothing() async throws {
    let commune = try CommuneExport(seed: 51, steps: 200)
    var lines = commune.lines
    let last = lines.count - 1
    lines[last] = lines[last].replacingOccurrences(
      of: "\"actor\":\"clerk\"", with: "\"actor\":\"x\"")
    try await TestPostgres.withHub("atomic") { hub in
      try await hub.addSource("xa-a", name: "Xã A")
      _ = try await hub.ingest(source: "xa-a", lines: CommuneExport.numbered(lines.prefix(20)))
      await #expect(throws: LedgerError.badEventLine(line: last + 1, problem: .hashMismatch)) {
        try await hub.ingest(source: "xa-a", lines: CommuneExport.numbered(lines), batchSize: 7)
      }
      #expect(try await held(hub, "xa-a") == 20)
    }
  }

  @Test("The database itself refuses to change or remove an event, or to break a chain")
  func appendOnly() async throws {
    let commune = try CommuneExport(seed: 61, steps: 60)
    try await TestPostgres.withHub("append") { hub in
      try await hub.addSource("xa-a", name: "Xã A")
      _ = try await hub.ingest(source: "xa-a", lines: CommuneExport.numbered(commune.lines))
      await #expect(throws: LedgerError.hubFailure(sqlState: "CL001")) {
        try await hub.query("UPDATE hub_events SET actor = 'x' WHERE position = 1")
      }
      await #expect(throws: LedgerError.hubFailure(sqlState: "CL001")) {
        try await hub.query("DELETE FROM hub_events WHERE position = 2")
      }
      await #expect(throws: LedgerError.hubFailure(sqlState: "CL002")) {
        try await hub.query(
          """
          INSERT INTO hub_events SELECT 'xa-a', position + 1000, stream, version + 1000, type,
            schema_version, effective, recorded, recorded_at, actor, payload, prev_hash, hash
          FROM hub_events WHERE position = 3
          """)
      }
      // A statement whose first row chains on and whose second does not: all of it refused.
      await #expect(throws: LedgerError.hubFailure(sqlState: "CL002")) {
        try await hub.query(
          """
          INSERT INTO hub_events
          SELECT 'xa-a', t.last + e.position, e.stream, e.version + 1000, e.type,
            e.schema_version, e.effective, e.recorded, e.recorded_at, e.actor, e.payload,
            CASE WHEN e.position = 1 THEN t.hash ELSE repeat('f', 64) END, e.hash
          FROM hub_events e,
            (SELECT position AS last, hash FROM hub_events
             WHERE source = 'xa-a' ORDER BY position DESC LIMIT 1) t
          WHERE e.source = 'xa-a' AND e.position IN (1, 2)
          """)
      }
      #expect(try await hub.events(of: "xa-a").map(\.hash) == (try commune.events).map(\.hash))
    }
  }
}
