import Foundation
import GRDB
import LedgerChain
import LedgerCore
import LedgerTestSupport
import Testing

@testable import LedgerStore

@Suite("Events as JSON Lines")
struct EventTransferTests {
  /// A ledger with a long random history, and its export.
  func source() throws -> (Ledger, [String]) {
    let (ledger, clock) = try Fixtures.ledger(at: "02/01/2026")
    var random = RandomHistory(seed: 11)
    try random.play(600, on: ledger, clock: clock)
    var lines: [String] = []
    try ledger.exportEvents { lines.append($0) }
    return (ledger, lines)
  }

  func numbered(_ lines: [String]) -> [(number: Int, text: String)] {
    lines.enumerated().map { (number: $0.offset + 1, text: $0.element) }
  }

  @Test("A line of an older schema version is stored as that version: verify still holds")
  func olderSchemaVersionKept() throws {
    // Given an export whose last line is a completion written as task.completed v1 (a ledger
    // made before v2), hashed as such.
    let (ledger, _) = try Fixtures.ledger(at: "05/07/2026")
    try Fixtures.commune(ledger)
    try ledger.record(Fixtures.assign("A"), actor: "thuky", effective: Fixtures.day("02/01/2026"))
    try ledger.record(
      .completeTask(TaskID("A")!, result: "Xong", evidence: nil, by: nil), actor: "thuky")
    var lines: [String] = []
    try ledger.exportEvents { lines.append($0) }
    var fields = try ledger.database.read { db in
      EventRows.fields(
        try Row.fetchOne(
          db, sql: "SELECT \(EventRows.all) FROM events ORDER BY position DESC LIMIT 1")!)
    }
    #expect(fields.type == "task.completed" && fields.schemaVersion == 2)
    let oldHash = HashChain.hash(fields)
    fields.schemaVersion = 1
    let newHash = HashChain.hash(fields)
    let last = try #require(lines.last)
    #expect(last.contains(#""schema_version":2"#))
    lines[lines.count - 1] = last.replacingOccurrences(of: oldHash, with: newHash)
      .replacingOccurrences(of: #""schema_version":2"#, with: #""schema_version":1"#)
    // When a new ledger imports it exactly, the line keeps its version and the chain holds.
    let (copy, _) = try Fixtures.ledger(at: "05/07/2026")
    #expect(try copy.importEvents(lines: numbered(lines)) == lines.count)
    let stored = try copy.database.read { db in
      try Int.fetchOne(db, sql: "SELECT schema_version FROM events ORDER BY position DESC LIMIT 1")
    }
    #expect(stored == 1)
    #expect(try copy.verify().isIntact)
    var again: [String] = []
    try copy.exportEvents { again.append($0) }
    #expect(again == lines)
  }

  @Test("A new ledger that imports an export reproduces the source exactly")
  func roundTrip() throws {
    let (original, lines) = try source()
    let (copy, _) = try Fixtures.ledger()
    #expect(try copy.importEvents(lines: numbered(lines)) == lines.count)
    #expect(try copy.digest() == original.digest())
    #expect(try copy.verify().isIntact)
    #expect(try copy.projectionDigest() == original.projectionDigest())
    var again: [String] = []
    try copy.exportEvents { again.append($0) }
    #expect(again == lines)
    let envelope = try SchemaValidator(contentsOf: Fixtures.schemaURL("envelope.v1.schema.json"))
    for line in lines.prefix(50) {
      #expect(try envelope.violations(of: Data(line.utf8)).isEmpty)
    }
  }

  @Test("Holding only a few tasks at a time, the bulk import still ends as the source")
  func smallCapacity() throws {
    let (original, lines) = try source()
    for capacity in [1, 3] {
      let (copy, _) = try Fixtures.ledger()
      #expect(try copy.importEvents(lines: numbered(lines), holdingAtMost: capacity) == lines.count)
      #expect(try copy.projectionDigest() == original.projectionDigest())
    }
  }

  @Test("An export in two parts imports in two steps")
  func ranges() throws {
    let (original, _) = try source()
    var first: [String] = []
    var second: [String] = []
    try original.exportEvents(until: 100) { first.append($0) }
    try original.exportEvents(since: 101) { second.append($0) }
    let (copy, _) = try Fixtures.ledger()
    try copy.importEvents(lines: numbered(first))
    #expect(throws: LedgerError.badEventLine(line: 1, problem: .wrongPosition(expected: 101))) {
      try copy.importEvents(lines: numbered(first))
    }
    try copy.importEvents(lines: numbered(second))
    #expect(try copy.digest() == original.digest())
  }

  @Test(
    "A broken file is refused at its first bad line, and nothing is written",
    arguments: [
      ("truncated", 5, LedgerError.LineProblem.notAnEvent),
      ("edited", 7, .hashMismatch),
      ("gap", 9, .wrongPosition(expected: 9)),
      ("future version", 4, .unknownType("unit.registered", version: 9)),
      ("unknown field", 6, .hashMismatch),
    ])
  func broken(kind: String, line: Int, problem: LedgerError.LineProblem) throws {
    let (_, original) = try source()
    var lines = Array(original.prefix(20))
    switch kind {
    case "truncated": lines[line - 1] = String(lines[line - 1].prefix(40))
    case "edited":
      lines[line - 1] = lines[line - 1].replacingOccurrences(
        of: "\"actor\":\"clerk\"", with: "\"actor\":\"someone\"")
    case "gap": lines.remove(at: line - 1)
    case "future version":
      lines[line - 1] = lines[line - 1].replacingOccurrences(
        of: "\"schema_version\":1", with: "\"schema_version\":9")
    default:
      lines[line - 1] = lines[line - 1].replacingOccurrences(
        of: "\"payload\":{", with: "\"payload\":{\"unexpected\":true,")
    }
    let (copy, _) = try Fixtures.ledger()
    #expect(throws: LedgerError.badEventLine(line: line, problem: problem)) {
      try copy.importEvents(lines: numbered(lines))
    }
    #expect(try copy.eventCount() == 0)
    #expect(try copy.projectionDigest() == (try Fixtures.ledger().0.projectionDigest()))
  }

  @Test("A payload that does not fit its schema is named as such")
  func badPayload() throws {
    let (_, original) = try source()
    var lines = Array(original.prefix(20))
    let index = try #require(lines.firstIndex { $0.contains("\"type\":\"unit.registered\"") })
    let payload = try #require(
      lines[index].range(of: #""payload":\{[^}]*\}"#, options: .regularExpression))
    lines[index].replaceSubrange(payload, with: #""payload":{"code":5}"#)
    let (copy, _) = try Fixtures.ledger()
    #expect(throws: LedgerError.badEventLine(line: index + 1, problem: .badPayload)) {
      try copy.importEvents(lines: numbered(lines))
    }
    #expect(try copy.eventCount() == 0)
  }

  @Test("A file that does not continue this ledger's chain is refused")
  func otherChain() throws {
    let (_, lines) = try source()
    let (other, _) = try Fixtures.ledger(at: "05/01/2026")
    try Fixtures.commune(other)
    #expect(throws: LedgerError.badEventLine(line: 1, problem: .wrongPosition(expected: 7))) {
      try other.importEvents(lines: numbered(lines))
    }
    #expect(try other.eventCount() == 6)
  }

  @Test("Mangled lines are refused or taken, never a crash")
  func fuzz() throws {
    let (_, lines) = try source()
    var random = RandomHistory(seed: 99)
    let iterations = Int(ProcessInfo.processInfo.environment["FUZZ_ITERATIONS"] ?? "") ?? 150
    for _ in 0..<iterations {
      var mangled = Array(lines.prefix(12))
      let index = random.below(mangled.count)
      var scalars = Array(mangled[index].unicodeScalars)
      for _ in 0..<(1 + random.below(4)) {
        let at = random.below(scalars.count + 1)
        if random.below(2) == 0, at < scalars.count {
          scalars.remove(at: at)
        } else if let scalar = Unicode.Scalar(UInt32(32 + random.below(0x2FF))) {
          scalars.insert(scalar, at: at)
        }
      }
      var text = ""
      text.unicodeScalars.append(contentsOf: scalars)
      mangled[index] = text
      let (copy, _) = try Fixtures.ledger()
      do {
        try copy.importEvents(lines: numbered(mangled))
      } catch let error as LedgerError {
        guard case .badEventLine(let line, _) = error else {
          Issue.record("unexpected \(error)")
          continue
        }
        #expect(line == index + 1)
        #expect(try copy.eventCount() == 0)
      }
    }
  }
}
