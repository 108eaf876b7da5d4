import Foundation
import Hummingbird
import HummingbirdTesting
import LedgerCore
import LedgerTestSupport
import Testing

@testable import LedgerWeb

/// A write's JSON body must carry the members its request schema in `Schemas/openapi.yaml`
/// requires: one missing is a 400 `missing_field` naming it, before anything is decided, and
/// nothing is written.
@Suite("JSON API: required members")
struct RequiredMembersTests {
  /// The `required:` list of the JSON request schema at `path`.
  static func required(_ path: String, in document: [String: Any]) throws -> Set<String> {
    let paths = try #require(document["paths"] as? [String: Any])
    let operation = try #require(
      (paths[path] as? [String: Any])?["post"] as? [String: Any], "\(path)")
    let body = try #require(operation["requestBody"] as? [String: Any])
    let content = try #require(
      (body["content"] as? [String: Any])?["application/json"] as? [String: Any])
    let schema = try #require(
      try OpenAPIConformanceTests.inline(content["schema"], in: document) as? [String: Any])
    return Set(schema["required"] as? [String] ?? [])
  }

  @Test("Each action requires exactly the members its request schema in openapi.yaml requires")
  func requiredMatchTheDocument() throws {
    let document = try OpenAPIConformanceTests.document()
    for kind in TaskActionKind.allCases {
      #expect(
        try Self.required("/api/tasks/{id}/\(kind.rawValue)", in: document) == kind.requiredFields,
        "\(kind.rawValue)")
    }
    #expect(
      try Self.required("/api/session", in: document)
        == SessionAPIController.Credentials.members)
    // The CLI's `task complete` takes neither --result nor --evidence as required.
    #expect(TaskActionKind.completions.requiredFields.isEmpty)
  }

  @Test("Each required member left out is a 400 missing_field naming it; nothing is written")
  func missingMemberRefused() async throws {
    let (ledger, _, folder) = try Fixtures.fileLedger(at: "05/01/2026")
    defer { try? FileManager.default.removeItem(at: folder) }
    try WebFixture.populate(ledger)
    let document = try OpenAPIConformanceTests.document()
    let requiredByKind = try TaskActionKind.allCases.map {
      ($0, try Self.required("/api/tasks/{id}/\($0.rawValue)", in: document))
    }
    let app = try await buildApplication(TestArguments(ledger: ledger))
    try await app.test(.router) { client in
      let leader = try #require(try await client.signIn("an.nv"))
      let before = try StrictBodyTests.bytes(ledger.path)
      var checked = 0
      for (kind, required) in requiredByKind {
        for member in required {
          let others = required.subtracting([member]).sorted()
            .map { #""\#($0)": "\#($0 == "position" ? "1" : "31/12/2026")""# }
          let body = "{" + others.joined(separator: ", ") + "}"
          let (status, answer) = try await client.post(
            "/api/tasks/A/\(kind.rawValue)", body, as: leader)
          #expect(status == .badRequest, "\(kind.rawValue) \(body): \(answer)")
          #expect(answer.contains("\"missing_field\""), "\(kind.rawValue): \(answer)")
          #expect(answer.contains("“\(member)”"), "\(kind.rawValue): \(answer)")
          checked += 1
        }
      }
      #expect(checked == 10)
      #expect(try StrictBodyTests.bytes(ledger.path) == before)
    }
  }

  @Test("An extension without `to` is a 400 naming `to`, not an invalid date")
  func extensionWithoutTo() async throws {
    let app = try await buildApplication(try WebFixture.arguments())
    try await app.test(.router) { client in
      let leader = try #require(try await client.signIn("an.nv"))
      let (status, answer) = try await client.post(
        "/api/tasks/A/extensions", #"{"reason": "x"}"#, as: leader)
      #expect(status == .badRequest)
      #expect(answer.contains("Thiếu trường “to”"), "\(answer)")
      #expect(!answer.contains("invalid_date"), "\(answer)")
    }
  }

  @Test("A sign-in body with a wrong member name is unknown_field, one without password missing")
  func strictSessionBody() async throws {
    let app = try await buildApplication(try WebFixture.arguments())
    try await app.test(.router) { client in
      for (body, code, named) in [
        (#"{"user": "binh.tt", "password": "x"}"#, "unknown_field", "“user”"),
        (#"{"username": "binh.tt"}"#, "missing_field", "“password”"),
      ] {
        let (status, answer) = try await client.execute(
          uri: "/api/session", method: .post, headers: [.contentType: "application/json"],
          body: ByteBuffer(string: body)
        ) { ($0.status, String(buffer: $0.body)) }
        #expect(status == .badRequest, "\(body)")
        #expect(answer.contains("\"\(code)\""), "\(body): \(answer)")
        #expect(answer.contains(named), "\(body): \(answer)")
        #expect(!answer.contains("không đúng kiểu"), "\(answer)")
      }
    }
  }
}
