import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LedgerCore
import LedgerStore
import LedgerTestSupport
import LedgerWeb
import Testing

@Suite("Plan upload: preview, then confirm")
struct PlanUploadTests {
  static let plan = PlanFixtures.plan(
    rows: [
      .init("Xây dựng kho dữ liệu dân cư của xã"),
      .init("Số hóa hồ sơ hộ tịch", lead: "Công an xã", deadline: "Quý III/2026"),
    ])

  /// A multipart body with the plan file and form fields.
  static func multipart(_ fields: [(String, String)], file: String = plan) -> (String, ByteBuffer) {
    let boundary = "----clearledger-test-7d1"
    var body = ""
    for (name, value) in fields {
      body +=
        "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
    }
    body +=
      "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ke-hoach-49.txt\"\r\n"
      + "Content-Type: text/plain\r\n\r\n\(file)\r\n--\(boundary)--\r\n"
    return ("multipart/form-data; boundary=\(boundary)", ByteBuffer(string: body))
  }

  /// Posts the upload form as a signed-in user; returns the status and the page.
  static func upload(
    _ client: some TestClientProtocol, as user: SignedIn, csrf: String?
  ) async throws -> (HTTPResponse.Status, String) {
    // The fixture's ledger stands on 05/01/2026, before the plan's date: take effect today.
    let (type, body) = multipart((csrf.map { [("csrf_token", $0)] } ?? []) + [("on", "05/01/2026")])
    return try await client.execute(
      uri: "/plans/import", method: .post, headers: [.cookie: user.cookie, .contentType: type],
      body: body
    ) { ($0.status, String(buffer: $0.body)) }
  }

  static func confirm(
    _ client: some TestClientProtocol, as user: SignedIn, token: String, csrf: String?
  ) async throws -> (HTTPResponse.Status, String) {
    let form = (csrf.map { "csrf_token=\($0)&" } ?? "") + "token=\(token)"
    return try await client.execute(
      uri: "/plans/import/confirm", method: .post,
      headers: [.cookie: user.cookie, .contentType: "application/x-www-form-urlencoded"],
      body: ByteBuffer(string: form)
    ) { ($0.status, String(buffer: $0.body)) }
  }

  /// The confirmation token in a preview page.
  static func token(_ page: String) -> String? {
    guard let range = page.range(of: "name=\"token\" value=\"") else { return nil }
    return String(page[range.upperBound...].prefix { $0 != "\"" })
  }

  @Test(
    "An empty file is named as empty; a lead written without marks is the registered unit (trial)")
  func emptyFileAndBareLead() async throws {
    let args = try WebFixture.arguments()
    let before = try args.ledger.eventCount()
    let app = try await buildApplication(args)
    try await app.test(.router) { client in
      let clerk = try #require(try await client.signIn("thuky"))
      let (emptyType, emptyBody) = Self.multipart(
        [("csrf_token", clerk.csrf), ("on", "05/01/2026")], file: "")
      try await client.execute(
        uri: "/plans/import", method: .post,
        headers: [.cookie: clerk.cookie, .contentType: emptyType], body: emptyBody
      ) { response in
        #expect(response.status == .badRequest)
        #expect(String(buffer: response.body).contains("“ke-hoach-49.txt” rỗng (0 byte)"))
      }
      // "Phong Van hoa - Xa hoi" is VHXH, not a unit to create beside it.
      let bare = PlanFixtures.plan(rows: [.init("Số hóa hồ sơ", lead: "Phong Van hoa - Xa hoi")])
      let (type, body) = Self.multipart(
        [("csrf_token", clerk.csrf), ("on", "05/01/2026")], file: bare)
      try await client.execute(
        uri: "/plans/import", method: .post, headers: [.cookie: clerk.cookie, .contentType: type],
        body: body
      ) { response in
        let page = String(buffer: response.body)
        #expect(response.status == .ok, "\(page)")
        #expect(!page.contains("<li>Phong Van hoa - Xa hoi</li>"), "\(page)")
      }
    }
    #expect(try args.ledger.eventCount() == before)
  }

  @Test(
    "Clerks and leaders may upload a plan; other roles get a 403 and nothing is written",
    arguments: AccountRole.allCases)
  func roles(role: AccountRole) async throws {
    let args = try WebFixture.arguments()
    let before = try args.ledger.eventCount()
    let app = try await buildApplication(args)
    try await app.test(.router) { client in
      let user = try #require(try await client.signIn(WebFixture.username(role)))
      let (formStatus, _) = try await client.get("/plans/import", as: user)
      let (status, page) = try await Self.upload(client, as: user, csrf: user.csrf)
      if [.clerk, .leader].contains(role) {
        #expect(formStatus == .ok)
        #expect(status == .ok, "\(page)")
        #expect(page.contains("Xây dựng kho dữ liệu dân cư của xã"))
      } else {
        #expect(formStatus == .forbidden)
        #expect(status == .forbidden)
      }
      #expect(try args.ledger.eventCount() == before)
    }
  }

  @Test("The preview writes nothing; confirming records what it showed, as the account")
  func previewThenConfirm() async throws {
    let (ledger, _, folder) = try Fixtures.fileLedger(at: "05/01/2026")
    defer { try? FileManager.default.removeItem(at: folder) }
    try WebFixture.populate(ledger)
    let app = try await buildApplication(TestArguments(ledger: ledger))
    let files = ["ledger.sqlite", "ledger.sqlite-wal"].map { folder.appendingPathComponent($0) }
    try await app.test(.router) { client in
      let clerk = try #require(try await client.signIn("thuky"))
      let before = try files.map { try Data(contentsOf: $0) }
      let count = try ledger.eventCount()
      let (status, preview) = try await Self.upload(client, as: clerk, csrf: clerk.csrf)
      #expect(status == .ok)
      #expect(try files.map { try Data(contentsOf: $0) } == before)
      let events = try #require(
        preview.range(of: "id=\"event-count\">").map {
          Int(preview[$0.upperBound...].prefix { $0.isNumber })
        } ?? nil)
      #expect(events > 2)
      // The preview shows who answers and what is expected of each task (trial: thin).
      #expect(preview.contains(#"<th scope="col">Chức danh</th><th scope="col">Kết quả</th>"#))
      #expect(preview.contains("Số sự kiện sẽ ghi"))
      let token = try #require(Self.token(preview))
      // Without the CSRF token, or by another account, the confirmation writes nothing.
      let (noToken, _) = try await Self.confirm(client, as: clerk, token: token, csrf: nil)
      #expect(noToken == .forbidden)
      let leader = try #require(try await client.signIn("an.nv"))
      let (stranger, _) = try await Self.confirm(
        client, as: leader, token: token, csrf: leader.csrf)
      #expect(stranger == .badRequest)
      #expect(try files.map { try Data(contentsOf: $0) } == before)
      // Confirmed: the events the preview counted, recorded by the clerk through the web.
      let (done, page) = try await Self.confirm(client, as: clerk, token: token, csrf: clerk.csrf)
      #expect(done == .ok)
      #expect(page.contains("id=\"plan-tasks\""))
      // Said as done, not as to be done (trial).
      #expect(page.contains("Số sự kiện đã ghi") && !page.contains("Số sự kiện sẽ ghi"), "\(page)")
      #expect(try ledger.eventCount() == count + events)
      let (_, tasks) = try await client.get("/tasks?q=kho+du+lieu+dan+cu", as: clerk)
      #expect(tasks.contains("Xây dựng kho dữ liệu dân cư của xã"))
      let (_, audit) = try await client.get("/audit", as: leader)
      #expect(audit.contains("Phạm Thị Dung (web: thuky)"))
      // The token is used up: confirming again writes nothing more, and says it was imported
      // (trial: "the preview has expired").
      let (again, againPage) = try await Self.confirm(
        client, as: clerk, token: token, csrf: clerk.csrf)
      #expect(again == .conflict)
      #expect(againPage.contains("already_imported"), "\(againPage)")
      #expect(try ledger.eventCount() == count + events)
    }
  }

  @Test("An upload without the CSRF token is a 403; a file that is no plan is refused")
  func refusals() async throws {
    let (ledger, _, folder) = try Fixtures.fileLedger(at: "05/01/2026")
    defer { try? FileManager.default.removeItem(at: folder) }
    try WebFixture.populate(ledger)
    let app = try await buildApplication(TestArguments(ledger: ledger))
    let files = ["ledger.sqlite", "ledger.sqlite-wal"].map { folder.appendingPathComponent($0) }
    try await app.test(.router) { client in
      let clerk = try #require(try await client.signIn("thuky"))
      let before = try files.map { try Data(contentsOf: $0) }
      let (status, _) = try await Self.upload(client, as: clerk, csrf: nil)
      #expect(status == .forbidden)
      let (type, body) = Self.multipart([("csrf_token", clerk.csrf)], file: "\u{0}\u{1}PK??")
      let refused = try await client.execute(
        uri: "/plans/import", method: .post, headers: [.cookie: clerk.cookie, .contentType: type],
        body: body
      ) { $0.status }
      #expect(refused != .ok)
      #expect(try files.map { try Data(contentsOf: $0) } == before)
    }
  }
}
