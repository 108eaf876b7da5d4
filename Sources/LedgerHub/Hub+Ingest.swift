import Foundation
import LedgerChain
import LedgerCore
import LedgerProof
import PostgresNIO

extension Hub {
  /// Takes a commune's `events export` into the hub, all or nothing, in one transaction.
  ///
  /// The file must be a valid chain (each line checked as `events import` checks it) that
  /// continues what the hub holds of the source: where it overlaps, each event must be the one
  /// the hub holds (else the first differing position is named: a rewritten history); what
  /// comes after is added. Ingesting the same or a grown export again adds only what is new.
  /// The source's row is locked for the transaction, so two ingests of one source queue.
  public func ingest(
    source: String, lines: some Sequence<(number: Int, text: String)>
  ) async throws -> IngestResult {
    try await ingest(source: source, lines: lines, batchSize: EventBatch.capacity)
  }

  /// `ingest`, inserting at most `batchSize` events per statement.
  func ingest(
    source: String, lines: some Sequence<(number: Int, text: String)>, batchSize: Int
  ) async throws -> IngestResult {
    try await requireSchema()
    return try await transaction {
      let locked = try await query(
        "SELECT public_key FROM hub_sources WHERE source = \(source) FOR UPDATE")
      var known = false
      var ledgerKey: String?
      for try await key in locked.decode(String?.self) {
        known = true
        ledgerKey = key
      }
      guard known else { throw LedgerError.unknownSource(source) }
      let held = try await lastPosition(of: source, knownAt: nil)
      var ingest = Ingest(source: source, held: held)
      ingest.signers = try await signerKeys(of: source)
      if let ledgerKey {
        guard let key = try? VerifierKey(parsing: ledgerKey) else {
          throw LedgerError.unreadableSourceKey(ledgerKey)
        }
        ingest.proven = ProvenLines(key: key)
      }
      for line in lines {
        if ingest.reader == nil {
          if try ingest.readCheckpoint(line) { continue }
          guard let start = try Ingest.start(of: line) else { continue }
          try await ingest.begin(at: start, hub: self)
        }
        guard let parsed = try ingest.read(line) else { continue }
        // A commune's file given under another source's name is not that source's history.
        if parsed.event.position == 1, held == 0,
          let other = try await self.source(withFirstEvent: parsed.event.hash, except: source)
        {
          throw LedgerError.historyOfAnotherSource(source: source, other: other)
        }
        if parsed.event.position <= held {
          try ingest.compare(parsed.event)
        } else {
          try ingest.checkSignature(parsed)
          ingest.batch.append(parsed)
          ingest.newEvents.append(parsed.event)
          if ingest.batch.count >= batchSize { try await ingest.flush(hub: self) }
        }
      }
      try await ingest.flush(hub: self)
      try await ingest.keepCheckpoint(hub: self)
      try await refreshStates(of: source, held: held, new: ingest.newEvents)
      return IngestResult(
        source: source, added: ingest.added, alreadyHeld: ingest.matched,
        head: max(held, ingest.last), proven: ingest.provenSize,
        signed: ingest.signed)
    }
  }

  /// The source's last position recorded at or before a moment (all of it when nil): 0 when
  /// the hub holds none.
  public func lastPosition(of source: String, knownAt moment: Date?) async throws -> Int64 {
    let rows: PostgresRowSequence
    if let moment {
      rows = try await query(
        """
        SELECT coalesce(max(position), 0)::bigint FROM hub_events
        WHERE source = \(source) AND recorded_at <= \(moment)
        """)
    } else {
      rows = try await query(
        "SELECT coalesce(max(position), 0)::bigint FROM hub_events WHERE source = \(source)")
    }
    for try await last in rows.decode(Int64.self) { return last }
    return 0
  }

  /// The source's signing keys and signature policy, from the events the hub holds of it.
  func signerKeys(of source: String) async throws -> SignerKeys {
    var keys = SignerKeys()
    for event in try await events(of: source, types: SignerKeys.governingTypes) {
      keys.learn(event)
    }
    return keys
  }

  /// The hashes the hub holds of a source from a position on, in order.
  func hashes(of source: String, from first: Int64) async throws -> [String] {
    let rows = try await query(
      """
      SELECT hash FROM hub_events WHERE source = \(source) AND position >= \(first)
      ORDER BY position
      """)
    var hashes: [String] = []
    for try await hash in rows.decode(String.self) { hashes.append(hash) }
    return hashes
  }
}

/// One ingest in progress: where the file starts, what the hub holds, what is to be added.
private struct Ingest {
  let source: String
  /// The source's last position the hub held before this file.
  let held: Int64
  /// Checks each line continues the file's chain; set by the first line.
  var reader: EventLineReader?
  /// The hashes the hub holds from the file's first position on.
  var heldHashes: [String] = []
  var first: Int64 = 0
  var last: Int64 = 0
  var batch = EventBatch()
  var added = 0
  var matched = 0
  /// The source's keys, learnt from what the hub holds and the file's new events.
  var signers = SignerKeys()
  /// The proofs' checker when the source's ledger key is registered: the file must be proven.
  var proven: ProvenLines?
  /// Whether the file's first line was looked at for a checkpoint.
  private var headRead = false
  /// The events new to the hub, in log order.
  var newEvents: [RecordedEvent] = []
  /// New events whose signature was checked.
  var signed = 0

  init(source: String, held: Int64) {
    self.source = source
    self.held = held
  }

  /// The head of an events file's line: where it is and what it chains onto.
  struct Start: Decodable {
    var position: Int64
    var prevHash: String
  }

  private static let decoder: JSONDecoder = {
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    return decoder
  }()

  /// Reads the file's first line as its checkpoint when the source's key is registered (true
  /// when it was); refuses a file without one, and a proven file for a source without a key.
  mutating func readCheckpoint(_ line: (number: Int, text: String)) throws -> Bool {
    guard !headRead else { return false }
    if line.text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return true }
    headRead = true
    let isCheckpoint = line.text.hasPrefix(#"{"checkpoint":"#)
    guard proven != nil else {
      if isCheckpoint { throw LedgerError.sourceWithoutKey(source) }
      return false
    }
    try proven?.readCheckpoint(line.text, line: line.number)
    return true
  }

  /// The size of the checkpoint the file was proven against, when it was.
  var provenSize: Int64? { proven?.checkpoint.map { Int64($0.size) } }

  /// Checks a new event's signature against the keys its source registered before it, and
  /// learns the keys it registers or revokes.
  mutating func checkSignature(_ parsed: EventLineReader.Parsed) throws {
    if let problem = signers.problem(with: parsed) {
      throw LedgerError.badEventLine(line: parsed.line, problem: .unproven(problem))
    }
    if parsed.event.signer != nil { signed += 1 }
    signers.learn(parsed.event)
  }

  /// Keeps the checkpoint a proven file was checked against.
  func keepCheckpoint(hub: Hub) async throws {
    guard let checkpoint = proven?.checkpoint, let note = proven?.checkpointText else { return }
    try await hub.query(
      """
      INSERT INTO hub_checkpoints (source, size, root, note)
      VALUES (\(source), \(Int64(checkpoint.size)), \(Hex.encode(checkpoint.root)), \(note))
      ON CONFLICT DO NOTHING
      """)
  }

  /// The first event line's head, nil for a blank line.
  static func start(of line: (number: Int, text: String)) throws -> Start? {
    if line.text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return nil }
    guard let start = try? decoder.decode(Start.self, from: Data(line.text.utf8)),
      start.position > 0
    else { throw LedgerError.badEventLine(line: line.number, problem: .notAnEvent) }
    return start
  }

  /// Prepares to read a file whose first event is `start`: it must start within or right
  /// after what the hub holds, and chain onto the hub's event before it.
  mutating func begin(at start: Start, hub: Hub) async throws {
    guard start.position <= held + 1 else {
      throw LedgerError.historyGap(source: source, held: held, first: start.position)
    }
    var previous = HashChain.genesis
    if start.position > 1 {
      let before = try await hub.hashes(of: source, from: start.position - 1)
      previous = before.first ?? HashChain.genesis
      guard previous == start.prevHash else {
        throw LedgerError.forkedHistory(source: source, position: start.position - 1)
      }
      heldHashes = Array(before.dropFirst())
    } else if held > 0 {
      heldHashes = try await hub.hashes(of: source, from: 1)
    }
    first = start.position
    reader = EventLineReader(expected: start.position, previous: previous)
  }

  /// Reads and checks one line (nil for a blank one).
  mutating func read(_ line: (number: Int, text: String)) throws -> EventLineReader.Parsed? {
    guard let parsed = try reader?.parse(line.text, line: line.number) else { return nil }
    if proven != nil { try proven?.checkInclusion(parsed, proof: parsed.proof) }
    last = parsed.event.position
    return parsed
  }

  /// Checks an event the hub already holds is the one it holds.
  mutating func compare(_ event: RecordedEvent) throws {
    let index = Int(event.position - first)
    guard index < heldHashes.count, heldHashes[index] == event.hash else {
      throw LedgerError.forkedHistory(source: source, position: event.position)
    }
    matched += 1
  }

  /// Inserts the events gathered so far.
  mutating func flush(hub: Hub) async throws {
    guard batch.count > 0 else { return }
    try await hub.query(batch.insert(source: source))
    added += batch.count
    batch = EventBatch()
  }
}
