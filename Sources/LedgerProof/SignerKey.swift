import Crypto
import Foundation

/// A named Ed25519 private key: what signs events, checkpoints and cosignatures.
public struct SignerKey: Sendable {
  public var name: String
  /// The 32-byte seed, which is the private key.
  public let seed: [UInt8]
  /// The public half, under the same name.
  public let verifier: VerifierKey

  /// A new random key with this name.
  public init(name: String) throws {
    try self.init(name: name, seed: Array(Curve25519.Signing.PrivateKey().rawRepresentation))
  }

  /// The key whose 32-byte seed is `seed`.
  public init(name: String, seed: [UInt8]) throws {
    guard NoteName.isValid(name) else { throw ProofError.badKeyName(name) }
    guard seed.count == 32,
      let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: seed)
    else { throw ProofError.badKey }
    self.name = name
    self.seed = seed
    verifier = try VerifierKey(name: name, publicKey: Array(key.publicKey.rawRepresentation))
  }

  /// The Ed25519 signature of `message`: 64 bytes.
  public func sign(_ message: some DataProtocol) throws -> [UInt8] {
    Array(try Curve25519.Signing.PrivateKey(rawRepresentation: seed).signature(for: message))
  }
}

extension SignerKey {
  /// The prefix of the names ClearLedger gives a person's keys: `clearledger/key/KEYID`.
  public static let personPrefix = "clearledger/key/"
  /// The prefix of a ledger's own key (and of its checkpoints' origin).
  public static let ledgerPrefix = "clearledger/ledger/"

  /// A key named `PREFIX` followed by its own key id; from `seed` when given, else random.
  public static func named(_ prefix: String, seed: [UInt8]? = nil) throws -> SignerKey {
    let temporary = try seed.map { try SignerKey(name: "k", seed: $0) } ?? SignerKey(name: "k")
    return try SignerKey(name: prefix + temporary.verifier.keyID, seed: temporary.seed)
  }
}
