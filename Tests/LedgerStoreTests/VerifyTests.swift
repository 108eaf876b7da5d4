import Foundation
import GRDB
import LedgerCore
import LedgerTestSupport
import Testing

@testable import LedgerStore

@Suite("Tamper evidence")
struct VerifyTests {
  /// A ledger of 10 events, with the update and delete triggers dropped as an attacker would.
  func tamperable() throws -> Ledger {
    let (ledger, _) = try Fixtures.ledger(at: "05/07/2026")
    try Fixtures.commune(ledger)
    try ledger.record(Fixtures.assign("A"), actor: "x", effective: Fixtures.day("05/01/2026"))
    try ledger.record(.startTask(TaskID("A")!, by: nil), actor: "x")
    try ledger.record(
      .reportProgress(TaskID("A")!, text: "Đã xong 50%", percent: 50, document: nil, by: nil),
      actor: "x")
    try ledger.record(
      .completeTask(TaskID("A")!, result: "Xong", evidence: nil, by: nil), actor: "x")
    #expect(
      try ledger.verify()
        == VerifyReport(
          events: 10, lastHash: try ledger.history(of: .task(TaskID("A")!)).last!.event.hash,
          problem: nil))
    try ledger.database.writeWithoutTransaction { db in
      try db.execute(
        sql: "DROP TRIGGER events_are_never_updated; DROP TRIGGER events_are_never_deleted")
    }
    return ledger
  }

  @Test("An edited payload is named by its position")
  func editedPayload() throws {
    let ledger = try tamperable()
    try ledger.database.write { db in
      try db.execute(
        sql:
          #"UPDATE events SET payload = '{"text":"Đã xong 90%","percent":90}' WHERE position = 9"#)
    }
    #expect(try ledger.verify().problem == .init(position: 9, kind: .alteredEvent))
  }

  @Test("An edited time or actor is named by its position")
  func editedEnvelope() throws {
    let ledger = try tamperable()
    try ledger.database.write { db in
      try db.execute(sql: "UPDATE events SET effective = '2026-06-01' WHERE position = 10")
    }
    #expect(try ledger.verify().problem == .init(position: 10, kind: .alteredEvent))
  }

  @Test("A deleted event breaks the chain where it was")
  func deletedEvent() throws {
    let ledger = try tamperable()
    try ledger.database.write { db in try db.execute(sql: "DELETE FROM events WHERE position = 4") }
    #expect(try ledger.verify().problem == .init(position: 4, kind: .missingPosition))
  }

  @Test("A swapped pair breaks the chain at the first of them")
  func swappedPair() throws {
    let ledger = try tamperable()
    try ledger.database.write { db in
      try db.execute(
        sql: """
          UPDATE events SET position = -1 WHERE position = 8;
          UPDATE events SET position = 8 WHERE position = 9;
          UPDATE events SET position = 9 WHERE position = -1;
          """)
    }
    #expect(try ledger.verify().problem == .init(position: 8, kind: .brokenLink))
  }

  @Test("A re-hashed edit is still caught at the next event")
  func rehashedEdit() throws {
    let ledger = try tamperable()
    try ledger.database.write { db in
      let row = try Row.fetchOne(
        db, sql: "SELECT \(EventRows.columns) FROM events WHERE position = 9")!
      var fields = EventRows.fields(row)
      fields.payload = #"{"percent":90,"text":"Đã xong 90%"}"#
      try db.execute(
        sql: "UPDATE events SET payload = ?, hash = ? WHERE position = 9",
        arguments: [fields.payload, HashChain.hash(fields)])
    }
    #expect(try ledger.verify().problem == .init(position: 10, kind: .brokenLink))
  }
}
