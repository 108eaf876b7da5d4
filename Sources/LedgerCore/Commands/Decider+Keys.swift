import Foundation

extension Decider {
  /// Registers a key (a person's, or the web server's): its stream `key:KEYID` must be new.
  ///
  /// The key id is 16 hex digits of the SHA-256 of the public key, computed by the caller that
  /// read the verifier key (`LedgerProof`); here it is taken from the key's text.
  func registerKey(person: String, publicKey: String, webServer: Bool = false) throws -> Decision {
    let person =
      webServer ? try TextRules.required(person, .person) : try keyHolder(person)
    return try newKey(publicKey) { keyID in
      .keyRegistered(
        KeyRegistered(keyId: keyID, person: person, publicKey: publicKey, webServer: webServer))
    }
  }

  /// The person of the ledger a key is made for, as recorded (with their code when another
  /// person shares the name): a registered person or an appointed head, by name or staff code;
  /// a name nobody holds, or two people share, is refused.
  private func keyHolder(_ typed: String) throws -> String {
    try reading.knownPerson(typed) { LedgerError.keyForUnknownPerson($0, closest: $1) }
  }

  /// The first event of a new key's stream `key:KEYID` (a key is a person's or a source's,
  /// once), made from the key id the public key's text gives.
  private func newKey(_ publicKey: String, _ event: (String) -> LedgerEvent) throws -> Decision {
    guard let keyID = KeyText.keyID(of: publicKey) else { throw LedgerError.unknownKey(publicKey) }
    let stream = StreamID.key(keyID)
    guard try reading.streamVersion(stream) == 0 else {
      throw LedgerError.keyAlreadyRegistered(keyID)
    }
    return Decision(stream: stream, expectedVersion: 0, event: event(keyID), effective: effective)
  }

  /// Revokes a registered key that is not yet revoked.
  func revokeKey(_ keyID: String, reason: String) throws -> Decision {
    let stream = StreamID.key(keyID.lowercased())
    switch try reading.streamVersion(stream) {
    case 0: throw LedgerError.unknownKey(keyID)
    case 1: break
    default: throw LedgerError.keyRevoked(keyID)
    }
    let reason = try TextRules.required(reason, .reason, limit: TextRules.longLimit)
    return Decision(
      stream: stream, expectedVersion: 1,
      event: .keyRevoked(KeyRevoked(keyId: keyID.lowercased(), reason: reason)),
      effective: effective)
  }

  /// Registers another ledger's key under a source name.
  ///
  /// The key's stream `key:KEYID` must be new (a key is a person's or a source's, once); the
  /// store checks the name is not taken.
  func registerSource(name: String, publicKey: String) throws -> Decision {
    let name = try TextRules.required(name, .source)
    return try newKey(publicKey) { keyID in
      .sourceRegistered(SourceRegistered(source: name, keyId: keyID, publicKey: publicKey))
    }
  }

  /// Adopts a policy once; it is never undone.
  func adoptPolicy(_ policy: LedgerPolicy) throws -> Decision {
    guard try reading.streamVersion(policy.stream) == 0 else {
      throw LedgerError.policyInForce(policy)
    }
    return Decision(
      stream: policy.stream, expectedVersion: 0,
      event: .policyAdopted(PolicyAdopted(policy: policy)), effective: effective)
  }
}

/// What LedgerCore needs to know of a verifier key's text without verifying anything: the id
/// of the key it names.
public enum KeyText {
  /// The key id of `NAME+KEYHASH+BASE64(0x01 ‖ public key)`: the name's last component when
  /// the key was made by ClearLedger (`clearledger/key/KEYID`), checked by the store.
  public static func keyID(of verifierKey: String) -> String? {
    // The base64 key may itself hold `+`: only the first two separate.
    let parts = verifierKey.split(separator: "+", maxSplits: 2, omittingEmptySubsequences: false)
    guard parts.count == 3, let last = parts[0].split(separator: "/").last,
      last.count == 16, last.allSatisfy({ $0.isHexDigit && !$0.isUppercase })
    else { return nil }
    return String(last)
  }
}

extension LedgerEvent {
  /// Whether the event governs the ledger itself (its keys and rules) rather than recording
  /// the administration's work.
  public var isGovernance: Bool {
    switch self {
    case .keyRegistered, .keyRevoked, .policyAdopted, .sourceRegistered: return true
    default: return false
    }
  }
}
