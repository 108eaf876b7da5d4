import Foundation
import LedgerChain
import LedgerCore
import LedgerStore
import LedgerTestSupport

/// A commune's ledger, grown from a seeded random history, and its `events export`.
struct CommuneExport {
  let ledger: Ledger
  let clock: MovableClock
  /// The day the history ended on: the ledger's today.
  let today: LocalDate
  /// The export, one line per event, in log order.
  let lines: [String]

  /// A commune with `steps` random commands proposed (about two thirds accepted).
  init(seed: UInt64, steps: Int) throws {
    let (ledger, clock) = try Fixtures.ledger(at: "02/01/2026")
    var random = RandomHistory(seed: seed)
    today = try random.play(steps, on: ledger, clock: clock).today
    self.ledger = ledger
    self.clock = clock
    lines = try Self.export(ledger)
  }

  /// A ledger's events file, as `events export` writes it.
  static func export(_ ledger: Ledger) throws -> [String] {
    var lines: [String] = []
    try ledger.exportEvents { lines.append($0) }
    return lines
  }

  /// Lines numbered as a file reader hands them over.
  static func numbered(_ lines: some Collection<String>) -> [(number: Int, text: String)] {
    lines.enumerated().map { (number: $0.offset + 1, text: $0.element) }
  }

  /// The export's events, read back as the hub reads them.
  var events: [RecordedEvent] {
    get throws {
      var reader = EventLineReader(expected: 1, previous: HashChain.genesis)
      return try Self.numbered(lines).compactMap { try reader.read($0.text, line: $0.number) }
    }
  }

  /// The shipped scoring policy.
  static func policy() throws -> EvaluationPolicy {
    try EvaluationPolicy(
      json: try String(contentsOf: Fixtures.schemaURL("evaluation-policy.v3.json"), encoding: .utf8)
    )
  }
}
