import Foundation
import LedgerCore
import LedgerStore

/// `ledger-bench`: builds a synthetic ledger of N events and times reads of the past.
///
/// Usage: ledger-bench [--events N] [--seed S] [--db PATH]
let arguments = CommandLine.arguments
func option(_ name: String) -> String? {
  guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
  return arguments[index + 1]
}
let total = Int(option("--events") ?? "") ?? 100_000
let seed = UInt64(option("--seed") ?? "") ?? 42
let path =
  option("--db")
  ?? FileManager.default.temporaryDirectory
  .appendingPathComponent("ledger-bench-\(total).sqlite").path
for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }

/// A clock that moves one second per event, starting in 2026, so recorded times spread.
final class SteppingClock: @unchecked Sendable {
  var seconds: Double = 0
  let start = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01T00:00:00Z
}
let stepping = SteppingClock()
let clock = LedgerClock {
  stepping.seconds += 94.6  // three years over a million events
  return stepping.start.addingTimeInterval(stepping.seconds)
}

func measure(_ body: () throws -> Void) rethrows -> Double {
  let t0 = Date()
  try body()
  return Date().timeIntervalSince(t0)
}

var workload = SyntheticWorkload(seed: seed)
let ledger = try Ledger.create(at: path, clock: clock)
var written = 0
let loadTime = try measure {
  let setUp = workload.setUp()
  written += try ledger.appendAll(setUp, actor: "bench")
  while written < total {
    let batch = (0..<min(10_000, total - written)).map { _ in
      workload.nextEvent(progress: Double(written) / Double(total))
    }
    written += try ledger.appendAll(batch, actor: "bench")
  }
}
print(
  String(
    format:
      "events: %d, append rate %.0f events/s (batches of 10,000, hash chain and inline projections included)",
    written, Double(written) / loadTime))

var times: [Double] = []
var rng = SystemRandomNumberGenerator()
let startDay = LocalDate(year: 2026, month: 1, day: 1)!
for _ in 0..<20 {
  let day = startDay.adding(days: Int.random(in: 30...1095, using: &rng))
  let moment = Date(
    timeIntervalSince1970: 1_767_225_600
      + Double.random(in: 0...(94.6 * Double(total)), using: &rng))
  times.append(try measure { _ = try ledger.board(asOf: day, knownAt: moment) })
}
times.sort()
let p50 = times[times.count / 2] * 1000
let p95 = times[Int(Double(times.count - 1) * 0.95)] * 1000
print(
  String(
    format: "status --as-of --known-at (20 random past questions): p50 %.0f ms, p95 %.0f ms", p50,
    p95))
let verifyTime = try measure { _ = try ledger.verify() }
print(String(format: "verify: %.0f events/s", Double(written) / verifyTime))
let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
print(
  String(
    format: "file: %.1f MB, %.0f bytes/event", Double(size) / 1e6, Double(size) / Double(written)))
