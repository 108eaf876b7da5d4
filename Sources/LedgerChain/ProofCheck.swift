import Foundation
import LedgerCore
import LedgerProof

/// Checks checkpoints and proofs knowing only the ledger's public key: what an inspector runs.
///
/// Nothing here reads a ledger. A proof holds when the checkpoint is signed by the ledger key
/// and the proof's hashes lead to the checkpoint's root (RFC 9162, 2.1.3.2 and 2.1.4.2).
public enum ProofCheck {
  /// The checkpoint a note states, when `key` signed it and it names `key` as its origin.
  public static func checkpoint(_ note: SignedNote, signedBy key: VerifierKey) throws
    -> Checkpoint
  {
    guard note.isSigned(by: key), let checkpoint = try? Checkpoint(text: note.text),
      checkpoint.origin == key.name
    else { throw LedgerError.proofFails(.checkpointNotSigned(key: key.name)) }
    return checkpoint
  }

  /// Checks `proof` against `checkpoint` (whose signature was checked), throwing
  /// `proofFails` with the first thing that does not hold.
  ///
  /// `eventHash`, when given, is the hash of the event the inspector holds: an inclusion proof
  /// must be for exactly that event. A consistency proof's older checkpoint must be signed by
  /// the same key.
  public static func check(
    _ proof: ProofDocument, against checkpoint: Checkpoint, key: VerifierKey,
    eventHash: String? = nil
  ) throws {
    guard proof.treeSize == checkpoint.size else {
      throw LedgerError.proofFails(
        .treeSizeDiffers(proof: proof.treeSize, checkpoint: checkpoint.size))
    }
    guard let path = try? proof.pathHashes() else {
      throw LedgerError.proofFails(.pathDoesNotLead)
    }
    switch proof.kind {
    case .inclusion:
      let position = proof.position ?? 0
      guard position >= 1, position <= checkpoint.size else {
        throw LedgerError.proofFails(
          .positionOutsideTree(position: position, size: checkpoint.size))
      }
      if let eventHash, eventHash != proof.eventHash {
        throw LedgerError.proofFails(.eventDiffers(position: position))
      }
      guard let raw = proof.eventHash.flatMap(Hex.decode), raw.count == 32,
        MerkleVerifier.verifyInclusion(
          index: position - 1, size: checkpoint.size, leafHash: MerkleTree.leafHash(raw),
          proof: path, root: checkpoint.root)
      else { throw LedgerError.proofFails(.pathDoesNotLead) }
    case .consistency:
      guard let text = proof.oldCheckpoint, let note = try? SignedNote(parsing: text) else {
        throw LedgerError.proofFails(.checkpointsUnrelated)
      }
      let older = try self.checkpoint(note, signedBy: key)
      guard older.size <= checkpoint.size else {
        throw LedgerError.proofFails(.checkpointsUnrelated)
      }
      guard
        MerkleVerifier.verifyConsistency(
          oldSize: older.size, newSize: checkpoint.size, oldRoot: older.root,
          newRoot: checkpoint.root, proof: path)
      else {
        throw LedgerError.proofFails(.notConsistent(oldSize: older.size, newSize: checkpoint.size))
      }
    }
  }

  /// The position and hash of one line of an events file, checked as `read` does: what
  /// `verify-proof --event` compares with a proof.
  ///
  /// A line that does not hash to the hash it states is refused as a proof that fails (exit 2),
  /// as the standalone verifier refuses it: its content is not the event the proof is about.
  public static func eventHash(ofLine text: String) throws -> (position: Int64, hash: String) {
    do {
      let parsed = try ProvenLines.read(text, line: 1)
      return (parsed.event.position, parsed.event.hash)
    } catch LedgerError.badEventLine {
      let object =
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
      let position = (object?["position"] as? Int).map(UInt64.init) ?? 0
      throw LedgerError.proofFails(.eventDiffers(position: position))
    }
  }

  /// The cosignatures a note carries: each one's key name, and when its key is among
  /// `witnesses`, whether it holds and the time it states.
  public static func cosignatures(on note: SignedNote, witnesses: [VerifierKey]) -> [Cosigning] {
    Cosignature.lines(in: note).map { line in
      let key = witnesses.first {
        $0.name == line.name && Cosignature.keyHash($0) == line.keyHash
      }
      let time = key.flatMap { Cosignature.time(in: note, by: $0) }
      return Cosigning(
        name: line.name, keyID: key?.keyID, known: key != nil, holds: time != nil,
        time: time.map(\.isoUTC))
    }
  }
}

/// One cosignature of a checkpoint as `verify-proof` reports it.
public struct Cosigning: Codable, Hashable, Sendable {
  /// The cosigning key's name.
  public var name: String
  /// The key id, when the key is known here.
  public var keyID: String?
  /// Whether the key is known here (registered, or given with --witness).
  public var known: Bool
  /// Whether the cosignature holds for that key.
  public var holds: Bool
  /// When the witness says it cosigned (UTC), if it holds.
  public var time: String?
}
