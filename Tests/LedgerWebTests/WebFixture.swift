import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LedgerCore
import LedgerStore
import LedgerTestSupport
import LedgerWeb

/// The test's arguments: an in-memory (or file) ledger with a fixed clock, a manual session
/// clock, and no delay after a failed sign-in.
struct TestArguments: WebArguments {
  var hostname = "127.0.0.1"
  var port = 0
  var ledger: Ledger
  var secureCookies = false
  var sessionLifetime: Duration = .seconds(3600)
  var sessionClock = ManualClock()
  var failedSignInDelay: Duration = .zero
}

/// A commune with two tasks (A led by VHXH, B led by CAX) and one account per role.
enum WebFixture {
  static let password = "mật-khẩu-đủ-dài"

  /// The accounts: username, person, role, unit.
  static let accounts: [(String, String, AccountRole, String?)] = [
    ("thuky", "Phạm Thị Dung", .clerk, nil),
    ("binh.tt", "Trần Thị Bình", .head, "VHXH"),
    ("an.nv", "Nguyễn Văn An", .leader, nil),
    ("thanhtra", "Hoàng Văn Em", .inspector, nil),
    ("quantri", "Vũ Văn Giang", .admin, nil),
  ]

  /// The username holding a role.
  static func username(_ role: AccountRole) -> String {
    accounts.first { $0.2 == role }!.0
  }

  /// Fills a ledger: the commune, tasks A and B, the accounts (bcrypt cost 4, for speed).
  static func populate(_ ledger: Ledger) throws {
    try Fixtures.commune(ledger)
    // The people of the accounts who head no unit: an account is for a person of the ledger.
    for person in ["Phạm Thị Dung", "Hoàng Văn Em", "Vũ Văn Giang"] {
      try ledger.record(
        .registerPerson(name: person, code: nil), actor: "quantri",
        effective: Fixtures.day("02/01/2026"))
    }
    try ledger.record(Fixtures.assign("A"), actor: "thuky", effective: Fixtures.day("02/01/2026"))
    try ledger.record(
      Fixtures.assign("B", lead: "CAX", support: []), actor: "thuky",
      effective: Fixtures.day("02/01/2026"))
    for (name, person, role, unit) in accounts {
      try ledger.openAccount(
        .openAccount(username: name, person: person, role: role, unit: unit),
        passwordHash: Passwords.hash(password, cost: 4), actor: "quantri",
        effective: Fixtures.day("02/01/2026"))
    }
  }

  /// Arguments over a populated in-memory ledger on 05/01/2026.
  static func arguments() throws -> TestArguments {
    let (ledger, _) = try Fixtures.ledger(at: "05/01/2026")
    try populate(ledger)
    return TestArguments(ledger: ledger)
  }
}

/// A signed-in session as the test client carries it.
struct SignedIn: Equatable {
  var cookie: String
  var csrf: String

  /// Headers for a request: the cookie, and the CSRF token unless left out.
  func headers(csrf withToken: Bool = true, json: Bool = true) -> HTTPFields {
    var fields: HTTPFields = [.cookie: cookie]
    if withToken { fields[HTTPField.Name("X-CSRF-Token")!] = csrf }
    if json { fields[.contentType] = "application/json" }
    return fields
  }
}

extension TestClientProtocol {
  /// Signs in through the API; nil when refused.
  func signIn(_ username: String, password: String = WebFixture.password) async throws
    -> SignedIn?
  {
    let body = #"{"username": "\#(username)", "password": "\#(password)"}"#
    return try await execute(
      uri: "/api/session", method: .post, headers: [.contentType: "application/json"],
      body: ByteBuffer(string: body)
    ) { response in
      guard response.status == .ok,
        let setCookie = response.headers[.setCookie],
        let pair = setCookie.split(separator: ";").first,
        let object = try JSONSerialization.jsonObject(with: Data(buffer: response.body))
          as? [String: Any],
        let csrf = object["csrf_token"] as? String
      else { return nil }
      return SignedIn(cookie: String(pair), csrf: csrf)
    }
  }

  /// Posts JSON as a signed-in user; returns the status and the body.
  func post(_ uri: String, _ json: String, as user: SignedIn, csrf: Bool = true) async throws
    -> (HTTPResponse.Status, String)
  {
    try await execute(
      uri: uri, method: .post, headers: user.headers(csrf: csrf),
      body: ByteBuffer(string: json)
    ) { ($0.status, String(buffer: $0.body)) }
  }

  /// Gets a path as a signed-in user (or nobody); returns the status and the body.
  func get(_ uri: String, as user: SignedIn?) async throws -> (HTTPResponse.Status, String) {
    try await execute(
      uri: uri, method: .get, headers: user.map { [.cookie: $0.cookie] } ?? [:]
    ) { ($0.status, String(buffer: $0.body)) }
  }
}
