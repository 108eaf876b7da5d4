import Foundation
import Hummingbird
import HummingbirdTesting
import LedgerCore
import LedgerJSON
import LedgerStore
import LedgerWeb
import Testing

@Suite("JSON API")
struct APITests {
  @Test("A report filed through the web names the account's person as recorder, marked as web")
  func recorder() async throws {
    let args = try WebFixture.arguments()
    let app = try await buildApplication(args)
    try await app.test(.router) { client in
      let head = try #require(try await client.signIn("binh.tt"))
      let (status, body) = try await client.post(
        "/api/tasks/A/reports",
        #"{"text": "Đã kết nối 3/5 CSDL", "percent": 60, "doc": "12/BC-VHXH"}"#,
        as: head)
      #expect(status == .created)
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
      #expect(object["actor"] as? String == "Trần Thị Bình (web: binh.tt)")
      #expect(object["type"] as? String == "task.progress_reported")
      let last = try #require(try args.ledger.history(of: .task(TaskID("A")!)).last)
      #expect(last.event.actor == "Trần Thị Bình (web: binh.tt)")
      #expect(WebRecorder.isWeb(last.event.actor))
      if case .progressReported(let report) = last.event.event {
        #expect(report.by == "Trần Thị Bình")
        #expect(report.percent == 60)
      } else {
        Issue.record("not a report: \(last.event.event)")
      }
    }
  }

  @Test("GET /api/status is the status --json list, and takes as_of, known_at and unit")
  func status() async throws {
    let args = try WebFixture.arguments()
    let app = try await buildApplication(args)
    try await app.test(.router) { client in
      let inspector = try #require(try await client.signIn("thanhtra"))
      let (status, body) = try await client.get("/api/status", as: inspector)
      #expect(status == .ok)
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      encoder.keyEncodingStrategy = .convertToSnakeCase
      let expected = try encoder.encode(
        try args.ledger.board(asOf: nil, knownAt: nil).tasks.map(TaskJSON.init))
      #expect(body == String(decoding: expected, as: UTF8.self))
      let (_, unitBody) = try await client.get("/api/status?unit=CAX", as: inspector)
      let rows = try #require(
        try JSONSerialization.jsonObject(with: Data(unitBody.utf8)) as? [[String: Any]])
      #expect(rows.map { $0["id"] as? String } == ["A", "B"])
      let (_, earlier) = try await client.get("/api/status?as_of=01/01/2026", as: inspector)
      #expect(
        earlier.trimmingCharacters(in: .whitespacesAndNewlines) == "[\n\n]"
          || earlier.contains("[]"))
      let (bad, badBody) = try await client.get("/api/status?as_of=31/02/2026", as: inspector)
      #expect(bad == .unprocessableContent)
      #expect(badBody.contains("invalid_date"))
      // A moment that is none is told as a moment, with the forms it may take, as the CLI's
      // --known-at tells it (trial: it said "not a valid date").
      for typed in ["hôm qua", "2026-07-01T25:00:00Z", "31/02/2026"] {
        let encoded = typed.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        let (status, body) = try await client.get("/api/status?known_at=\(encoded)", as: inspector)
        #expect(status == .unprocessableContent, "\(typed)")
        #expect(body.contains("invalid_moment"), "\(typed): \(body)")
        #expect(body.contains("2026-07-01T09:00:00+07:00"), "\(typed): \(body)")
      }
    }
  }

  @Test("A ledger rule's refusal is a 422 with the CLI's error object and writes nothing")
  func ruleRefusal() async throws {
    let args = try WebFixture.arguments()
    let app = try await buildApplication(args)
    try await app.test(.router) { client in
      let clerk = try #require(try await client.signIn("thuky"))
      let before = try args.ledger.eventCount()
      let (status, body) = try await client.post(
        "/api/tasks/A/reports", #"{"text": "x", "percent": 140}"#, as: clerk)
      #expect(status == .unprocessableContent)
      #expect(body.contains("percent_out_of_range"))
      #expect(try args.ledger.eventCount() == before)
      // A task that does not exist is not found (404), with the ledger's code.
      let (missing, missingBody) = try await client.post(
        "/api/tasks/ZZZ/reports", #"{"text": "x"}"#, as: clerk)
      #expect(missing == .notFound)
      #expect(missingBody.contains("unknown_task"))
    }
  }

  @Test("A stale expect_version is a 409 and writes nothing")
  func conflict() async throws {
    let args = try WebFixture.arguments()
    let app = try await buildApplication(args)
    try await app.test(.router) { client in
      let clerk = try #require(try await client.signIn("thuky"))
      let (status, body) = try await client.post(
        "/api/tasks/A/reports", #"{"text": "x", "expect_version": 7}"#, as: clerk)
      #expect(status == .conflict)
      #expect(body.contains("concurrency_conflict"))
      // A web user is told to reload, never to run the CLI (trial).
      #expect(!body.contains("clearledger"))
    }
  }

  @Test("Only an admin lists the accounts, and never their password hashes")
  func accounts() async throws {
    let app = try await buildApplication(try WebFixture.arguments())
    try await app.test(.router) { client in
      let admin = try #require(try await client.signIn("quantri"))
      let (status, body) = try await client.get("/api/accounts", as: admin)
      #expect(status == .ok)
      #expect(body.contains("\"binh.tt\""))
      #expect(!body.contains("$2b$"))
      let leader = try #require(try await client.signIn("an.nv"))
      #expect(try await client.get("/api/accounts", as: leader).0 == .forbidden)
    }
  }
}
