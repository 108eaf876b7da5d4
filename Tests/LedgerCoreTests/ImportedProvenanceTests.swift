import Foundation
import LedgerCore
import LedgerTestSupport
import Testing

/// Issue 11, point 8: imported facts keep their provenance in audits.
@Suite("Imported provenance")
struct ImportedProvenanceTests {
  let timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh")!

  /// A completion that happened 10/03/2026, recorded here on 01/06/2026 (the import), with
  /// the source's recorded time when given.
  func entry(sourceRecorded: String?) throws -> AuditEntry {
    let event = LedgerEvent.taskCompleted(TaskCompleted(result: nil, evidence: nil, by: nil))
    let origin = sourceRecorded.map {
      FactOrigin(source: "xa-hoa-binh", id: "abc", recorded: $0)
    }
    let recorded = try Date.ISO8601FormatStyle().parse("2026-06-01T02:00:00Z")
    let fact = RecordedEvent(
      position: 9, stream: .task(TaskID("A")!), version: 2, event: event,
      effective: Fixtures.day("10/03/2026"), recorded: recorded, actor: "nhap",
      payload: try event.payloadJSON(origin: origin), previousHash: "", hash: "")
    return AuditEntry(event: fact, retractedBy: nil, timeZone: timeZone, thresholdDays: 7)
  }

  @Test(
    "An imported fact's filing lag is measured from its source's recorded time, and the import's own lag is shown apart, never as backdating"
  )
  func lagFromSource() throws {
    let imported = try entry(sourceRecorded: "2026-03-11T08:00:00+07:00")
    #expect(imported.lagDays == 1)
    #expect(imported.importLagDays == 82)
    #expect(imported.backdated == false)
    #expect(
      imported.sourceRecorded == (try Date.ISO8601FormatStyle().parse("2026-03-11T01:00:00Z")))
    // Fractional seconds, as a ClearLedger export writes them, are read too.
    #expect(try entry(sourceRecorded: "2026-03-25T01:00:00.000Z").lagDays == 15)
    #expect(try entry(sourceRecorded: "2026-03-25T01:00:00.000Z").backdated)
  }

  @Test("A fact without a source recorded time is measured from its recording here")
  func lagWithoutSource() throws {
    for plain in [try entry(sourceRecorded: nil), try entry(sourceRecorded: "last spring")] {
      #expect(plain.lagDays == 83)
      #expect(plain.importLagDays == nil)
      #expect(plain.backdated)
    }
  }

  @Test("A recorded instant read back is written as the same text, to the millisecond")
  func instantsRoundTrip() throws {
    for millis in 0..<1000 {
      let text = String(format: "2026-01-24T02:00:00.%03dZ", millis)
      #expect(try #require(FactOrigin.instant(text)).isoUTC == text)
    }
  }
}
