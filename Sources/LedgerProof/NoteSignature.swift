import Crypto
import Foundation

/// One signature line of a C2SP signed note: `— NAME BASE64(KEYHASH ‖ SIGNATURE)`.
public struct NoteSignature: Hashable, Sendable {
  /// The key's name.
  public var name: String
  /// The first four bytes of the decoded signature: which key made it.
  public var keyHash: [UInt8]
  /// The rest: the signature itself (for a cosignature, its time then the signature).
  public var signature: [UInt8]

  public init(name: String, keyHash: [UInt8], signature: [UInt8]) {
    self.name = name
    self.keyHash = keyHash
    self.signature = signature
  }

  /// The algorithm byte of an Ed25519 note signature.
  public static let ed25519: UInt8 = 0x01
  /// The algorithm byte of a timestamped Ed25519 checkpoint cosignature (C2SP tlog-cosignature).
  public static let cosignatureV1: UInt8 = 0x04

  /// The line, without its newline.
  public var line: String {
    "— \(name) \(Data(keyHash + signature).base64EncodedString())"
  }

  /// Reads a line (without its newline).
  public init(line: String) throws {
    guard line.hasPrefix("— ") else {
      throw ProofError.badNote("a signature line must start with “— ”")
    }
    let rest = line.dropFirst(2).split(separator: " ", omittingEmptySubsequences: false)
    guard rest.count == 2, NoteName.isValid(String(rest[0])),
      let raw = Data(base64Encoded: String(rest[1])), raw.count > 4
    else { throw ProofError.badNote("a signature line must be “— NAME BASE64”") }
    self.init(
      name: String(rest[0]), keyHash: Array(raw.prefix(4)), signature: Array(raw.dropFirst(4)))
  }

  /// SHA-256(name ‖ 0x0A ‖ algorithm ‖ public key), first four bytes.
  static func keyHash(name: String, algorithm: UInt8, _ publicKey: [UInt8]) -> [UInt8] {
    var hasher = SHA256()
    hasher.update(data: Array(name.utf8) + [0x0A, algorithm])
    hasher.update(data: publicKey)
    return Array(hasher.finalize().prefix(4))
  }
}
