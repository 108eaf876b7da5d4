import Foundation
import LedgerCore
import LedgerTestSupport
import Testing

@testable import LedgerStore

@Suite("One registration per event type")
struct EventRegistrationTests {
  @Test("Type names are unique, and each registered type reads back what it writes")
  func everyTypeRoundTrips() throws {
    // Given a ledger with at least one event of every type
    let ledger = try SchemaConformanceTests().everyType()
    var seen: Set<String> = []
    try ledger.replay { entry in
      let event = entry.event.event
      seen.insert(event.typeName)
      // Then its payload decodes, by its registered name and version, to the same event
      let decoded = try LedgerEvent(
        typeName: event.typeName, schemaVersion: event.schemaVersion,
        payload: try event.payloadJSON())
      #expect(decoded == event)
    }
    let names = LedgerEvent.registry.map { $0.typeName }
    #expect(Set(names).count == names.count)
    #expect(seen == Set(names))
  }

  @Test("Every registered type has its JSON Schema where its registration says")
  func everyTypeHasASchema() throws {
    for type in LedgerEvent.registry {
      let url = Fixtures.schemaURL(type.schemaFile)
      #expect(FileManager.default.fileExists(atPath: url.path), "\(type.typeName): \(url.path)")
      _ = try SchemaValidator(contentsOf: url)
    }
  }

  @Test("Every event type says what it records in both languages")
  func everyTypeHasAPhrase() throws {
    let ledger = try SchemaConformanceTests().everyType()
    var phrased: Set<String> = []
    try ledger.replay { entry in
      let payload = entry.event.event.payload
      let vi = payload.phrase(PhraseContext(language: .vi, subject: "T-1"))
      let en = payload.phrase(PhraseContext(language: .en, subject: "T-1"))
      #expect(!vi.isEmpty && !en.isEmpty)
      #expect(vi != en, "\(entry.event.event.typeName) reads the same in both languages")
      phrased.insert(entry.event.event.typeName)
    }
    #expect(phrased == Set(LedgerEvent.registry.map { $0.typeName }))
  }

  @Test(
    "A type name or version the code does not know is an error, never another type",
    arguments: [("task.exploded", 1), ("event.corrected", 2), ("", 1)])
  func unknownTypeIsAnError(name: String, version: Int) {
    // A payload any correction would accept
    let payload = Data(#"{"retracts":3,"reason":"x"}"#.utf8)
    #expect(throws: LedgerError.unknownEventType(name, version: version)) {
      try LedgerEvent(typeName: name, schemaVersion: version, payload: payload)
    }
  }
}
