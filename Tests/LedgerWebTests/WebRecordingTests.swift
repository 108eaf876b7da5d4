import LedgerCore
import Testing

@testable import LedgerWeb

@Suite("Web recording")
struct WebRecordingTests {
  static let conflict = LedgerError.concurrencyConflict(
    stream: .task(TaskID("A")!), expected: 1, actual: 2)

  @Test("A write that lost a race to the same task is decided again, up to three times")
  func retriesConflicts() throws {
    var calls = 0
    let written = try WebRecording.retrying(attempts: 3) {
      calls += 1
      if calls < 3 { throw Self.conflict }
      return "recorded"
    }
    #expect(written == "recorded" && calls == 3)

    calls = 0
    #expect(throws: LedgerError.self) {
      try WebRecording.retrying(attempts: 3) { () throws -> String in
        calls += 1
        throw Self.conflict
      }
    }
    #expect(calls == 3)
  }

  @Test("Any other refusal, or a conflict when the user named a version, is answered at once")
  func otherRefusals() throws {
    var calls = 0
    #expect(throws: LedgerError.self) {
      try WebRecording.retrying(attempts: 3) { () throws -> Int in
        calls += 1
        throw LedgerError.unknownTask("B")
      }
    }
    #expect(calls == 1)
    calls = 0
    #expect(throws: LedgerError.self) {
      try WebRecording.retrying(attempts: 1) { () throws -> Int in
        calls += 1
        throw Self.conflict
      }
    }
    #expect(calls == 1)
  }
}
