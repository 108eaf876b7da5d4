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
