import Foundation
import LedgerCore
import LedgerStore

/// An events-file line changed as an attacker would, and hashed again so the chain checks out.
///
/// The hash chain is unkeyed: anyone can recompute it, so a forged line with a valid hash is
/// the attack that payload rules, not hashes, must stop.
public enum ForgedLine {
  /// The line with its payload replaced by `payload` (JSON text) and, if given, its recorded
  /// time replaced, its hash recomputed.
  public static func make(from line: String, payload: String? = nil, recorded: String? = nil)
    throws -> String
  {
    guard
      case .object(let members) = try JSONDecoder().decode(JSONValue.self, from: Data(line.utf8)),
      case .int(let position) = members["position"], case .string(let stream) = members["stream"],
      case .int(let version) = members["version"], case .string(let type) = members["type"],
      case .int(let schemaVersion) = members["schema_version"],
      case .string(let effective) = members["effective"],
      case .string(let stored) = members["recorded"], case .string(let actor) = members["actor"],
      case .string(let previous) = members["prev_hash"], let original = members["payload"]
    else { throw CocoaError(.coderReadCorrupt) }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let kept = String(decoding: try encoder.encode(original), as: UTF8.self)
    let fields = HashChain.Fields(
      position: position, stream: stream, version: Int(version), type: type,
      schemaVersion: Int(schemaVersion), effective: effective, recorded: recorded ?? stored,
      actor: actor, payload: payload ?? kept,
      previousHash: previous)
    return try EventEnvelope.line(fields, hash: HashChain.hash(fields))
  }
}
