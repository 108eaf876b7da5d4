import Foundation
import LedgerChain
import LedgerCore
import LedgerStore
import LedgerTestSupport
import NIOCore
import PostgresNIO
import Testing

@testable import LedgerHub

/// COPY's text rows are escaped exactly (checked without a server).
@Suite("COPY text rows")
struct CopyTextTests {
  @Test(
    "Backslash, line break, carriage return and tab are escaped; NULL is \\N; nothing else changes")
  func escaping() {
    var buffer = ByteBuffer()
    CopyText.append(#"a\b"#, to: &buffer)
    CopyText.append("x\ny\rz\tw", to: &buffer)
    CopyText.append(nil, to: &buffer)
    CopyText.append(42, to: &buffer)
    CopyText.append("Xã \"Chí\" Minh \u{1}", to: &buffer, last: true)
    #expect(
      String(buffer: buffer)
        == "a\\\\b\tx\\ny\\rz\\tw\t\\N\t42\tXã \"Chí\" Minh \u{1}\n")
  }

  @Test("An instant is written as UTC to the microsecond, dates before 2000 and leap days too")
  func timestamps() {
    #expect(
      CopyText.timestamp(Date(timeIntervalSince1970: 946_684_800))
        == "2000-01-01 00:00:00.000000+00")
    #expect(
      CopyText.timestamp(Date(timeIntervalSince1970: 1_709_208_000.25))
        == "2024-02-29 12:00:00.250000+00")
    #expect(
      CopyText.timestamp(Date(timeIntervalSince1970: 946_684_799.5))
        == "1999-12-31 23:59:59.500000+00")
  }
}

/// Against a real PostgreSQL: what COPY writes is what INSERT wrote, and migration 6's checks
/// refuse what migration 1's did.
@Suite(
  "Writing events with COPY into a PostgreSQL hub",
  .enabled(if: TestPostgres.url != nil, TestPostgres.skipReason))
struct HubCopyTests {
  @Test("Each instant's text is the instant PostgresNIO sends for the Date, to the microsecond")
  func instantsAsSent() async throws {
    var random = SplitMix64(seed: 81)
    let dates = (0..<2_000).map { _ in
      Date(timeIntervalSince1970: Double.random(in: 0...4_102_444_800, using: &random))
    }
    try await TestPostgres.withHub("copy_instants", migrate: false) { hub in
      let rows = try await hub.query(
        """
        SELECT count(*)::bigint FROM unnest(\(dates)::timestamptz[], \(dates.map(CopyText.timestamp))::text[])
          AS u (sent, written)
        WHERE sent = written::timestamptz
        """)
      for try await equal in rows.decode(Int64.self) { #expect(equal == Int64(dates.count)) }
    }
  }

  @Test(
    "Payloads with quotes, backslashes and escapes land byte for byte; recorded_at is the instant")
  func rowsAsWritten() async throws {
    let (ledger, _) = try Fixtures.ledger(at: "02/01/2026")
    for name in [#"Phòng "Kinh tế" \ Hạ tầng"#, #"Ban \n Văn hóa \\ \t "Xã hội""#, "Tổ công tác"] {
      try ledger.record(.registerUnit(name: name, code: nil), actor: #"cán bộ \ "một""#)
    }
    let lines = try CommuneExport.export(ledger)
    let file = PreparedFile(lines: CommuneExport.numbered(lines))
    #expect(file.failure == nil && file.parsed.count == lines.count)
    try await TestPostgres.withHub("copy_rows") { hub in
      try await hub.addSource("xa-a", name: "Xã A")
      let result = try await hub.ingest(
        source: "xa-a", lines: CommuneExport.numbered(lines), batchSize: 2)
      #expect(result.added == lines.count)
      let rows = try await hub.query(
        "SELECT payload, actor, recorded, hash FROM hub_events WHERE source = 'xa-a' ORDER BY position"
      )
      var stored: [[String]] = []
      for try await (payload, actor, recorded, hash) in rows.decode(
        (String, String, String, String).self)
      {
        stored.append([payload, actor, recorded, hash])
      }
      #expect(
        stored == file.parsed.map { [$0.payload, $0.event.actor, $0.recorded, $0.event.hash] })
      let positions = file.parsed.map(\.event.position)
      let instants = file.parsed.map(\.event.recorded)
      let same = try await hub.query(
        """
        SELECT count(*)::bigint FROM hub_events e
        JOIN unnest(\(positions)::bigint[], \(instants)::timestamptz[]) AS u (p, r)
          ON e.position = u.p AND e.recorded_at = u.r
        WHERE e.source = 'xa-a'
        """)
      for try await count in same.decode(Int64.self) { #expect(count == Int64(lines.count)) }
      #expect(try await hub.events(of: "xa-a").map(\.hash) == file.parsed.map(\.event.hash))
    }
  }

  @Test("Hashes and signer ids must still be lower-case hex of their length")
  func hexChecks() async throws {
    let hashes = [
      (String(repeating: "a", count: 64), true), (String(repeating: "A", count: 64), false),
      (String(repeating: "a", count: 63), false), (String(repeating: "a", count: 65), false),
      (String(repeating: "a", count: 63) + "\n", false),
      (String(repeating: "g", count: 64), false), (String(repeating: "0", count: 63) + "é", false),
    ]
    let signers = [
      ("0123456789abcdef", true), ("0123456789ABCDEF", false), ("0123456789abcde", false),
      ("0123456789abcdef0", false), ("0123456789abcde\n", false), ("0123456789abcdeg", false),
    ]
    try await TestPostgres.withHub("copy_hex") { hub in
      try await hub.addSource("xa-a", name: "Xã A")
      /// A first event (it chains onto the genesis hash), inserted and rolled back.
      func accepted(hash: String, signer: String?) async throws -> Bool {
        try await hub.query("BEGIN")
        do {
          try await hub.query(
            """
            INSERT INTO hub_events (source, position, stream, version, type, schema_version,
              effective, recorded, recorded_at, actor, payload, prev_hash, hash, signer, signature)
            VALUES ('xa-a', 1, 'unit:A', 1, 'unit.registered', 1, '2026-01-02', 'r', now(), 'a',
              '{}', repeat('0', 64), \(hash), \(signer), \(signer.map { _ in "s" }))
            """)
          try await hub.query("ROLLBACK")
          return true
        } catch let error as LedgerError {
          try await hub.query("ROLLBACK")
          #expect(error == .hubFailure(sqlState: "23514"))
          return false
        }
      }
      for (hash, valid) in hashes {
        #expect(try await accepted(hash: hash, signer: nil) == valid, "\(hash)")
      }
      for (signer, valid) in signers {
        #expect(
          try await accepted(hash: String(repeating: "a", count: 64), signer: signer) == valid,
          "\(signer)")
      }
    }
  }
}

/// Migration 6's check that an inserted event's source is registered, once per statement, and
/// that a source holding events stays: what migration 1's foreign key refused.
@Suite(
  "Every event's source is registered and stays",
  .enabled(if: TestPostgres.url != nil, TestPostgres.skipReason))
struct HubSourceKeyTests {
  @Test("An event of an unregistered source is refused; a source holding events cannot go")
  func registeredSources() async throws {
    let commune = try CommuneExport(seed: 62, steps: 30)
    try await TestPostgres.withHub("source_key") { hub in
      try await hub.addSource("xa-a", name: "Xã A")
      try await hub.addSource("xa-b", name: "Xã B")
      _ = try await hub.ingest(source: "xa-a", lines: CommuneExport.numbered(commune.lines))
      // The same first event under a source nobody registered.
      await #expect(throws: LedgerError.hubFailure(sqlState: "23503")) {
        try await hub.query(
          """
          INSERT INTO hub_events SELECT 'xa-z', position, stream, version, type, schema_version,
            effective, recorded, recorded_at, actor, payload, prev_hash, hash
          FROM hub_events WHERE source = 'xa-a' AND position = 1
          """)
      }
      await #expect(throws: LedgerError.hubFailure(sqlState: "23503")) {
        try await hub.query("DELETE FROM hub_sources WHERE source = 'xa-a'")
      }
      await #expect(throws: LedgerError.hubFailure(sqlState: "23503")) {
        try await hub.query("UPDATE hub_sources SET source = 'xa-c' WHERE source = 'xa-a'")
      }
      // Its name may change; a source without events may go, as before.
      try await hub.query("UPDATE hub_sources SET name = 'Xã A mới' WHERE source = 'xa-a'")
      try await hub.query("DELETE FROM hub_sources WHERE source = 'xa-b'")
      #expect(try await hub.sources().map(\.id) == ["xa-a"])
      #expect(try await hub.lastPosition(of: "xa-a", knownAt: nil) == Int64(commune.lines.count))
    }
  }
}
