import Foundation
import LedgerChain
import LedgerCore
import PostgresNIO

/// Events of one source gathered column by column, inserted with one statement (`unnest`).
struct EventBatch {
  /// How many events one statement inserts.
  static let capacity = 5_000

  private var positions: [Int64] = []
  private var streams: [String] = []
  private var versions: [Int64] = []
  private var types: [String] = []
  private var schemaVersions: [Int64] = []
  private var effectives: [String] = []
  private var recordedTexts: [String] = []
  private var recordedInstants: [Date] = []
  private var actors: [String] = []
  private var payloads: [String] = []
  private var previousHashes: [String] = []
  private var hashes: [String] = []
  /// Signer, signature and clock members, empty text for none (stored as NULL).
  private var signers: [String] = []
  private var signatures: [String] = []
  private var clocks: [String] = []

  var count: Int { positions.count }

  /// Adds an event read from an events file, its payload and recorded time as stored.
  mutating func append(_ parsed: EventLineReader.Parsed) {
    let event = parsed.event
    positions.append(event.position)
    streams.append(event.stream.description)
    versions.append(Int64(event.version))
    types.append(event.event.typeName)
    schemaVersions.append(Int64(parsed.schemaVersion))
    effectives.append(event.effective.iso)
    recordedTexts.append(parsed.recorded)
    recordedInstants.append(event.recorded)
    actors.append(event.actor)
    payloads.append(parsed.payload)
    previousHashes.append(event.previousHash)
    hashes.append(event.hash)
    signers.append(event.signer ?? "")
    signatures.append(event.signature ?? "")
    clocks.append(event.fixedClock ? "fixed" : "")
  }

  /// The statement that inserts the batch for `source`.
  func insert(source: String) -> PostgresQuery {
    """
    INSERT INTO hub_events (source, position, stream, version, type, schema_version, effective,
      recorded, recorded_at, actor, payload, prev_hash, hash, signer, signature, clock)
    SELECT \(source), p, st, v, t, sv, e, r, ra, a, pl, ph, h, nullif(sg, ''), nullif(sn, ''),
      nullif(c, '')
    FROM unnest(\(positions)::bigint[], \(streams)::text[],
      \(versions)::int[], \(types)::text[], \(schemaVersions)::int[], \(effectives)::text[],
      \(recordedTexts)::text[], \(recordedInstants)::timestamptz[], \(actors)::text[],
      \(payloads)::text[], \(previousHashes)::text[], \(hashes)::text[], \(signers)::text[],
      \(signatures)::text[], \(clocks)::text[])
      AS u (p, st, v, t, sv, e, r, ra, a, pl, ph, h, sg, sn, c)
    """
  }
}
