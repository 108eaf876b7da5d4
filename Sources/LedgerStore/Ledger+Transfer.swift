import Foundation
import GRDB
import LedgerCore

/// An event's envelope as JSON (`Schemas/envelope.v1.schema.json`).
///
/// It is a line of an events file, and the body of every event in `--json` output. Keys are
/// snake_case in JSON.
public struct EventEnvelope: Codable, Sendable {
  public var position: Int64
  public var stream: String
  public var version: Int
  public var type: String
  public var schemaVersion: Int
  public var effective: String
  public var recorded: String
  public var actor: String
  public var payload: JSONValue
  public var prevHash: String
  public var hash: String
  /// The key id of the key that signed it (absent when unsigned).
  public var signer: String?
  /// The Ed25519 signature over the hash input, base64 (absent when unsigned).
  public var signature: String?
  /// `fixed` when recorded with a fixed clock (absent otherwise).
  public var clock: String?

  /// The envelope of a recorded event, its payload as stored.
  public init(_ event: RecordedEvent) {
    position = event.position
    stream = event.stream.description
    version = event.version
    type = event.event.typeName
    schemaVersion = event.event.schemaVersion
    effective = event.effective.iso
    recorded = event.recorded.isoUTC
    actor = event.actor
    payload = JSONValue(parsing: event.payload)
    prevHash = event.previousHash
    hash = event.hash
    signer = event.signer
    signature = event.signature
    clock = event.fixedClock ? "fixed" : nil
  }
}

extension EventEnvelope {
  private static let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes]
    return encoder
  }()

  /// An event as one line of an events file: the envelope's members in a fixed order, the
  /// payload written as the stored text itself, so that hashes check out on import.
  ///
  /// The signing members, when present, come before the payload; an unsigned, unmarked event's line
  /// is exactly as before they existed.
  public static func line(_ f: HashChain.Fields, hash: String) throws -> String {
    func json(_ value: String) throws -> String {
      String(decoding: try encoder.encode(value), as: UTF8.self)
    }
    var marks = ""
    if let signer = f.signer { marks += "\"signer\":\(try json(signer))," }
    if let signature = f.signature { marks += "\"signature\":\(try json(signature))," }
    if let clock = f.clock { marks += "\"clock\":\(try json(clock))," }
    return "{\"position\":\(f.position),\"stream\":\(try json(f.stream)),\"version\":\(f.version),"
      + "\"type\":\(try json(f.type)),\"schema_version\":\(f.schemaVersion),"
      + "\"effective\":\(try json(f.effective)),\"recorded\":\(try json(f.recorded)),"
      + "\"actor\":\(try json(f.actor)),\(marks)\"payload\":\(f.payload),"
      + "\"prev_hash\":\(try json(f.previousHash)),\"hash\":\(try json(hash))}"
  }
}

extension Ledger {
  /// Writes events as JSON Lines, one envelope a line, exactly as stored, in log order.
  ///
  /// The payload is written as the stored text itself, so hashes check out on import.
  public func exportEvents(
    since first: Int64 = 1, until last: Int64 = .max, _ write: (String) throws -> Void
  ) throws {
    try StoreErrors.map(path: path) {
      try database.read { db in
        try db.readingOnce {
          if try db.tableExists("checkpoints"), let position = try chainRun(in: db).problem {
            throw LedgerError.chainBroken(position: position)
          }
          let statement = try db.makeStatement(
            sql:
              "SELECT \(EventRows.all) FROM events WHERE position BETWEEN ? AND ? ORDER BY position"
          )
          let columns = try EventColumns(statement)
          let rows = try Row.fetchCursor(statement, arguments: [first, last])
          var previous: String?
          while let row = try rows.next() {
            // Each line is checked before it is written: an event edited behind the ledger's
            // back, before its last checked point, is not exported as a fact (trial: a forged
            // completion day went out without a word).
            let fields = columns.fields(row)
            let hash: String = row[columns.hash]
            guard HashChain.hash(fields) == hash,
              previous.map({ $0 == fields.previousHash }) ?? true
            else { throw LedgerError.chainBroken(position: fields.position) }
            previous = hash
            try write(try EventEnvelope.line(fields, hash: hash))
          }
        }
      }
    }
  }

  /// Appends the events of a JSON Lines file that continues this ledger's chain, in one
  /// transaction: all of them, or, at the first line that is not a valid continuation, none.
  ///
  /// Each line must be the next position, chain onto the hash before it, carry a known event
  /// type and schema version whose payload reads, and hash to the hash it states. Lines are
  /// read one at a time and projections are written in bulk (`BulkProjector`), so memory
  /// does not grow with the file.
  @discardableResult
  public func importEvents(
    lines: some Sequence<(number: Int, text: String)> & Sendable,
    progress: (Int) -> Void = { _ in }
  ) throws -> Int {
    try importEvents(lines: lines, holdingAtMost: 20_000, progress: progress)
  }

  /// `importEvents`, holding at most `capacity` tasks' pending projections in memory.
  func importEvents(
    lines: some Sequence<(number: Int, text: String)> & Sendable, holdingAtMost capacity: Int,
    progress: (Int) -> Void = { _ in }
  ) throws -> Int {
    try StoreErrors.map(path: path) {
      try LedgerHolder.holding(path, command: "events import", clock: clock) {
        try database.write { db in
          let last = try Row.fetchOne(
            db, sql: "SELECT position, hash FROM events ORDER BY position DESC LIMIT 1")
          try checkChain(in: db)
          let start = EventLineReader(
            expected: (last?["position"] ?? 0) + 1, previous: last?["hash"] ?? HashChain.genesis,
            latest: EventLineReader.latestRecorded(now: clock.now()))
          let projector = BulkProjector(db: db, capacity: capacity)
          let insert = try db.cachedStatement(
            sql:
              "INSERT INTO events (\(EventRows.all)) VALUES (\(EventRows.placeholders))")
          var count = 0
          var lastMark: ChainMark?
          try Overlapped.run { emit in
            // The reading thread owns its reader; only checked lines cross to this one.
            var reader = start
            for line in lines {
              if let parsed = try reader.parse(line.text, line: line.number) { try emit(parsed) }
            }
          } write: { parsed in
            let event = parsed.event
            do {
              try insert.execute(
                arguments: [
                  event.position, event.stream.description, event.version, event.event.typeName,
                  parsed.schemaVersion, event.effective.iso, parsed.recorded, event.actor,
                  parsed.payload, event.previousHash, event.hash, event.signer, event.signature,
                  event.fixedClock ? "fixed" : nil,
                ])
            } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
              throw LedgerError.badEventLine(line: parsed.line, problem: .breaksLedgerRules)
            }
            if case .task = event.stream {
              try projector.apply(event)
            } else {
              try Projector.apply(event, in: db)
            }
            count += 1
            lastMark = ChainMark(size: event.position, lastHash: event.hash)
            if count % 10_000 == 0 { progress(count) }
          }
          try projector.finish()
          // Every line was checked to continue the chain: the end is a checked point, so the
          // next read or write does not hash the imported log again.
          if let lastMark { try keepMark(lastMark, in: db) }
          return count
        }
      }
    }
  }
}
