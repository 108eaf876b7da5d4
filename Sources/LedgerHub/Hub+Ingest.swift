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
  ///
  /// Given the hub's clock (`now`), a line recorded after it (beyond the hour's leeway
  /// `events import` allows) is refused, by its line and recorded time.
  public func ingest(
    source: String, lines: some Sequence<(number: Int, text: String)>, now: Date? = nil
  ) async throws -> IngestResult {
    try await ingest(source: source, prepared: PreparedFile(lines: lines, now: now))
  }

  /// `ingest`, inserting at most `batchSize` events per statement.
  func ingest(
    source: String, lines: some Sequence<(number: Int, text: String)>, batchSize: Int
  ) async throws -> IngestResult {
    try await ingest(source: source, prepared: PreparedFile(lines: lines), batchSize: batchSize)
  }

  /// Takes a file already read and checked on its own (`PreparedFile`, which can be made while
  /// the hub writes another file): the same checks and result as `ingest(source:lines:)`.
  public func ingest(source: String, prepared: PreparedFile) async throws -> IngestResult {
    try await ingest(source: source, prepared: prepared, batchSize: EventBatch.capacity)
  }

  /// `ingest` of a prepared file, writing at most `batchSize` events per statement.
  func ingest(source: String, prepared: PreparedFile, batchSize: Int) async throws
    -> IngestResult
  {
    try await requireSchema()
    guard HubSource.isValidID(source) else {
      // A commune's name given for its id is told the id, as `--source NAME` is (trial).
      let named = try await sources().map { (id: $0.id, name: $0.name) }
      let asked = Self.unknown(source, among: named)
      guard [.sourceAskedByName, .sourceNameAmbiguous].contains(asked.code) else {
        throw LedgerError.invalidSourceName(source)
      }
      throw asked
    }
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
      var file = prepared
      if let pending = file.pending {
        file = PreparedFile(
          lines: pending, firstIsCheckpoint: ingest.proven != nil, latest: file.latest)
      }
      if let checkpoint = file.checkpoint { try ingest.readCheckpoint(checkpoint) }
      if let start = file.start { try await ingest.begin(at: start, hub: self) }
      for parsed in file.parsed {
        if ingest.proven != nil { try ingest.proven?.checkInclusion(parsed, proof: parsed.proof) }
        ingest.last = parsed.event.position
        // A commune's file given under another source's name is not that source's history.
        // Ingests with the same first event take turns (a lock on it until the transaction
        // ends), so one running beside this one is seen once it commits.
        if parsed.event.position == 1, held == 0 {
          try await query(
            "SELECT pg_advisory_xact_lock(hashtextextended(\(parsed.event.hash), 0))")
          if let other = try await self.source(withFirstEvent: parsed.event.hash, except: source) {
            throw LedgerError.historyOfAnotherSource(source: source, other: other)
          }
        }
        if parsed.event.position <= held {
          // A file whose first event is not the source's is another ledger's history, not a
          // rewrite of this one (which keeps a common first event): named as such.
          if parsed.event.position == 1, !ingest.holds(parsed.event) {
            if let other = try await self.source(withFirstEvent: parsed.event.hash, except: source)
            {
              throw LedgerError.historyOfAnotherSource(source: source, other: other)
            }
            throw LedgerError.historyOfAnotherLedger(source: source)
          }
          try ingest.compare(parsed.event)
        } else {
          try ingest.checkSignature(parsed)
          ingest.batch.append(parsed, source: source)
          ingest.newEvents.append(parsed.event)
          if ingest.batch.count >= batchSize { try await ingest.flush(hub: self) }
        }
      }
      if let failure = file.failure { throw Self.inSourceFile(failure, source: source) }
      // A commune's export always holds its ledger's first events: a file without one is
      // the wrong file, not an export with nothing new.
      guard file.start != nil else { throw LedgerError.emptyExport(source: source) }
      try await ingest.flush(hub: self)
      try await ingest.keepCheckpoint(hub: self)
      try await refreshStates(of: source, held: held, new: ingest.newEvents)
      return IngestResult(
        source: source, added: ingest.added, alreadyHeld: ingest.matched,
        head: max(held, ingest.last), proven: ingest.provenSize,
        signed: ingest.signed)
    }
  }

  /// A line's refusal told of the source's file: a position out of sequence or a broken chain
  /// is the file's own fault (a line missing, moved or edited), not the hub's.
  static func inSourceFile(_ error: any Error, source: String) -> any Error {
    guard case LedgerError.badEventLine(let line, let problem) = error else { return error }
    switch problem {
    case .wrongPosition(let expected):
      return LedgerError.badEventLine(
        line: line, problem: .notNextInSourceFile(expected: expected, source: source))
    case .doesNotContinueChain:
      return LedgerError.badEventLine(line: line, problem: .breaksSourceFileChain(source: source))
    default: return error
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
  /// The events new to the hub, in log order.
  var newEvents: [RecordedEvent] = []
  /// New events whose signature was checked.
  var signed = 0

  init(source: String, held: Int64) {
    self.source = source
    self.held = held
  }

  /// Reads the file's first line as its checkpoint when the source's key is registered;
  /// refuses a proven file for a source without a key.
  mutating func readCheckpoint(_ line: PreparedFile.Line) throws {
    guard proven != nil else { throw LedgerError.sourceWithoutKey(source) }
    try proven?.readCheckpoint(line.text, line: line.number)
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

  /// Prepares to read a file whose first event is `start`: it must start within or right
  /// after what the hub holds, and chain onto the hub's event before it.
  mutating func begin(at start: PreparedFile.Start, hub: Hub) async throws {
    guard start.position <= held + 1 else {
      throw LedgerError.historyGap(source: source, held: held, first: start.position)
    }
    if start.position > 1 {
      let before = try await hub.hashes(of: source, from: start.position - 1)
      guard (before.first ?? HashChain.genesis) == start.prevHash else {
        throw LedgerError.forkedHistory(source: source, position: start.position - 1)
      }
      heldHashes = Array(before.dropFirst())
    } else if held > 0 {
      heldHashes = try await hub.hashes(of: source, from: 1)
    }
    first = start.position
  }

  /// Whether the hub holds this event of the source at its position.
  func holds(_ event: RecordedEvent) -> Bool {
    let index = Int(event.position - first)
    return index >= 0 && index < heldHashes.count && heldHashes[index] == event.hash
  }

  /// Checks an event the hub already holds is the one it holds.
  mutating func compare(_ event: RecordedEvent) throws {
    guard holds(event) else {
      throw LedgerError.forkedHistory(source: source, position: event.position)
    }
    matched += 1
  }

  /// Inserts the events gathered so far.
  mutating func flush(hub: Hub) async throws {
    guard batch.count > 0 else { return }
    try await batch.write(hub: hub)
    added += batch.count
    batch = EventBatch()
  }
}
