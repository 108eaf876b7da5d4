import Foundation
import LedgerCore
import LedgerProof

/// The lines of a file made by `events export --with-proofs`
/// (`Schemas/proven-export.v1.schema.json`): a signed checkpoint first, then one event a line,
/// each with its inclusion proof in that checkpoint's tree.
///
/// Checked against a source's registered ledger key: the checkpoint must be signed by it, each
/// line must hash to its stated hash (so its content is what the source recorded), and the
/// proof must lead from that hash to the checkpoint's root. A signed event must hold for the
/// keys the source registered before it (`SignerKeys`): those of the proven `key.registered`
/// lines read so far, plus any the reader already knew. A line that fails is refused by
/// number. Pure: shared by a ledger's proven import and the hub's ingest.
package struct ProvenLines: Sendable {
  /// The source ledger's own key.
  package let key: VerifierKey
  /// The file's checkpoint, once its first line was read.
  package private(set) var checkpoint: Checkpoint?
  /// The file's first line as written (the signed note), once read.
  package private(set) var checkpointText: String?
  /// The source's signing keys, from the keys known before the file and its proven lines.
  package private(set) var signers: SignerKeys
  /// Whether a signer must be one `signers` knows (the reader holds the whole log before
  /// the file), or an unknown signer is let through (it holds only part of it).
  private let strict: Bool

  package init(key: VerifierKey, signers: SignerKeys = SignerKeys(), strict: Bool = false) {
    self.key = key
    self.signers = signers
    self.strict = strict
  }

  /// The first line of a proven file.
  package struct CheckpointLine: Codable {
    package var checkpoint: String

    package init(checkpoint: String) {
      self.checkpoint = checkpoint
    }
  }

  private struct ProofMember: Decodable {
    var proof: [String]?
  }

  /// Checks one line: false for the checkpoint line (nothing to record), true for a proven
  /// event; throws `badEventLine` naming the line otherwise.
  package mutating func check(_ text: String, line: Int) throws -> Bool {
    guard checkpoint != nil else {
      try readCheckpoint(text, line: line)
      return false
    }
    guard let member = try? JSONDecoder().decode(ProofMember.self, from: Data(text.utf8)),
      let proof = member.proof
    else { throw Self.refuse(.noProof, line: line) }
    try check(try ProvenLines.read(text, line: line), proof: proof)
    return true
  }

  /// Reads the file's first line: a checkpoint signed by the source's ledger key.
  package mutating func readCheckpoint(_ text: String, line: Int) throws {
    guard let head = try? JSONDecoder().decode(CheckpointLine.self, from: Data(text.utf8)),
      let note = try? SignedNote(parsing: head.checkpoint)
    else { throw Self.refuse(.noCheckpointLine, line: line) }
    do {
      checkpoint = try ProofCheck.checkpoint(note, signedBy: key)
      checkpointText = head.checkpoint
    } catch {
      throw Self.refuse(.checkpointNotSigned(key: key.name), line: line)
    }
  }

  /// Checks an event line already read (its chain and hash checked) and its inclusion proof
  /// against the checkpoint, then its signature; learns the keys it registers.
  package mutating func check(_ parsed: EventLineReader.Parsed, proof: [String]?) throws {
    try checkInclusion(parsed, proof: proof)
    if let problem = signers.problem(with: parsed, strict: strict) {
      throw Self.refuse(problem, line: parsed.line)
    }
    signers.learn(parsed.event)
  }

  /// Checks that an event line already read is in the checkpoint's tree: its proof leads from
  /// its hash to the checkpoint's root.
  package func checkInclusion(_ parsed: EventLineReader.Parsed, proof: [String]?) throws {
    let line = parsed.line
    guard let checkpoint else { throw Self.refuse(.noCheckpointLine, line: line) }
    guard let proof else { throw Self.refuse(.noProof, line: line) }
    let event = parsed.event
    let position = UInt64(event.position)
    guard position >= 1, position <= checkpoint.size else {
      throw Self.refuse(.positionOutsideTree(position: position, size: checkpoint.size), line: line)
    }
    let path = proof.compactMap(Hex.decode).filter { $0.count == 32 }
    guard path.count == proof.count, let raw = Hex.decode(event.hash), raw.count == 32,
      MerkleVerifier.verifyInclusion(
        index: position - 1, size: checkpoint.size, leafHash: MerkleTree.leafHash(raw),
        proof: path, root: checkpoint.root)
    else { throw Self.refuse(.pathDoesNotLead, line: line) }
  }

  /// The refusal of a line whose proof or signature does not hold.
  static func refuse(_ problem: ProofProblem, line: Int) -> LedgerError {
    .badEventLine(line: line, problem: .unproven(problem))
  }

  /// Reads one line of an events file on its own (not as the continuation of a chain): its
  /// envelope, types and payload must read and it must hash to the hash it states.
  package static func read(_ text: String, line: Int) throws -> EventLineReader.Parsed {
    struct Link: Decodable {
      var position: Int64
      var prevHash: String
    }
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    guard let link = try? decoder.decode(Link.self, from: Data(text.utf8)) else {
      throw LedgerError.badEventLine(line: line, problem: .notAnEvent)
    }
    var reader = EventLineReader(expected: link.position, previous: link.prevHash)
    guard let parsed = try reader.parse(text, line: line) else {
      throw LedgerError.badEventLine(line: line, problem: .notAnEvent)
    }
    return parsed
  }
}
