import Foundation
import Testing

@testable import LedgerCore

/// A moment typed without an offset (`--known-at "01/07/2026 10:00"`, a trial's surprise):
/// read in the ledger's time zone, a minute meaning all of that minute.
@Suite("Moments typed without an offset")
struct LocalMinuteTests {
  let hanoi = TimeZone(identifier: "Asia/Ho_Chi_Minh")!

  @Test(
    "Both day orders, a space or a T, with or without seconds, read the same minute",
    arguments: ["01/07/2026 10:00", "2026-07-01T10:00", "2026-07-01 10:00", "1/7/2026 10:00"])
  func forms(text: String) throws {
    let minute = try #require(LocalMinute(parsing: text))
    #expect(minute.day == LocalDate(year: 2026, month: 7, day: 1))
    #expect(minute.hour == 10 && minute.minute == 0 && minute.second == nil)
    // 10:00 in Hà Nội is 03:00 UTC.
    #expect(minute.start(in: hanoi)?.isoUTC == "2026-07-01T03:00:00.000Z")
    #expect(minute.end(in: hanoi)?.isoUTC == "2026-07-01T03:00:59.999Z")
  }

  @Test("Seconds narrow the moment to that second")
  func seconds() throws {
    let minute = try #require(LocalMinute(parsing: "01/07/2026 10:00:30"))
    #expect(minute.end(in: hanoi)?.isoUTC == "2026-07-01T03:00:30.999Z")
  }

  @Test(
    "Anything else is not a local minute",
    arguments: [
      "01/07/2026", "01/07/2026 25:00", "01/07/2026 10:60", "01/07/2026 10", "10:00",
      "31/02/2026 10:00", "01/07/2026 1:00", "2026-07-01T10:00:00+07:00",
    ])
  func refused(text: String) {
    #expect(LocalMinute(parsing: text) == nil)
  }
}
