import Foundation
import LedgerCore
import PostgresNIO
import Testing

@testable import LedgerHub
@testable import LedgerWeb

/// `serve --hub` keeps working through a hub that breaks or hangs (trial: every page hung for
/// good after PostgreSQL went away, `/healthz` still said ok and SIGTERM could not stop it).
@Suite(
  "The hub's pages through a broken or hung connection",
  .enabled(if: TestPostgres.url != nil, TestPostgres.skipReason))
struct HubGateTests {
  @Test("A connection the server closed is made again: the next read answers")
  func reconnects() async throws {
    let url = try await TestPostgres.database("gate_reconnect")
    let address = try HubAddress(url: url)
    let first = try await Hub.connect(address)
    try await first.migrate()
    try await first.addSource("xa-a", name: "Xã A")
    let boards = HubCommuneBoards(hub: first, address: address, limit: .seconds(30))
    #expect(try await boards.version() == "xa-a:0")
    // The server ends the connection (as a restart or an administrator would).
    try await Hub.with(address) { admin in
      _ = try await admin.query(
        """
        SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid()
        """)
    }
    let started = ContinuousClock.now
    #expect(try await boards.version() == "xa-a:0")
    #expect(ContinuousClock.now - started < .seconds(20))
    await boards.close()
    await first.close()
  }

  @Test("A hub that cannot be reached again is hub_unreachable, promptly")
  func unreachable() async throws {
    let url = try await TestPostgres.database("gate_unreachable")
    let hub = try await Hub.connect(try HubAddress(url: url))
    try await hub.migrate()
    // Where nothing listens: port 1 on loopback refuses at once.
    let nowhere = try HubAddress(url: "postgres://postgres@127.0.0.1:1/none?sslmode=disable")
    let boards = HubCommuneBoards(hub: hub, address: nowhere, limit: .seconds(30))
    _ = try await boards.version()
    await hub.close()
    let started = ContinuousClock.now
    await #expect(throws: LedgerError.hubUnreachable(nowhere.place)) {
      try await boards.version()
    }
    // And it stays a clear refusal, read after read (not a hang).
    await #expect(throws: LedgerError.hubUnreachable(nowhere.place)) {
      try await boards.version()
    }
    #expect(ContinuousClock.now - started < .seconds(20))
  }

  @Test("A read that outlasts the limit is cut and refused; the next read connects again")
  func hungReadIsCut() async throws {
    let url = try await TestPostgres.database("gate_hung")
    let address = try HubAddress(url: url)
    let hub = try await Hub.connect(address)
    try await hub.migrate()
    let gate = HubGate(hub: hub, address: address, limit: .milliseconds(300))
    // A read the server would answer only after a minute stands for one that hangs.
    let started = ContinuousClock.now
    await #expect(throws: LedgerError.self) {
      try await gate.run { hub in _ = try await hub.query("SELECT pg_sleep(60)") }
    }
    #expect(ContinuousClock.now - started < .seconds(30))
    // The gate made a new connection for the next read.
    let sources = try await gate.run { hub in try await hub.sources() }
    #expect(sources.isEmpty)
    await gate.close()
    await hub.close()
  }
}
