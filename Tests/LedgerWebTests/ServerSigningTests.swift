import Foundation
import Hummingbird
import HummingbirdTesting
import LedgerCore
import LedgerProof
import LedgerStore
import LedgerWeb
import Testing

/// With the web server's key, every web write is signed on the account's behalf and names the
/// account; under `require_signatures` the server records nothing without it.
@Suite("Web: the server signs for the account")
struct ServerSigningTests {
  let server = try! SignerKey.named(SignerKey.personPrefix, seed: [UInt8](repeating: 9, count: 32))
  /// The chair's own key, which requires signatures (and so keeps the keys).
  let chair = try! SignerKey.named(SignerKey.personPrefix, seed: [UInt8](repeating: 8, count: 32))

  /// Requires signatures, signed with the chair's key.
  func requireSignatures(_ ledger: Ledger) throws {
    try ledger.registerKey(chair.verifier, person: "Nguyễn Văn An", actor: "quantri")
    try ledger.with(signer: chair).record(.adoptPolicy(.requireSignatures), actor: "quantri")
  }

  @Test("A report through the web is signed by the server's key and names the head's account")
  func signedReport() async throws {
    let args = try WebFixture.arguments()
    try args.ledger.registerKey(
      server.verifier, person: "Máy chủ web", webServer: true, actor: "quantri")
    try requireSignatures(args.ledger)
    var signing = args
    signing.ledger = args.ledger.with(signer: server)
    let app = try await buildApplication(signing)
    try await app.test(.router) { client in
      let head = try #require(try await client.signIn("binh.tt"))
      let (status, body) = try await client.post(
        "/api/tasks/A/reports", #"{"text": "Đã kết nối 3/5 CSDL", "percent": 60}"#, as: head)
      #expect(status == .created, "\(body)")
      let last = try #require(try args.ledger.history(of: .task(TaskID("A")!)).last)
      #expect(last.event.actor == "Trần Thị Bình (web: binh.tt)")
      #expect(last.event.signer == server.verifier.keyID)
      let report = try args.ledger.verify()
      #expect(report.isIntact)
      #expect(report.signed == 2)
      // The inspector's audit page shows which key signed it, and that the others are not.
      let inspector = try #require(try await client.signIn("thanhtra"))
      let (_, audit) = try await client.get("/audit", as: inspector)
      #expect(
        audit.contains(
          "Trần Thị Bình (web: binh.tt)</a></td><td>\(server.verifier.keyID)</td>"))
      #expect(audit.contains("<td>không ký</td>"))
    }
  }

  @Test("Under require_signatures a server without its key records nothing, with the reason")
  func unsignedRefused() async throws {
    let args = try WebFixture.arguments()
    try requireSignatures(args.ledger)
    let before = try args.ledger.eventCount()
    let app = try await buildApplication(args)
    try await app.test(.router) { client in
      let head = try #require(try await client.signIn("binh.tt"))
      let (status, body) = try await client.post(
        "/api/tasks/A/reports", #"{"text": "Đã kết nối"}"#, as: head)
      #expect(status == .unprocessableContent, "\(body)")
      #expect(body.contains("signature_required"))
      #expect(try args.ledger.eventCount() == before)
    }
  }
}
