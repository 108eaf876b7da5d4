import Foundation
import LedgerCore
import LedgerTestSupport
import Testing

/// A seeded mutation fuzzer for the plan reader.
///
/// Every mangled plan is either read or refused with a `LedgerError`, never a crash. `FUZZ_ITERATIONS` runs longer (Scripts/fuzz).
@Suite("Fuzzing the plan reader")
struct PlanParserFuzzTests {
  static let pieces = [
    "\t", "\n", "<b>", "</b>", "**", "PHỤ LỤC ", "STT", "Thời hạn", "Cơ quan chủ trì",
    "Tháng 13/2026", "Quý V/2026", "31/02/2026", "Thường xuyên", "Hàng năm", "Các đơn vị liên quan",
    "\u{0}", "\u{7}", "\u{FEFF}", "\u{301}", "̣", "IV", "1.1.", "\r\n", "Số: /KH-",
    "thay thế Kế hoạch số ",
    String(repeating: "x", count: 5000), "😀", "\u{202E}", ";", ",", "\"",
  ]

  @Test("Mangled plans are read or refused, never crash")
  func fuzz() throws {
    let seed = try PlanFixtures.seed()
    let iterations = Int(ProcessInfo.processInfo.environment["FUZZ_ITERATIONS"] ?? "") ?? 60
    var random = RandomHistory(seed: 2026)
    var read = 0
    var refused = 0
    for _ in 0..<iterations {
      var scalars = Array(seed.unicodeScalars)
      for _ in 0..<(1 + random.below(8)) {
        let at = random.below(scalars.count + 1)
        switch random.below(4) {
        case 0:
          scalars.insert(
            contentsOf: Self.pieces[random.below(Self.pieces.count)].unicodeScalars, at: at)
        case 1:
          let end = min(scalars.count, at + random.below(200))
          if at < end { scalars.removeSubrange(at..<end) }
        case 2:
          if let scalar = Unicode.Scalar(UInt32(random.below(0xD7FF))) {
            scalars.insert(scalar, at: at)
          }
        default:
          let start = random.below(max(1, scalars.count))
          let end = min(scalars.count, start + random.below(400))
          if start < end { scalars.insert(contentsOf: scalars[start..<end], at: at) }
        }
      }
      var text = ""
      text.unicodeScalars.append(contentsOf: scalars)
      do {
        let plan = try PlanParser.parse(text: text)
        _ = try? PlanImporter(reading: EventLogReading()).prepare(
          plan, options: PlanImportOptions(lenient: random.below(2) == 0))
        read += 1
      } catch is LedgerError {
        refused += 1
      }
    }
    #expect(read + refused == iterations)
    #expect(read > 0)
  }
}
