import Crypto
import Foundation

/// A named Ed25519 public key, as a C2SP signed note names it: `NAME+KEYHASH+BASE64`.
///
/// The key hash is the first four bytes of SHA-256(name ‖ 0x0A ‖ 0x01 ‖ public key); it lets a
/// verifier pick, among a note's signature lines, the ones its key made.
public struct VerifierKey: Hashable, Sendable, CustomStringConvertible {
  public var name: String
  /// The 32-byte Ed25519 public key.
  public var publicKey: [UInt8]

  public init(name: String, publicKey: [UInt8]) throws {
    guard NoteName.isValid(name) else { throw ProofError.badKeyName(name) }
    guard publicKey.count == 32 else { throw ProofError.badKey }
    self.name = name
    self.publicKey = publicKey
  }

  /// Reads `NAME+KEYHASH+BASE64(0x01 ‖ public key)`.
  public init(parsing text: String) throws {
    // The base64 key may itself hold `+`: only the first two separate.
    let parts = text.trimmingCharacters(in: .whitespacesAndNewlines).split(
      separator: "+", maxSplits: 2, omittingEmptySubsequences: false)
    guard parts.count == 3, let raw = Data(base64Encoded: String(parts[2])), raw.count == 33,
      raw.first == NoteSignature.ed25519
    else { throw ProofError.badKey }
    try self.init(name: String(parts[0]), publicKey: Array(raw.dropFirst()))
    guard String(parts[1]).lowercased() == Self.hex(keyHash) else { throw ProofError.badKey }
  }

  /// The four bytes that mark this key's signature lines.
  public var keyHash: [UInt8] { NoteSignature.keyHash(name: name, algorithm: 0x01, publicKey) }

  /// `NAME+KEYHASH+BASE64(0x01 ‖ public key)`.
  public var description: String {
    "\(name)+\(Self.hex(keyHash))+\(Data([NoteSignature.ed25519] + publicKey).base64EncodedString())"
  }

  /// The key id ClearLedger shows for a public key: 16 hex digits of its SHA-256.
  public static func keyID(_ publicKey: [UInt8]) -> String {
    hex(Array(SHA256.hash(data: publicKey).prefix(8)))
  }

  /// The key id of this key.
  public var keyID: String { Self.keyID(publicKey) }

  /// Whether `signature` is this key's Ed25519 signature of `message`.
  public func isValidSignature(_ signature: some DataProtocol, of message: some DataProtocol)
    -> Bool
  {
    guard let key = try? Curve25519.Signing.PublicKey(rawRepresentation: publicKey) else {
      return false
    }
    return key.isValidSignature(signature, for: message)
  }

  static func hex(_ bytes: some Sequence<UInt8>) -> String { Hex.encode(bytes) }
}

/// Names of keys in signed notes: not empty, no spaces, no `+`.
enum NoteName {
  static func isValid(_ name: String) -> Bool {
    !name.isEmpty && !name.contains("+")
      && !name.unicodeScalars.contains { $0.properties.isWhitespace || $0.value < 0x20 }
  }
}
