import Foundation
import LedgerChain
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
      passwordHash: "$2b$04$placeholderplaceholderpl", actor: "Quản trị",
      effective: Fixtures.day("02/01/2026"))
    return ledger
  }

  @Test("An event it signs keeps the account's actor, carries the server's key id, and verifies")
  func signsForAccount() throws {
    let ledger = try ledger()
    try ledger.record(Fixtures.assign("A"), actor: "thuky")
    let event = try ledger.with(signer: server).record(
      .startTask(TaskID("A")!, by: nil), actor: "Trần Thị Bình (web: binh.tt)")
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

  @Test("It signs only what the account's role may record: not an inspector's, not another unit's")
  func roleChecked() throws {
    let ledger = try ledger()
    try ledger.record(.registerPerson(name: "Hoàng Văn Em", code: nil), actor: "Quản trị")
    try ledger.openAccount(
      .openAccount(username: "thanhtra", person: "Hoàng Văn Em", role: .inspector, unit: nil),
      passwordHash: "$2b$04$placeholderplaceholderpl", actor: "Quản trị")
    try ledger.record(Fixtures.assign("A"), actor: "thuky")
    try ledger.record(Fixtures.assign("B", lead: "CAX", support: []), actor: "thuky")
    let signed = ledger.with(signer: server)
    let before = try ledger.eventCount()
    #expect(
      throws: LedgerError.serverKeyBeyondRole(
        actor: "Hoàng Văn Em (web: thanhtra)", event: "task.started")
    ) {
      try signed.record(.startTask(TaskID("A")!, by: nil), actor: "Hoàng Văn Em (web: thanhtra)")
    }
    #expect(
      throws: LedgerError.serverKeyBeyondRole(
        actor: "Trần Thị Bình (web: binh.tt)", event: "task.started")
    ) {
      try signed.record(.startTask(TaskID("B")!, by: nil), actor: "Trần Thị Bình (web: binh.tt)")
    }
    #expect(try ledger.eventCount() == before)
    // Her own unit's task is hers to start.
    try signed.record(.startTask(TaskID("A")!, by: nil), actor: "Trần Thị Bình (web: binh.tt)")
    #expect(try ledger.verify().isIntact)
  }

  @Test("A disabled account is signed for no more; what it signed before still verifies")
  func disabledAccount() throws {
    let ledger = try ledger()
    let signed = ledger.with(signer: server)
    try ledger.record(Fixtures.assign("A"), actor: "thuky")
    try signed.record(.startTask(TaskID("A")!, by: nil), actor: "Trần Thị Bình (web: binh.tt)")
    try ledger.record(.disableAccount(username: "binh.tt", reason: "Nghỉ hưu"), actor: "Quản trị")
    #expect(throws: LedgerError.serverKeyWithoutAccount(actor: "Trần Thị Bình (web: binh.tt)")) {
      try signed.record(
        .reportProgress(TaskID("A")!, text: "Tiếp", percent: nil, document: nil, by: nil),
        actor: "Trần Thị Bình (web: binh.tt)")
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

  @Test(
    "A reader of an export (hub, proven import) accepts its events only when they name an account")
  func exportReader() throws {
    let ledger = try ledger()
    try ledger.record(Fixtures.assign("A"), actor: "thuky")
    try ledger.with(signer: server).record(
      .startTask(TaskID("A")!, by: nil), actor: "Trần Thị Bình (web: binh.tt)")
    var lines: [String] = []
    try ledger.exportEvents { lines.append($0) }
    var reader = EventLineReader(expected: 1, previous: HashChain.genesis)
    var keys = SignerKeys()
    var problems: [ProofProblem] = []
    var parsedLines: [EventLineReader.Parsed] = []
    for (index, line) in lines.enumerated() {
      guard let parsed = try reader.parse(line, line: index + 1) else { continue }
      if let problem = keys.problem(with: parsed) { problems.append(problem) }
      keys.learn(parsed.event)
      parsedLines.append(parsed)
    }
    #expect(problems.isEmpty)
    // The same signed line with its actor changed to a person is no longer the server's to sign.
    let last = try #require(parsedLines.last)
    #expect(last.event.signer == server.verifier.keyID)
    var renamed = last
    renamed.event.actor = "Trần Thị Bình"
    // Re-signed by the server's key itself, as a stolen server key would sign it.
    let event = renamed.event
    let fields = HashChain.Fields(
      position: event.position, stream: event.stream.description, version: event.version,
      type: event.event.typeName, schemaVersion: event.event.schemaVersion,
      effective: event.effective.iso, recorded: renamed.recorded, actor: event.actor,
      payload: renamed.payload, previousHash: event.previousHash, signer: event.signer,
      signature: nil, clock: event.fixedClock ? "fixed" : nil)
    renamed.event.signature = Data(try server.sign(HashChain.input(fields))).base64EncodedString()
    #expect(keys.problem(with: renamed) == .signerMismatch(position: UInt64(last.event.position)))
  }
}
