import Foundation
import LedgerCore
import LedgerProof

/// A source's signing keys as its log registers and revokes them, read in log order, and the
/// check of each signed event against them: what `hub ingest` and a proven import run.
///
/// A signed event must name a key registered at an earlier position and not revoked before it,
/// be recorded as that key's person, and carry a valid Ed25519 signature over its hash input
/// (`HashChain.input`). Once the log adopted `require_signatures`, every later event must be
/// signed. Pure: it reads no database.
package struct SignerKeys: Sendable {
  /// One registered key.
  package struct Known: Sendable {
    var key: VerifierKey
    var person: String
    var revoked: Bool
    /// The web server's key: it signs for accounts, the event naming one as the web does.
    var webServer = false
  }

  /// The keys registered so far, by key id.
  package private(set) var keys: [String: Known] = [:]
  /// Whether the log adopted `require_signatures` so far.
  package private(set) var signaturesRequired = false

  package init() {}

  /// The event types `learn` takes note of: a reader that holds a log can fetch only these.
  package static let governingTypes = [
    KeyRegistered.typeName, KeyRevoked.typeName, PolicyAdopted.typeName,
  ]

  /// Takes note of an event the log holds (a key registered or revoked, a policy adopted):
  /// it governs the events after it.
  package mutating func learn(_ event: RecordedEvent) {
    switch event.event {
    case .keyRegistered(let registered):
      if let key = try? VerifierKey(parsing: registered.publicKey) {
        keys[registered.keyId] = Known(
          key: key, person: registered.person, revoked: false,
          webServer: registered.signsForWebAccounts)
      }
    case .keyRevoked(let revoked):
      keys[revoked.keyId]?.revoked = true
    case .policyAdopted(let adopted) where adopted.policy == .requireSignatures:
      signaturesRequired = true
    default: break
    }
  }

  /// What is wrong with one event's signature, nil when it holds or it may be unsigned.
  ///
  /// Judged by the keys learnt before it. `strict` refuses a signer this log did not register:
  /// a reader that holds the whole log before the event is strict; one that holds only part of
  /// it (a proven import `--since` a position) is not.
  package func problem(with parsed: EventLineReader.Parsed, strict: Bool = true) -> ProofProblem? {
    let event = parsed.event
    let position = UInt64(event.position)
    guard let signer = event.signer else {
      return signaturesRequired ? .unsignedUnderPolicy(position: position) : nil
    }
    guard let known = keys[signer] else {
      return strict ? .unknownSigner(keyID: signer, position: position) : nil
    }
    if known.revoked { return .revokedSigner(keyID: signer, position: position) }
    guard let signature = event.signature.flatMap({ Data(base64Encoded: $0) }),
      known.key.isValidSignature(signature, of: HashChain.input(Self.fields(parsed)))
    else { return .badSignature(position: position) }
    // The web server's key signs for accounts: the event must name one as the web does
    // (whether the account was open is for a reader that holds the accounts' streams).
    if known.webServer {
      return WebRecorder.isWeb(event.actor) ? nil : .signerMismatch(position: position)
    }
    return event.actor == known.person ? nil : .signerMismatch(position: position)
  }

  /// The hashed fields of a line read, as stored.
  static func fields(_ parsed: EventLineReader.Parsed) -> HashChain.Fields {
    let event = parsed.event
    return HashChain.Fields(
      position: event.position, stream: event.stream.description, version: event.version,
      type: event.event.typeName, schemaVersion: parsed.schemaVersion,
      effective: event.effective.iso, recorded: parsed.recorded, actor: event.actor,
      payload: parsed.payload, previousHash: event.previousHash, signer: event.signer,
      signature: event.signature, clock: event.fixedClock ? "fixed" : nil)
  }
}
