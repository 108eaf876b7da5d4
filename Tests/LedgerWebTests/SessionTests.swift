import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LedgerCore
import LedgerStore
import LedgerTestSupport
import LedgerWeb
import Testing

@Suite("Sessions, sign-in and CSRF")
struct SessionTests {
  @Test("GET /healthz answers 200 with the event count")
  func health() async throws {
    let args = try WebFixture.arguments()
    let app = try await buildApplication(args)
    try await app.test(.router) { client in
      let (status, body) = try await client.get("/healthz", as: nil)
      #expect(status == .ok)
      #expect(body.contains("\"events\" : \(try args.ledger.eventCount())"))
    }
  }

  @Test(
    "Signing in gives a CSRF token and an HttpOnly, SameSite=Strict cookie; Secure on demand",
    arguments: [false, true])
  func cookie(secure: Bool) async throws {
    var args = try WebFixture.arguments()
    args.secureCookies = secure
    let app = try await buildApplication(args)
    try await app.test(.router) { client in
      let body = #"{"username": "binh.tt", "password": "\#(WebFixture.password)"}"#
      try await client.execute(
        uri: "/api/session", method: .post, headers: [.contentType: "application/json"],
        body: ByteBuffer(string: body)
      ) { response in
        #expect(response.status == .ok)
        let cookie = response.headers[.setCookie] ?? ""
        #expect(cookie.hasPrefix("clearledger_session="))
        #expect(cookie.contains("HttpOnly"))
        #expect(cookie.contains("SameSite=Strict"))
        #expect(cookie.contains("Secure") == secure)
        #expect(String(buffer: response.body).contains("csrf_token"))
      }
    }
  }

  @Test("Wrong credentials are a 401; the status list without a session is a 401")
  func wrongCredentials() async throws {
    let app = try await buildApplication(try WebFixture.arguments())
    try await app.test(.router) { client in
      let r1 = try await client.signIn("binh.tt", password: "sai-mat-khau")
      #expect(r1 == nil)
      let r2 = try await client.signIn("nobody", password: "whatever1")
      #expect(r2 == nil)
      let r3 = try await client.get("/api/status", as: nil).0
      #expect(r3 == .unauthorized)
    }
  }

  @Test("Five failures lock the account out, even with the right password, until 15 minutes pass")
  func lockout() async throws {
    let args = try WebFixture.arguments()
    let app = try await buildApplication(args)
    try await app.test(.router) { client in
      for _ in 0..<5 {
        let refused = try await client.signIn("binh.tt", password: "wrong-pass")
        #expect(refused == nil)
      }
      let body = #"{"username": "binh.tt", "password": "\#(WebFixture.password)"}"#
      try await client.execute(
        uri: "/api/session", method: .post, headers: [.contentType: "application/json"],
        body: ByteBuffer(string: body)
      ) { #expect($0.status == .tooManyRequests) }
      // After the window, the right password works again.
      args.sessionClock.advance(by: .seconds(15 * 60 + 1))
      let r4 = try await client.signIn("binh.tt")
      #expect(r4 != nil)
    }
  }

  @Test("A session expires after its lifetime without use")
  func expiry() async throws {
    let args = try WebFixture.arguments()
    let app = try await buildApplication(args)
    try await app.test(.router) { client in
      let user = try #require(try await client.signIn("thanhtra"))
      let r5 = try await client.get("/api/status", as: user).0
      #expect(r5 == .ok)
      args.sessionClock.advance(by: .seconds(3601))
      let r6 = try await client.get("/api/status", as: user).0
      #expect(r6 == .unauthorized)
    }
  }

  @Test("Signing out ends the session")
  func signOut() async throws {
    let app = try await buildApplication(try WebFixture.arguments())
    try await app.test(.router) { client in
      let user = try #require(try await client.signIn("thanhtra"))
      try await client.execute(uri: "/api/session", method: .delete, headers: user.headers()) {
        #expect($0.status == .noContent)
      }
      let r7 = try await client.get("/api/status", as: user).0
      #expect(r7 == .unauthorized)
    }
  }

  @Test("A disabled account's session stops working at once")
  func disabled() async throws {
    let args = try WebFixture.arguments()
    let app = try await buildApplication(args)
    try await app.test(.router) { client in
      let user = try #require(try await client.signIn("thuky"))
      try args.ledger.record(.disableAccount(username: "thuky", reason: nil), actor: "quantri")
      let r8 = try await client.get("/api/status", as: user).0
      #expect(r8 == .unauthorized)
      let r9 = try await client.signIn("thuky")
      #expect(r9 == nil)
      // The right password is told the account is disabled; a wrong one learns nothing.
      for (password, status, code) in [
        (WebFixture.password, HTTPResponse.Status.forbidden, "account_disabled"),
        ("sai-mat-khau", .unauthorized, "bad_credentials"),
      ] {
        let body = #"{"username": "thuky", "password": "\#(password)"}"#
        try await client.execute(
          uri: "/api/session", method: .post, headers: [.contentType: "application/json"],
          body: ByteBuffer(string: body)
        ) { response in
          #expect(response.status == status)
          #expect(String(buffer: response.body).contains(code))
        }
      }
    }
  }

  @Test(
    "A write without the CSRF token, or with a wrong one, is a 403 and leaves the file byte-identical",
    arguments: ["none", "wrong", "form"])
  func csrf(variant: String) async throws {
    let (ledger, _, folder) = try Fixtures.fileLedger(at: "05/01/2026")
    defer { try? FileManager.default.removeItem(at: folder) }
    try WebFixture.populate(ledger)
    let app = try await buildApplication(TestArguments(ledger: ledger))
    let files = ["ledger.sqlite", "ledger.sqlite-wal"].map { folder.appendingPathComponent($0) }
    try await app.test(.router) { client in
      var user = try #require(try await client.signIn("thuky"))
      let before = try files.map { try Data(contentsOf: $0) }
      let status: HTTPResponse.Status
      switch variant {
      case "none":
        status = try await client.post(
          "/api/tasks/A/reports", #"{"text": "x"}"#, as: user, csrf: false
        ).0
      case "wrong":
        user.csrf = "not-the-token"
        status = try await client.post("/api/tasks/A/reports", #"{"text": "x"}"#, as: user).0
      default:
        status = try await client.execute(
          uri: "/tasks/A/reports", method: .post,
          headers: [.cookie: user.cookie, .contentType: "application/x-www-form-urlencoded"],
          body: ByteBuffer(string: "text=x&csrf_token=forged")
        ) { $0.status }
      }
      let after = try files.map { try Data(contentsOf: $0) }
      #expect(status == .forbidden)
      #expect(after == before)
    }
  }
}
