import Foundation
import LedgerCore
import LedgerProof
import LedgerTestSupport
import Testing

@testable import LedgerStore

/// The web server's own key: it signs what signed-in accounts record, naming the account, and
/// nothing else.
@Suite("The web server's key signs for accounts")
struct WebServerKeyTests {
  let server = try! SignerKey.named(SignerKey.personPrefix, seed: [UInt8](repeating: 7, count: 32))

  /// A commune with the server's key registered and Bình's head account open.
  func ledger() throws -> Ledger {
    let (ledger, _) = try Fixtures.ledger(at: "05/01/2026")
    try Fixtures.commune(ledger)
    try ledger.registerKey(
      server.verifier, person: "Máy chủ web UBND xã", webServer: true, actor: "Quản trị")
    try ledger.openAccount(
      .openAccount(username: "binh.tt", person: "Trần Thị Bình", role: .head, unit: "VHXH"),
      passwordHash: "$2b$04$placeholderplaceholderpl", actor: "Quản trị", effective: Fixtures.day("02/01/2026"))
    return ledger
  }

  @Test("An event it signs keeps the account's actor, carries the server's key id, and verifies")
  func signsForAccount() throws {
    let ledger = try ledger()
    let event = try ledger.with(signer: server).record(
      Fixtures.assign("A"), actor: "Trần Thị Bình (web: binh.tt)",
      effective: Fixtures.day("05/01/2026"))
    #expect(event.actor == "Trần Thị Bình (web: binh.tt)")
    #expect(event.signer == server.verifier.keyID)
    let report = try ledger.verify()
    #expect(report.isIntact)
    #expect(report.signed == 1)
    #expect(try ledger.keys().first { $0.keyID == server.verifier.keyID }?.webServer == true)
  }

  @Test(
    "It refuses to sign for anyone but an open account's own person, and writes nothing",
    arguments: [
      "Văn thư",  // the CLI's free-text actor
      "Người khác (web: binh.tt)",  // an account named with another person
      "Trần Thị Bình (web: khong.co)",  // no such account
    ])
  func refusesOthers(actor: String) throws {
    let ledger = try ledger()
    let before = try ledger.eventCount()
    #expect(throws: LedgerError.serverKeyWithoutAccount(actor: actor)) {
      try ledger.with(signer: server).record(Fixtures.assign("A"), actor: actor)
    }
    #expect(try ledger.eventCount() == before)
  }

  @Test("A disabled account is signed for no more; what it signed before still verifies")
  func disabledAccount() throws {
    let ledger = try ledger()
    let signed = ledger.with(signer: server)
    try signed.record(Fixtures.assign("A"), actor: "Trần Thị Bình (web: binh.tt)")
    try ledger.record(.disableAccount(username: "binh.tt", reason: "Nghỉ hưu"), actor: "Quản trị")
    #expect(throws: LedgerError.serverKeyWithoutAccount(actor: "Trần Thị Bình (web: binh.tt)")) {
      try signed.record(.startTask(TaskID("A")!, by: nil), actor: "Trần Thị Bình (web: binh.tt)")
    }
    #expect(try ledger.verify().isIntact)
  }

  @Test("A person's key still records as its person: only the server's key keeps the actor")
  func personKeyUnchanged() throws {
    let ledger = try ledger()
    let binh = try SignerKey.named(SignerKey.personPrefix, seed: [UInt8](repeating: 1, count: 32))
    try ledger.registerKey(binh.verifier, person: "Trần Thị Bình", actor: "Văn thư")
    let event = try ledger.with(signer: binh).record(
      Fixtures.assign("A"), actor: "Trần Thị Bình (web: binh.tt)")
    #expect(event.actor == "Trần Thị Bình")
  }
}
