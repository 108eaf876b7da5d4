import Foundation
import GRDB
import LedgerCore
import LedgerTestSupport
import Testing

@testable import LedgerStore

@Suite("Accounts in the ledger")
struct AccountStoreTests {
  @Test("An account is opened once; the hash stays out of the log; refusals write nothing")
  func openOnce() throws {
    let (ledger, _) = try Fixtures.ledger(at: "05/01/2026")
    try Fixtures.commune(ledger)
    let open = LedgerCommand.openAccount(
      username: "binh.tt", person: "Trần Thị Bình", role: .head, unit: "VHXH")
    try ledger.openAccount(open, passwordHash: "$2b$04$abcdefghijklmnopqrstuv", actor: "quantri")
    let count = try ledger.eventCount()
    #expect(throws: LedgerError.accountExists("binh.tt")) {
      try ledger.openAccount(open, passwordHash: "$2b$04$zzzzzzzzzzzzzzzzzzzzzz", actor: "quantri")
    }
    #expect(throws: LedgerError.headNeedsUnit("hoa")) {
      try ledger.record(
        .openAccount(username: "hoa", person: "Hoa", role: .head, unit: nil), actor: "quantri")
    }
    #expect(throws: LedgerError.invalidUsername("Bình")) {
      try ledger.record(
        .openAccount(username: "Bình", person: "Bình", role: .clerk, unit: nil), actor: "quantri")
    }
    #expect(try ledger.eventCount() == count)
    let payloads = try ledger.database.read { db in
      try String.fetchAll(db, sql: "SELECT payload FROM events")
    }
    #expect(!payloads.contains { $0.contains("$2b$") })
    #expect(try ledger.credentials(AccountName("binh.tt")!)?.1 == "$2b$04$abcdefghijklmnopqrstuv")
    try ledger.record(
      .disableAccount(username: "binh.tt", reason: "Chuyển công tác"), actor: "quantri")
    #expect(try ledger.account(AccountName("binh.tt")!)?.disabled == true)
    #expect(throws: LedgerError.accountDisabled("binh.tt")) {
      try ledger.record(
        .changeAccountRole(username: "binh.tt", role: .leader, unit: nil), actor: "quantri")
    }
  }

  @Test(
    "A ledger made before migration v3 gains account streams when opened, and still refuses other streams"
  )
  func migration() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("clearledger-v2-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("old.sqlite").path
    do {
      let queue = try DatabaseQueue(path: path)
      try LedgerSchema.migrator.migrate(queue, upTo: "v2")
      try queue.write { db in
        try db.execute(
          sql:
            "INSERT INTO ledger_meta (key, value) VALUES ('format', 'clearledger'), ('timezone', 'Asia/Ho_Chi_Minh')"
        )
      }
      try queue.close()
    }
    let clock = MovableClock(Fixtures.morning("05/01/2026"))
    let ledger = try Ledger.open(at: path, clock: clock.ledgerClock)
    try ledger.record(.registerPerson(name: "Hoàng Văn Em", code: nil), actor: "quantri")
    try ledger.record(
      .openAccount(username: "thanhtra", person: "Hoàng Văn Em", role: .inspector, unit: nil),
      actor: "quantri")
    #expect(try ledger.account(AccountName("thanhtra")!)?.role == .inspector)
    let integrity = try ledger.database.read { db in
      try String.fetchOne(db, sql: "PRAGMA integrity_check")
    }
    #expect(integrity == "ok")
    #expect(throws: (any Error).self) {
      try ledger.database.write { db in
        try db.execute(
          sql: """
            INSERT INTO events (position, stream, version, type, schema_version, effective, recorded,
              actor, payload, prev_hash, hash)
            VALUES (2, 'bogus:x', 1, 't', 1, '2026-01-05', '2026-01-05T02:00:00.000Z', 'a', '{}',
              (SELECT hash FROM events WHERE position = 1), printf('%064d', 7))
            """)
      }
    }
    #expect(try ledger.verify().isIntact)
  }
}
