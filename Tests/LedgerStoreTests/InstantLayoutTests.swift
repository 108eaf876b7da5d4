import Foundation
import LedgerStore
import Testing

/// Instants are read only when every field exists: no clock time rolls over into another.
@Suite("Instants with impossible fields are refused")
struct InstantLayoutTests {
  @Test(
    "An impossible hour, minute, second, day or offset is no instant",
    arguments: [
      "2026-05-01T25:00:00Z", "2026-05-01T24:00:00+07:00", "2026-05-01T10:61:00+07:00",
      "2026-05-01T10:00:61Z", "2026-05-01T23:59:60Z", "2026-02-30T10:00:00Z",
      "2026-05-01T10:00:00+07:99", "2026-05-01T10:00:00+24:00", "2026-5-1T10:00:00Z",
      "2026-05-01T1:00:00Z", "2026-05-01T10:00:00Zjunk", "2026-05-01T10:00:00.Z",
      "2026-05-01T10:00:00",
    ])
  func impossible(_ text: String) {
    #expect(LedgerClock.parseInstant(text) == nil)
  }

  @Test("Instants written in full are read as before")
  func wellFormed() {
    let expected = Date(timeIntervalSince1970: 1_777_604_400)  // 2026-05-01T03:00:00Z
    #expect(LedgerClock.parseInstant("2026-05-01T03:00:00Z") == expected)
    #expect(LedgerClock.parseInstant("2026-05-01T10:00:00+07:00") == expected)
    #expect(LedgerClock.parseInstant("2026-05-01T10:00:00+0700") == expected)
    #expect(LedgerClock.parseInstant("2026-05-01T10:00:00+07") == expected)
    #expect(LedgerClock.parseInstant("2026-05-01T10:00:00.000+07:00") == expected)
    #expect(LedgerClock.parseInstant("2026-05-01T23:59:59-05:30") != nil)
    #expect(LedgerClock.parseInstant("2028-02-29T00:00:00Z") != nil)
  }
}
