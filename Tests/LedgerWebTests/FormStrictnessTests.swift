import Foundation
import Hummingbird
import HummingbirdTesting
import LedgerCore
import LedgerTestSupport
import LedgerWeb
import Testing

/// A form is read as strictly as a JSON body (trial: an unknown field was ignored, a doubled
/// one kept its last value, and a CSRF token in the address was taken).
@Suite("Web: forms as strict as JSON")
struct FormStrictnessTests {
  func post(
    _ client: some TestClientProtocol, _ uri: String, _ form: String, _ user: SignedIn
  ) async throws -> (HTTPResponse.Status, String) {
    try await client.execute(
      uri: uri, method: .post,
      headers: [.cookie: user.cookie, .contentType: "application/x-www-form-urlencoded"],
      body: ByteBuffer(string: form)
    ) { ($0.status, String(buffer: $0.body)) }
  }

  @Test("An unknown or doubled form field is refused, and a token in the address is no token")
  func strictForms() async throws {
    let args = try WebFixture.arguments()
    let app = try await buildApplication(args)
    try await app.test(.router) { client in
      let head = try #require(try await client.signIn("binh.tt"))
      let before = try args.ledger.eventCount()
      let extra = try await post(
        client, "/tasks/A/reports",
        "csrf_token=\(head.csrf)&text=x&actor=Nguy%E1%BB%85n+V%C4%83n+An", head)
      #expect(extra.0 == .badRequest && extra.1.contains("unknown_field"), "\(extra.1)")
      let doubled = try await post(
        client, "/tasks/A/reports", "csrf_token=\(head.csrf)&text=a&text=b", head)
      #expect(doubled.0 == .badRequest && doubled.1.contains("repeated_field"), "\(doubled.1)")
      let inAddress = try await post(
        client, "/tasks/A/reports?csrf_token=\(head.csrf)", "text=formq", head)
      #expect(inAddress.0 == .forbidden, "\(inAddress.1)")
      #expect(try args.ledger.eventCount() == before)
      // The page's own form, with its version, is taken.
      let (_, page) = try await client.get("/tasks/A", as: head)
      let version = try #require(
        page.firstMatch(of: #/name="expect_version" value="(\d+)"/#).map { String($0.1) })
      let taken = try await post(
        client, "/tasks/A/reports", "csrf_token=\(head.csrf)&expect_version=\(version)&text=ok",
        head)
      #expect(taken.0 == .seeOther, "\(taken.1)")
    }
  }

  @Test("The clerk's forms name who did the work, as the CLI's --by does (trial: no field)")
  func clerkNamesPerformer() async throws {
    let args = try WebFixture.arguments()
    let app = try await buildApplication(args)
    try await app.test(.router) { client in
      let clerk = try #require(try await client.signIn("thuky"))
      let (_, page) = try await client.get("/tasks/A", as: clerk)
      #expect(page.contains(#"<input id="report-by" name="by">"#), "\(page)")
      // A head records as themself: no such field on their page.
      let head = try #require(try await client.signIn("binh.tt"))
      let (_, own) = try await client.get("/tasks/A", as: head)
      #expect(!own.contains(#"id="report-by""#))
      let version = try #require(
        page.firstMatch(of: #/name="expect_version" value="(\d+)"/#).map { String($0.1) })
      let named = try await post(
        client, "/tasks/A/reports",
        "csrf_token=\(clerk.csrf)&expect_version=\(version)&text=B%C3%A1o+c%C3%A1o+gi%E1%BA%A5y"
          + "&by=Tr%E1%BA%A7n+Th%E1%BB%8B+B%C3%ACnh", clerk)
      #expect(named.0 == .seeOther, "\(named.1)")
      let (_, after) = try await client.get("/tasks/A", as: clerk)
      #expect(after.contains("Trần Thị Bình"), "\(after)")
      let history = try args.ledger.history(of: .task(TaskID("A")!))
      #expect(history.last?.event.event.payload.performer == "Trần Thị Bình")
      // Left empty, the report is the office's, with nobody named.
      let next = try #require(
        after.firstMatch(of: #/name="expect_version" value="(\d+)"/#).map { String($0.1) })
      let blank = try await post(
        client, "/tasks/A/reports",
        "csrf_token=\(clerk.csrf)&expect_version=\(next)&text=Kh%C3%A1c&by=", clerk)
      #expect(blank.0 == .seeOther, "\(blank.1)")
      #expect(
        try args.ledger.history(of: .task(TaskID("A")!)).last?.event.event.payload.performer == nil)
    }
  }

  @Test("A refused form's page links back to its task and names the code as a code (trial)")
  func refusalLinksBack() async throws {
    let args = try WebFixture.arguments()
    let app = try await buildApplication(args)
    try await app.test(.router) { client in
      let head = try #require(try await client.signIn("binh.tt"))
      let (_, page) = try await client.get("/tasks/A", as: head)
      let version = try #require(
        page.firstMatch(of: #/name="expect_version" value="(\d+)"/#).map { String($0.1) })
      let refused = try await post(
        client, "/tasks/A/reports",
        "csrf_token=\(head.csrf)&expect_version=\(version)&text=x&percent=150", head)
      #expect(refused.0 == .unprocessableContent, "\(refused.1)")
      #expect(refused.1.contains(#"<a href="/tasks/A">Quay lại nhiệm vụ A</a>"#), "\(refused.1)")
      #expect(refused.1.contains("Mã lỗi: percent_out_of_range"), "\(refused.1)")
    }
  }

  @Test("A bidi override in the ledger's text is shown escaped on a page, exact in JSON")
  func bidiOnPages() async throws {
    let args = try WebFixture.arguments()
    let app = try await buildApplication(args)
    try await app.test(.router) { client in
      let head = try #require(try await client.signIn("binh.tt"))
      let (status, body) = try await client.post(
        "/api/tasks/A/reports", #"{"text": "Xong \u202Ecba"}"#, as: head)
      #expect(status == .created, "\(body)")
      #expect(body.contains("Xong \u{202E}cba"), "JSON keeps the text exact")
      let (_, page) = try await client.get("/tasks/A", as: head)
      #expect(!page.unicodeScalars.contains { $0.value == 0x202E }, "a raw override")
      #expect(page.contains("Xong \\u{202E}cba"), "\(page)")
    }
  }
}
