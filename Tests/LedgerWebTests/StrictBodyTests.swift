import Foundation
import Hummingbird
import HummingbirdTesting
import LedgerCore
import LedgerTestSupport
import Testing
import Yams

@testable import LedgerWeb

/// A write's JSON body is held to `Schemas/openapi.yaml`: a member the action does not take, or
/// a member of the wrong type, is refused by name and nothing is written — never dropped.
@Suite("JSON API: strict bodies")
struct StrictBodyTests {
  @Test("Each action accepts exactly the members its request schema in openapi.yaml describes")
  func fieldsMatchTheDocument() throws {
    let document = try OpenAPIConformanceTests.document()
    let paths = try #require(document["paths"] as? [String: Any])
    for kind in TaskActionKind.allCases {
      let operation = try #require(
        (paths["/api/tasks/{id}/\(kind.rawValue)"] as? [String: Any])?["post"] as? [String: Any],
        "\(kind.rawValue)")
      let body = try #require(operation["requestBody"] as? [String: Any])
      let content = try #require(
        (body["content"] as? [String: Any])?["application/json"] as? [String: Any])
      let schema = try #require(
        try OpenAPIConformanceTests.inline(content["schema"], in: document) as? [String: Any])
      let properties = try #require(schema["properties"] as? [String: Any])
      #expect(Set(properties.keys) == kind.fields, "\(kind.rawValue)")
    }
  }

  @Test("A misspelt member, a member of another action or a percent in quotes is a 400 naming it")
  func refusedByName() async throws {
    let args = try WebFixture.arguments()
    let app = try await buildApplication(args)
    try await app.test(.router) { client in
      let clerk = try #require(try await client.signIn("thuky"))
      for (path, body, named) in [
        ("/api/tasks/A/reports", #"{"text": "Đã làm", "percnt": 50}"#, "“percnt”"),
        ("/api/tasks/A/reports", #"{"text": "Đã làm", "to": "31/12/2026"}"#, "“to”"),
        (
          "/api/tasks/A/extensions", #"{"to": "31/12/2026", "reason": "x", "approvedBy": "A"}"#,
          "“approvedBy”"
        ),
        ("/api/tasks/A/reports", #"{"text": "Đã làm", "percent": "50"}"#, "“percent”"),
        ("/api/tasks/A/reports", #"["text"]"#, "JSON"),
      ] {
        let (status, answer) = try await client.post(path, body, as: clerk)
        #expect(status == .badRequest, "\(body)")
        #expect(answer.contains(named), "\(body): \(answer)")
      }
      // The accepted spelling of the same report is recorded.
      let (status, _) = try await client.post(
        "/api/tasks/A/reports", #"{"text": "Đã làm", "percent": 50}"#, as: clerk)
      #expect(status == .created)
    }
  }

  @Test("A refused body leaves the ledger file byte-identical")
  func refusalWritesNothing() async throws {
    let (ledger, _, folder) = try Fixtures.fileLedger(at: "05/01/2026")
    defer { try? FileManager.default.removeItem(at: folder) }
    try WebFixture.populate(ledger)
    let app = try await buildApplication(TestArguments(ledger: ledger))
    try await app.test(.router) { client in
      let clerk = try #require(try await client.signIn("thuky"))
      let before = try Self.bytes(ledger.path)
      for body in [#"{"text": "x", "percnt": 5}"#, #"{"text": "x", "percent": "5"}"#] {
        let (status, _) = try await client.post("/api/tasks/A/reports", body, as: clerk)
        #expect(status == .badRequest)
      }
      #expect(try Self.bytes(ledger.path) == before)
    }
  }

  /// The ledger's bytes as written: the file and its write-ahead log, when there is one.
  static func bytes(_ path: String) throws -> Data {
    var data = try Data(contentsOf: URL(fileURLWithPath: path))
    if let wal = FileManager.default.contents(atPath: path + "-wal") { data.append(wal) }
    return data
  }
}
