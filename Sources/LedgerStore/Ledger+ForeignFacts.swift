import Foundation
import GRDB
import LedgerChain
import LedgerCore

/// What a foreign-facts import did: facts recorded, and facts skipped as already here.
public struct ForeignImportReport: Hashable, Sendable, Codable {
  public var imported: Int
  public var skipped: Int
}

extension Ledger {
  /// Records the facts of another system's export as new events of this ledger, in one
  /// transaction: all of them, or, at the first line this ledger's rules refuse, none.
  ///
  /// Each fact is put through the same rules as the command that would record it here, is
  /// recorded by `actor` now, and keeps its source's identity in its payload's `origin`. A
  /// fact whose source and id are already in the ledger (from an earlier import, or earlier
  /// in the same file) is skipped when that event also holds the same content; an event that
  /// merely claims the origin (a crafted restore file) does not hide the fact. Lines are read
  /// one at a time.
  ///
  /// From a source whose ledger key is registered (`source add`), the file must be a proven
  /// export (`ProvenLines`): the first line that is not proven is refused, and nothing is
  /// written. A proven file from a source not registered is refused as a whole.
  public func importForeignFacts(
    lines: some Sequence<(number: Int, text: String)>, source: String, actor: String,
    progress: (Int) -> Void = { _ in }
  ) throws -> ForeignImportReport {
    let actor = try TextRules.required(actor, .actor)
    let source = try TextRules.required(source, .source)
    let today = today()
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return try StoreErrors.map(path: path) {
      try LedgerHolder.holding(path, command: "events import --foreign", clock: clock) {
        try database.write { db in
          var report = ForeignImportReport(imported: 0, skipped: 0)
          // A source whose ledger key is registered gives its facts only with proofs.
          var proven = try Sources.named(source, in: db).map { registered in
            if registered.revokedAt != nil { throw LedgerError.keyRevoked(registered.keyID) }
            return ProvenLines(key: try registered.verifier())
          }
          for (number, text) in lines {
            if text.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { continue }
            func refuse(_ reason: LedgerError.LineProblem) -> LedgerError {
              .badEventLine(line: number, problem: reason)
            }
            if proven != nil {
              guard try proven?.check(text, line: number) == true else { continue }
            } else if text.hasPrefix(#"{"checkpoint":"#) {
              throw LedgerError.unregisteredSource(source)
            }
            guard let line = try? decoder.decode(ForeignFactLine.self, from: Data(text.utf8)),
              let id = line.identity, let stream = StreamID(line.stream),
              let effective = LocalDate(parsing: line.effective), effective.iso == line.effective
            else { throw refuse(.notAnEvent) }
            let event: LedgerEvent
            do {
              event = try LedgerEvent(
                typeName: line.type, schemaVersion: line.schemaVersion ?? 1,
                payload: try encoder.encode(line.payload))
            } catch LedgerError.unknownEventType(let type, let version) {
              throw refuse(.unknownType(type, version: version))
            } catch {
              throw refuse(.badPayload)
            }
            // Judged by origin and content: an event claiming this origin but holding other
            // content (a forged `origin`) does not make the fact a duplicate.
            if try ForeignFacts.isHere(event, source: source, id: id, in: db) {
              report.skipped += 1
              continue
            }
            // Another ledger's keys and rules are its own: they are not facts to record here.
            if event.isGovernance {
              report.skipped += 1
              continue
            }
            var decision: Decision
            do {
              let command = try LedgerCommand(restating: event, on: stream) { retracted in
                guard
                  let here = try ForeignFacts.position(
                    source: source, sourcePosition: retracted, in: db)
                else { throw refuse(.retractsUnimportedFact(retracted)) }
                return here
              }
              decision = try Decider(
                reading: StoreReading(db: db), effective: effective, today: today,
                replacementsConfirmed: true
              ).decide(command)
            } catch let error as LedgerError {
              if case .badEventLine = error { throw error }
              throw refuse(.refused(error))
            }
            decision.origin = FactOrigin(
              source: source, id: id, actor: line.actor, recorded: line.recorded,
              position: line.position, stream: line.stream)
            _ = try append(decision, actor: actor, in: db)
            report.imported += 1
            if report.imported % 10_000 == 0 { progress(report.imported) }
          }
          return report
        }
      }
    }
  }
}

/// Finds facts imported from other systems by their origin (`Schemas/ledger.v2.sql`).
enum ForeignFacts {
  /// Whether this fact, from this source with this id, is already here with the same content.
  ///
  /// A correction is compared with the source's retracted position mapped to its position here.
  static func isHere(_ event: LedgerEvent, source: String, id: String, in db: Database) throws
    -> Bool
  {
    let candidates = try positions(source: source, member: "id", is: id, in: db)
    guard !candidates.isEmpty else { return false }
    var expected = event
    if case .eventCorrected(var correction) = event {
      guard let here = try position(source: source, sourcePosition: correction.retracts, in: db)
      else { return false }
      correction.retracts = here
      expected = .eventCorrected(correction)
    }
    return try candidates.contains { try EventRows.at($0, in: db)?.event == expected }
  }

  /// The position here of the fact imported from this position of the source's log, if any.
  static func position(source: String, sourcePosition: Int64, in db: Database) throws -> Int64? {
    try positions(source: source, member: "position", is: sourcePosition, in: db).first
  }

  /// The events whose origin has this source and this value of one member, in log order.
  ///
  /// The member is written into the SQL, not bound, so that SQLite matches `events_by_origin`.
  private static func positions(
    source: String, member: StaticString, is value: some DatabaseValueConvertible,
    in db: Database
  ) throws -> [Int64] {
    try Int64.fetchAll(
      try db.cachedStatement(
        sql: """
          SELECT position FROM events
          WHERE instr(payload, '"origin":') > 0
            AND json_extract(payload, '$.origin.source') = ?
            AND json_extract(payload, '$.origin.\(member)') = ?
          ORDER BY position
          """), arguments: [source, value])
  }
}
