import Foundation
import LedgerCore

/// Writes decided events as the lines of an events file, hashing the chain as a ledger would,
/// without a ledger: for generating large files for tests and benchmarks.
///
/// It checks no rules: what it is given must already be valid facts in order. Stream versions
/// are counted here; the decisions' expected versions are not consulted.
public struct EventChainWriter {
  /// The position of the last line written.
  public private(set) var position: Int64 = 0
  private var previous = HashChain.genesis
  private var versions: [StreamID: Int] = [:]

  public init() {}

  /// The next line: the event at the next position, recorded by `actor` at `recorded`.
  public mutating func line(_ decision: Decision, actor: String, recorded: Date) throws -> String {
    let version = versions[decision.stream, default: 0] + 1
    versions[decision.stream] = version
    position += 1
    let fields = HashChain.Fields(
      position: position, stream: decision.stream.description, version: version,
      type: decision.event.typeName, schemaVersion: decision.event.schemaVersion,
      effective: decision.effective.iso, recorded: Timestamps.format(recorded), actor: actor,
      payload: String(
        decoding: try decision.event.payloadJSON(origin: decision.origin), as: UTF8.self),
      previousHash: previous)
    let hash = HashChain.hash(fields)
    previous = hash
    return try EventEnvelope.line(fields, hash: hash)
  }
}
