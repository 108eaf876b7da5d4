import Foundation
import Hummingbird
import HummingbirdTesting
import LedgerTestSupport
import LedgerWeb
import Testing
import Yams

/// Answers checked against `Schemas/openapi.yaml`: each response body validates against the
/// schema the document declares for its path, method and status.
@Suite("OpenAPI conformance")
struct OpenAPIConformanceTests {
  /// The OpenAPI document, as JSON-like values.
  static func document() throws -> [String: Any] {
    let text = try String(contentsOf: Fixtures.schemaURL("openapi.yaml"), encoding: .utf8)
    return try #require(try Yams.load(yaml: text) as? [String: Any])
  }

  /// The schema for a response, with every `$ref` replaced by what it names.
  static func schema(_ document: [String: Any], path: String, method: String, status: Int) throws
    -> [String: Any]
  {
    let paths = try #require(document["paths"] as? [String: Any])
    let operation = try #require((paths[path] as? [String: Any])?[method] as? [String: Any])
    var response = try #require(
      (operation["responses"] as? [String: Any])?[String(status)] as? [String: Any])
    if let ref = response["$ref"] as? String { response = try resolve(ref, in: document) }
    let content = try #require(
      (response["content"] as? [String: Any])?["application/json"] as? [String: Any])
    return try #require(try inline(content["schema"], in: document) as? [String: Any])
  }

  static func resolve(_ ref: String, in document: [String: Any]) throws -> [String: Any] {
    if !ref.hasPrefix("#/") {
      let data = try Data(contentsOf: Fixtures.schemaURL(ref))
      return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }
    var node: Any = document
    for part in ref.dropFirst(2).split(separator: "/") {
      node = try #require((node as? [String: Any])?[String(part)])
    }
    return try #require(node as? [String: Any])
  }

  static func inline(_ value: Any?, in document: [String: Any]) throws -> Any? {
    if let object = value as? [String: Any] {
      if let ref = object["$ref"] as? String {
        return try inline(try resolve(ref, in: document), in: document)
      }
      var out: [String: Any] = [:]
      for (key, child) in object { out[key] = try inline(child, in: document) }
      return out
    }
    if let array = value as? [Any] { return try array.map { try inline($0, in: document) as Any } }
    return value
  }

  /// Checks one answer against the document.
  static func check(_ body: String, path: String, method: String, status: Int) throws {
    let schema = try schema(try document(), path: path, method: method, status: status)
    let violations = try SchemaValidator(schema: schema).violations(of: Data(body.utf8))
    #expect(violations.isEmpty, "\(method.uppercased()) \(path) \(status): \(violations)")
  }

  @Test("Every documented answer of a short session validates against the OpenAPI document")
  func session() async throws {
    let app = try await buildApplication(try WebFixture.arguments())
    try await app.test(.router) { client in
      let (healthStatus, health) = try await client.get("/healthz", as: nil)
      try Self.check(health, path: "/healthz", method: "get", status: healthStatus.code)
      let body = #"{"username": "binh.tt", "password": "\#(WebFixture.password)"}"#
      let signIn = try await client.execute(
        uri: "/api/session", method: .post, headers: [.contentType: "application/json"],
        body: ByteBuffer(string: body)
      ) { String(buffer: $0.body) }
      try Self.check(signIn, path: "/api/session", method: "post", status: 200)
      let (badStatus, bad) = try await client.get("/api/status", as: nil)
      try Self.check(bad, path: "/api/status", method: "get", status: badStatus.code)
      let (noSession, none) = try await client.get("/api/session", as: nil)
      #expect(noSession == .unauthorized)
      try Self.check(none, path: "/api/session", method: "get", status: 401)
      let head = try #require(try await client.signIn("binh.tt"))
      // Who is signed in, in which role and unit (trial: a client could not learn it).
      let (whoStatus, who) = try await client.get("/api/session", as: head)
      try Self.check(who, path: "/api/session", method: "get", status: whoStatus.code)
      #expect(who.contains("\"role\" : \"head\"") || who.contains("\"role\":\"head\""), "\(who)")
      #expect(who.contains("VHXH"), "\(who)")
      let (okStatus, list) = try await client.get("/api/status", as: head)
      try Self.check(list, path: "/api/status", method: "get", status: okStatus.code)
      // "My tasks": by name or staff code, as `status --person` reads them.
      let (mineStatus, mine) = try await client.get(
        "/api/status?person=Tr%E1%BA%A7n%20Th%E1%BB%8B%20B%C3%ACnh&text=chia%20se", as: head)
      try Self.check(mine, path: "/api/status", method: "get", status: mineStatus.code)
      #expect(mine.contains("\"A\""), "\(mine)")
      let (_, nobody) = try await client.get("/api/status?person=Kh%C3%B4ng%20Ai", as: head)
      #expect(!nobody.contains("\"id\""), "\(nobody)")
      let (created, event) = try await client.post(
        "/api/tasks/A/reports", #"{"text": "Đã kết nối", "percent": 60, "doc": "12/BC-VHXH"}"#,
        as: head)
      #expect(created == .created)
      try Self.check(event, path: "/api/tasks/{id}/reports", method: "post", status: 201)
      let (forbidden, refusal) = try await client.post(
        "/api/tasks/A/extensions", #"{"to": "31/12/2026", "reason": "x", "approved_by": "An"}"#,
        as: head)
      #expect(forbidden == .forbidden)
      try Self.check(refusal, path: "/api/tasks/{id}/extensions", method: "post", status: 403)
      let (acknowledged, receipt) = try await client.post(
        "/api/tasks/A/acknowledgements", "{}", as: head)
      #expect(acknowledged == .created)
      try Self.check(
        receipt, path: "/api/tasks/{id}/acknowledgements", method: "post", status: 201)
      let (wrongTask, wrong) = try await client.post(
        "/api/tasks/A/corrections", #"{"position": 1, "reason": "x"}"#, as: head)
      #expect(wrongTask == .forbidden)
      try Self.check(wrong, path: "/api/tasks/{id}/corrections", method: "post", status: 403)
      let (historyStatus, history) = try await client.get("/api/tasks/A/history", as: head)
      try Self.check(
        history, path: "/api/tasks/{id}/history", method: "get", status: historyStatus.code)
      let admin = try #require(try await client.signIn("quantri"))
      let (accountsStatus, accounts) = try await client.get("/api/accounts", as: admin)
      try Self.check(accounts, path: "/api/accounts", method: "get", status: accountsStatus.code)
    }
  }
}
