import Foundation
import Hummingbird
import HummingbirdTesting
import LedgerCore
import LedgerTestSupport
import Testing

@testable import LedgerWeb

/// A JSON body whose member is a number that is not whole, or that repeats a member, is
/// refused by the member's name; nothing is written.
@Suite("JSON API: member types and repeats")
struct BodyShapeTests {
  @Test("The top-level names are read past escaped quotes in values and nested objects")
  func scan() {
    let body = #"""
      {"text": "nói \"percent\": 5, \\", "nested": {"percent": 1, "a": ["percent"]},
       "p\u0065rcent": 10, "percent": "abc"}
      """#
    #expect(
      JSONMemberScan.topLevelNames(Array(body.utf8)) == ["text", "nested", "percent", "percent"])
    #expect(JSONMemberScan.repeated(in: Array(body.utf8)) == ["percent"])
    let once = #"{"text": "\"text\"", "doc": {"text": "x", "doc": "y"}}"#
    #expect(JSONMemberScan.repeated(in: Array(once.utf8)).isEmpty)
  }

  @Test("A percent of 10.5 is a 400 naming percent; a repeated member a 400 naming it")
  func refusedByName() async throws {
    let (ledger, _, folder) = try Fixtures.fileLedger(at: "05/01/2026")
    defer { try? FileManager.default.removeItem(at: folder) }
    try WebFixture.populate(ledger)
    let app = try await buildApplication(TestArguments(ledger: ledger))
    try await app.test(.router) { client in
      let clerk = try #require(try await client.signIn("thuky"))
      let before = try StrictBodyTests.bytes(ledger.path)
      for (body, code, named) in [
        (#"{"text": "x", "percent": 10.5}"#, "bad_request", "“percent”"),
        (#"{"text": "a", "percent": 10, "percent": "abc"}"#, "repeated_field", "“percent”"),
        (#"{"text": "a \"text\"", "text": "b"}"#, "repeated_field", "“text”"),
      ] {
        let (status, answer) = try await client.post("/api/tasks/A/reports", body, as: clerk)
        #expect(status == .badRequest, "\(body): \(answer)")
        #expect(answer.contains("\"\(code)\""), "\(body): \(answer)")
        #expect(answer.contains(named), "\(body): \(answer)")
      }
      #expect(try StrictBodyTests.bytes(ledger.path) == before)
      // A value that only mentions a member's name is not a repeat.
      let (status, answer) = try await client.post(
        "/api/tasks/A/reports", #"{"text": "\"percent\": 5", "percent": 5}"#, as: clerk)
      #expect(status == .created, "\(answer)")
    }
  }
}
