import Foundation
import LedgerChain
import LedgerCore
import LedgerProof

/// The lines of a file made by `events export --with-proofs`
/// (`Schemas/proven-export.v1.schema.json`): a signed checkpoint first, then one event a line,
/// each with its inclusion proof in that checkpoint's tree.
///
/// Checked against a source's registered ledger key: the checkpoint must be signed by it, each
/// line must hash to its stated hash (so its content is what the source recorded), and the
/// proof must lead from that hash to the checkpoint's root. A signed event whose key the file
/// registers (a proven `key.registered` line before it) must carry that key's signature and
/// name its person as recorder. A line that fails is refused by number.
struct ProvenLines {
  /// The source ledger's own key.
  let key: VerifierKey
  /// The file's checkpoint, once its first line was read.
  private(set) var checkpoint: Checkpoint?
  /// The source's signing keys, from the proven `key.registered` lines read so far.
  private var signers: [String: (key: VerifierKey, person: String)] = [:]

  init(key: VerifierKey) {
    self.key = key
  }

  /// The first line of a proven file.
  struct CheckpointLine: Codable {
    var checkpoint: String
  }

  private struct ProofMember: Decodable {
    var proof: [String]?
  }

  /// Checks one line: false for the checkpoint line (nothing to record), true for a proven
  /// event; throws `badEventLine` naming the line otherwise.
  mutating func check(_ text: String, line: Int) throws -> Bool {
    func refuse(_ problem: ProofProblem) -> LedgerError {
      .badEventLine(line: line, problem: .unproven(problem))
    }
    guard let checkpoint else {
      guard let head = try? JSONDecoder().decode(CheckpointLine.self, from: Data(text.utf8)),
        let note = try? SignedNote(parsing: head.checkpoint)
      else { throw refuse(.noCheckpointLine) }
      do {
        self.checkpoint = try ProofCheck.checkpoint(note, signedBy: key)
      } catch {
        throw refuse(.checkpointNotSigned(key: key.name))
      }
      return false
    }
    guard let member = try? JSONDecoder().decode(ProofMember.self, from: Data(text.utf8)),
      let proof = member.proof
    else { throw refuse(.noProof) }
    let parsed = try ProvenLines.read(text, line: line)
    let event = parsed.event
    let position = UInt64(event.position)
    guard position >= 1, position <= checkpoint.size else {
      throw refuse(.positionOutsideTree(position: position, size: checkpoint.size))
    }
    let path = proof.compactMap(Hex.decode).filter { $0.count == 32 }
    guard path.count == proof.count, let raw = Hex.decode(event.hash), raw.count == 32,
      MerkleVerifier.verifyInclusion(
        index: position - 1, size: checkpoint.size, leafHash: MerkleTree.leafHash(raw),
        proof: path, root: checkpoint.root)
    else { throw refuse(.pathDoesNotLead) }
    if case .keyRegistered(let registered) = event.event,
      let verifier = try? VerifierKey(parsing: registered.publicKey)
    {
      signers[registered.keyId] = (verifier, registered.person)
    }
    if let signer = event.signer, let known = signers[signer] {
      let fields = HashChain.Fields(
        position: event.position, stream: event.stream.description, version: event.version,
        type: event.event.typeName, schemaVersion: event.event.schemaVersion,
        effective: event.effective.iso, recorded: parsed.recorded, actor: event.actor,
        payload: parsed.payload, previousHash: event.previousHash, signer: event.signer,
        signature: event.signature, clock: event.fixedClock ? "fixed" : nil)
      guard event.actor == known.person,
        let signature = event.signature.flatMap({ Data(base64Encoded: $0) }),
        known.key.isValidSignature(signature, of: HashChain.input(fields))
      else { throw refuse(.badSignature(position: position)) }
    }
    return true
  }

  /// Reads one line of an events file on its own (not as the continuation of a chain): its
  /// envelope, types and payload must read and it must hash to the hash it states.
  static func read(_ text: String, line: Int) throws -> EventLineReader.Parsed {
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
