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

  @Test("A log cut short after a checked point is named, with the events missing (trial)")
  func cutShort() throws {
    let ledger = try tamperable()
    let last = try #require(try ledger.history(of: .task(TaskID("A")!)).last?.event.hash)
    try ledger.database.write { db in
      try ledger.keepMark(ChainMark(size: 10, lastHash: last), in: db)
    }
    #expect(try ledger.verify().isIntact)
    try ledger.database.write { db in
      try db.execute(sql: "DELETE FROM events WHERE position >= 8")
    }
    // The chain left links and hashes; the point checked at 10 says three events are gone.
    let report = try ledger.verify()
    #expect(report.problem == .init(position: 8, kind: .missingEnd))
    #expect(report.keptSize == 10 && report.events == 7)
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

@Suite("Tamper evidence when the chain is checked in two halves")
struct SplitVerifyTests {
  /// Each tampering, checked in one run and split at every point: the same report.
  @Test(
    "Splitting the check anywhere finds what one run finds",
    arguments: [
      "none", "edit 9", "edit 5", "delete 4", "delete 6", "swap 5", "rehash 5", "drop last",
    ])
  func split(tampering: String) throws {
    let ledger = try VerifyTests().tamperable()
    try ledger.database.write { db in
      let parts = tampering.split(separator: " ")
      let at = parts.count > 1 ? Int64(parts[1]) ?? 0 : 0
      switch parts[0] {
      case "edit":
        try db.execute(
          sql: "UPDATE events SET actor = 'someone else' WHERE position = ?", arguments: [at])
      case "delete":
        try db.execute(sql: "DELETE FROM events WHERE position = ?", arguments: [at])
      case "swap":
        try db.execute(sql: "UPDATE events SET position = -1 WHERE position = ?", arguments: [at])
        try db.execute(
          sql: "UPDATE events SET position = ? WHERE position = ?", arguments: [at, at + 1])
        try db.execute(
          sql: "UPDATE events SET position = ? WHERE position = -1", arguments: [at + 1])
      case "rehash":
        let row = try Row.fetchOne(
          db, sql: "SELECT \(EventRows.columns) FROM events WHERE position = ?", arguments: [at])!
        var fields = EventRows.fields(row)
        fields.actor = "someone else"
        try db.execute(
          sql: "UPDATE events SET actor = ?, hash = ? WHERE position = ?",
          arguments: [fields.actor, HashChain.hash(fields), at])
      case "drop":
        try db.execute(sql: "DELETE FROM events WHERE position = 10")
      default:
        break
      }
    }
    let whole = try ledger.verify()
    if tampering != "none" { #expect(!whole.isIntact || tampering == "drop last") }
    for middle in Int64(0)...11 {
      #expect(try ledger.verify(splitAfter: middle) == whole, "split after \(middle)")
    }
  }
}

@Suite("Tamper evidence on two threads")
struct ParallelVerifyTests {
  @Test(
    "A ledger file checked in two halves at once gives the report one run gives",
    arguments: ["none", "edit 3", "edit 9", "delete 6"])
  func parallel(tampering: String) throws {
    let (ledger, _, folder) = try Fixtures.fileLedger(at: "05/07/2026")
    defer { try? FileManager.default.removeItem(at: folder) }
    try Fixtures.commune(ledger)
    for name in ["A", "B"] {
      try ledger.record(Fixtures.assign(name), actor: "x", effective: Fixtures.day("05/01/2026"))
      try ledger.record(.startTask(TaskID(name)!, by: nil), actor: "x")
    }
    try ledger.database.writeWithoutTransaction { db in
      try db.execute(
        sql: "DROP TRIGGER events_are_never_updated; DROP TRIGGER events_are_never_deleted")
      let parts = tampering.split(separator: " ")
      if parts[0] == "edit" {
        try db.execute(
          sql: "UPDATE events SET actor = 'y' WHERE position = ?", arguments: [Int64(parts[1])])
      } else if parts[0] == "delete" {
        try db.execute(sql: "DELETE FROM events WHERE position = ?", arguments: [Int64(parts[1])])
      }
    }
    let whole = try ledger.verify(parallelAbove: .max)
    #expect(whole.isIntact == (tampering == "none"))
    #expect(try ledger.verify(parallelAbove: 1) == whole)
  }
}
