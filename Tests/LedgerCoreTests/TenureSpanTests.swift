import LedgerCore
import Testing

/// A tenure's days as `head view` and the head pages write them (trial: an appointment recorded
/// ahead of its day read "01/09/2026–now" on 20/08).
@Suite("Tenure spans")
struct TenureSpanTests {
  static func tenure(from: String, until: String?) -> Tenure {
    Tenure(
      unit: UnitCode("UBND")!, person: "Bùi Quang Huy", role: "Chủ tịch UBND xã",
      from: LocalDate(parsing: from)!, until: until.flatMap { LocalDate(parsing: $0) },
      appointedAt: 1)
  }

  @Test("Running, ended, and not yet begun, in Vietnamese and English")
  func spans() {
    let day = LocalDate(parsing: "20/08/2026")!
    let running = Self.tenure(from: "01/01/2026", until: nil)
    #expect(running.span(on: day, language: .vi) == "01/01/2026–nay")
    #expect(running.span(on: day, language: .en) == "01/01/2026–now")
    // Written to its last day: `until` is the successor's first (trial: read as both heads').
    let ended = Self.tenure(from: "01/01/2026", until: "01/08/2026")
    #expect(ended.span(on: day, language: .vi) == "01/01/2026–31/07/2026")
    #expect(!ended.covers(LocalDate(parsing: "01/08/2026")!))
    #expect(ended.covers(LocalDate(parsing: "31/07/2026")!))
    let none = Self.tenure(from: "01/03/2026", until: "01/03/2026")
    #expect(none.span(on: day, language: .en) == "01/03/2026, ended the same day")
    let ahead = Self.tenure(from: "01/09/2026", until: nil)
    #expect(ahead.span(on: day, language: .vi) == "từ 01/09/2026, chưa nhậm chức")
    #expect(ahead.span(on: day, language: .en) == "from 01/09/2026, not yet in office")
    // On its first day it runs.
    #expect(ahead.span(on: LocalDate(parsing: "01/09/2026")!, language: .en) == "01/09/2026–now")
  }
}
