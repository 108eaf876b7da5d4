import Foundation
import GRDB
import LedgerCore

extension Ledger {
  /// Decides a command on the current state and appends its event: the whole write path.
  ///
  /// The decision is made on a read snapshot; the append then checks the stream is still at
  /// the version decided on, so a writer who lost a race gets `concurrencyConflict` and
  /// nothing is written. `expectedVersion`, when given, is the version the caller saw (for
  /// example in `history`) and must also still hold.
  @discardableResult
  public func record(
    _ command: LedgerCommand, actor: String, effective: LocalDate? = nil,
    expectedVersion: Int? = nil
  ) throws -> RecordedEvent {
    var decision = try decide(command, effective: effective)
    if let expectedVersion {
      guard expectedVersion == decision.expectedVersion else {
        throw LedgerError.concurrencyConflict(
          stream: decision.stream, expected: expectedVersion, actual: decision.expectedVersion)
      }
      decision.expectedVersion = expectedVersion
    }
    return try append(decision, actor: actor)
  }

  /// Decides a command against the current state without writing anything.
  public func decide(_ command: LedgerCommand, effective: LocalDate? = nil) throws -> Decision {
    let today = today()
    return try StoreErrors.map(path: path) {
      try database.read { db in
        try clockFirst(in: db) {
          try Decider(
            reading: StoreReading(db: db, people: people), effective: effective ?? today,
            today: today
          )
          .decide(command)
        }
      }
    }
  }

  /// A decision, or when it is refused and the clock is behind the ledger's last recorded
  /// event, the clock's refusal instead.
  ///
  /// Deciding on a state that holds facts recorded after the clock's now gave another
  /// refusal's reason (trial: a report at a clock before a completion was told the task was
  /// completed): the clock is the reason. It is read only on a refusal, so a decision that
  /// stands reads the clock as before; `append` checks it for every event it writes.
  func clockFirst(in db: Database, _ decide: () throws -> Decision) throws -> Decision {
    do {
      return try decide()
    } catch let error as LedgerError {
      try requireClockNotBehind(in: db)
      throw error
    }
  }

  /// Refuses a clock behind the ledger's last recorded event (or not plausible).
  func requireClockNotBehind(in db: Database) throws {
    guard
      let last = try String.fetchOne(
        db, sql: "SELECT recorded FROM events ORDER BY position DESC LIMIT 1")
    else { return }
    let now = clock.now()
    guard LedgerClock.plausible.contains(now) else {
      throw LedgerError.implausibleClock(now.isoUTC)
    }
    guard Timestamps.format(now) < last else { return }
    throw LedgerError.clockBehindLedger(
      now: now, last: Timestamps.parse(last) ?? now, timeZone: timeZone)
  }

  /// The refusal a write would meet from this clock (behind the last recorded event, or not
  /// plausible), nil when the clock may record: reads say it, as a note, before answering.
  public func clockProblem() throws -> LedgerError? {
    try StoreErrors.map(path: path) {
      try database.read { db in
        do {
          try requireClockNotBehind(in: db)
          return nil
        } catch let error as LedgerError {
          return error
        }
      }
    }
  }

  /// Appends a decided event in one transaction, with its hash and its projections.
  ///
  /// Refused, with nothing written, when the stream moved past the decided version or the
  /// clock is behind the last recorded event.
  @discardableResult
  public func append(_ decision: Decision, actor: String) throws -> RecordedEvent {
    let actor = try TextRules.required(actor, .actor)
    return try StoreErrors.map(path: path) {
      try database.write { db in try append(decision, actor: actor, in: db) }
    }
  }

  /// Decides and appends several commands in one transaction, all or none.
  ///
  /// If any is refused, nothing is written. Each is decided on the state the ones before it left.
  @discardableResult
  public func recordAll(_ commands: [LedgerCommand], actor: String, effective: LocalDate? = nil)
    throws -> [RecordedEvent]
  {
    let actor = try TextRules.required(actor, .actor)
    let today = today()
    return try StoreErrors.map(path: path) {
      try database.write { db in
        let decider = Decider(
          reading: StoreReading(db: db), effective: effective ?? today, today: today)
        return try commands.map { command in
          try append(try clockFirst(in: db) { try decider.decide(command) }, actor: actor, in: db)
        }
      }
    }
  }

  /// An in-memory copy of this ledger, to try writes on without touching the file.
  public func scratchCopy() throws -> Ledger {
    try StoreErrors.map(path: path) {
      let copy = try Ledger.inMemory(clock: clock, timeZone: timeZone.identifier, migrate: false)
      try database.backup(to: copy.database)
      return copy.with(signer: signer)
    }
  }

  /// Decides and appends several commands in one transaction, all or none, each on its own
  /// effective day (nil: today).
  @discardableResult
  public func recordAll(_ commands: [(LedgerCommand, effective: LocalDate?)], actor: String)
    throws -> [RecordedEvent]
  {
    let actor = try TextRules.required(actor, .actor)
    let today = today()
    return try StoreErrors.map(path: path) {
      try database.write { db in
        try commands.map { command, effective in
          let decider = Decider(
            reading: StoreReading(db: db), effective: effective ?? today, today: today)
          return try append(
            try clockFirst(in: db) { try decider.decide(command) }, actor: actor, in: db)
        }
      }
    }
  }

  /// Appends a decided event inside the caller's write transaction.
  func append(_ decision: Decision, actor: String, in db: Database) throws -> RecordedEvent {
    let payload = String(
      decoding: try decision.event.payloadJSON(origin: decision.origin), as: UTF8.self)
    let actual = try StoreReading(db: db).streamVersion(decision.stream)
    guard actual == decision.expectedVersion else {
      throw LedgerError.concurrencyConflict(
        stream: decision.stream, expected: decision.expectedVersion, actual: actual)
    }
    try checkAcrossStreams(decision.event, in: db)
    try checkChain(in: db)
    let marks = try marks(in: db, actor: actor, recording: decision)
    let last = try Row.fetchOne(
      try db.cachedStatement(
        sql: "SELECT position, recorded, hash FROM events ORDER BY position DESC LIMIT 1"))
    let now = clock.now()
    guard LedgerClock.plausible.contains(now) else {
      throw LedgerError.implausibleClock(now.isoUTC)
    }
    let recorded = Timestamps.format(now)
    if let last, let lastRecorded: String = last["recorded"], recorded < lastRecorded {
      throw LedgerError.clockBehindLedger(
        now: now, last: Timestamps.parse(lastRecorded) ?? now, timeZone: timeZone)
    }
    // A signed event is recorded as its key's person, whatever --actor says.
    let actor = marks.signer?.person ?? actor
    var fields = HashChain.Fields(
      position: (last?["position"] ?? 0) + 1, stream: decision.stream.description,
      version: actual + 1, type: decision.event.typeName,
      schemaVersion: decision.event.schemaVersion, effective: decision.effective.iso,
      recorded: recorded, actor: actor, payload: payload,
      previousHash: last?["hash"] ?? HashChain.genesis, signer: marks.signer?.keyID,
      clock: marks.clock)
    try sign(&fields)
    let hash = HashChain.hash(fields)
    try db.cachedStatement(
      sql: "INSERT INTO events (\(EventRows.all)) VALUES (\(EventRows.placeholders))"
    ).execute(
      arguments: [
        fields.position, fields.stream, fields.version, fields.type, fields.schemaVersion,
        fields.effective, fields.recorded, fields.actor, fields.payload, fields.previousHash, hash,
        fields.signer, fields.signature, fields.clock,
      ])
    let event = RecordedEvent(
      position: fields.position, stream: decision.stream, version: fields.version,
      event: decision.event, effective: decision.effective,
      recorded: Timestamps.parse(recorded) ?? now, actor: actor, payload: Data(payload.utf8),
      previousHash: fields.previousHash, hash: hash, signer: fields.signer,
      signature: fields.signature, fixedClock: fields.clock != nil)
    try Projector.apply(event, in: db)
    return event
  }

  /// Re-checks, inside the write, the rules that span streams: a unit name is registered once,
  /// and a source name too. (Every other rule concerns one stream, which the version check
  /// already guards.)
  private func checkAcrossStreams(_ event: LedgerEvent, in db: Database) throws {
    // A source name names one source ledger's key.
    if case .sourceRegistered(let source) = event,
      try Sources.all(in: db).contains(where: { $0.source == source.source })
    {
      throw LedgerError.sourceNameTaken(source.source)
    }
    guard case .unitRegistered(let unit) = event,
      let existing = try Row.fetchOne(
        try db.cachedStatement(sql: "SELECT code, name FROM units WHERE name_key = ?"),
        arguments: [VietnameseText.matchKey(unit.name)]),
      let code = UnitCode(existing["code"])
    else { return }
    throw LedgerError.unitNameTaken(name: existing["name"], code: code)
  }
}
