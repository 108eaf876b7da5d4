import Crypto
import Foundation
import _CryptoExtras

/// A private key as kept in a file: JSON with the key's name, the person it belongs to, the
/// public key, and the 32-byte seed, either in the clear or sealed with a passphrase.
///
/// Sealing derives a 256-bit key from the passphrase with scrypt (swift-crypto's
/// `_CryptoExtras`, N = 2^15, r = 8, p = 1 by default: about 32 MB and a tenth of a second to
/// try one passphrase) and seals the seed with AES-GCM; the file's other members are the
/// authenticated data, so none can be changed without the passphrase failing.
public struct KeyFile: Codable, Hashable, Sendable {
  public var format: String
  public var name: String
  /// Whose key it is; nil for a ledger's own key.
  public var person: String?
  /// The public key, base64.
  public var publicKey: String
  /// The seed, base64, when the file is not sealed.
  public var privateKey: String?
  public var sealed: Sealed?

  /// How a sealed seed is kept.
  public struct Sealed: Codable, Hashable, Sendable {
    public var kdf: String
    /// scrypt's cost parameters.
    public var n: Int
    public var r: Int
    public var p: Int
    /// base64.
    public var salt: String
    /// AES-GCM nonce, ciphertext and tag, base64.
    public var box: String
  }

  public static let currentFormat = "clearledger-key/v1"

  /// The file of `key`, sealed when a passphrase is given.
  public init(key: SignerKey, person: String?, passphrase: String?, cost: Int = 1 << 15) throws {
    format = Self.currentFormat
    name = key.name
    self.person = person
    publicKey = Data(key.verifier.publicKey).base64EncodedString()
    guard let passphrase else {
      privateKey = Data(key.seed).base64EncodedString()
      return
    }
    var salt = [UInt8](repeating: 0, count: 16)
    var generator = SystemRandomNumberGenerator()
    for index in salt.indices { salt[index] = generator.next() }
    let symmetric = try Self.derive(passphrase, salt: salt, n: cost, r: 8, p: 1)
    let box = try AES.GCM.seal(key.seed, using: symmetric, authenticating: authenticated)
    guard let combined = box.combined else { throw ProofError.badKey }
    sealed = Sealed(
      kdf: "scrypt", n: cost, r: 8, p: 1, salt: Data(salt).base64EncodedString(),
      box: combined.base64EncodedString())
  }

  /// Whether opening needs a passphrase.
  public var isSealed: Bool { sealed != nil }

  /// The key the file holds; refuses a wrong passphrase.
  public func open(passphrase: String?) throws -> SignerKey {
    guard format == Self.currentFormat else { throw ProofError.badKeyFile("unknown format") }
    let seed: [UInt8]
    if let sealed {
      guard let passphrase else { throw ProofError.passphraseNeeded }
      guard sealed.kdf == "scrypt", let salt = Data(base64Encoded: sealed.salt),
        let combined = Data(base64Encoded: sealed.box)
      else { throw ProofError.badKeyFile("the sealed key does not read") }
      let symmetric = try Self.derive(
        passphrase, salt: Array(salt), n: sealed.n, r: sealed.r, p: sealed.p)
      do {
        let box = try AES.GCM.SealedBox(combined: combined)
        seed = Array(try AES.GCM.open(box, using: symmetric, authenticating: authenticated))
      } catch {
        throw ProofError.wrongPassphrase
      }
    } else {
      guard let privateKey, let raw = Data(base64Encoded: privateKey) else {
        throw ProofError.badKeyFile("no private key")
      }
      seed = Array(raw)
    }
    let key = try SignerKey(name: name, seed: seed)
    guard Data(key.verifier.publicKey).base64EncodedString() == publicKey else {
      throw ProofError.badKeyFile("the private key does not match the public key")
    }
    return key
  }

  /// The public key the file names.
  public func verifier() throws -> VerifierKey {
    guard let raw = Data(base64Encoded: publicKey) else { throw ProofError.badKey }
    return try VerifierKey(name: name, publicKey: Array(raw))
  }

  /// The file's bytes: pretty JSON, sorted keys, snake_case.
  public func encoded() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.keyEncodingStrategy = .convertToSnakeCase
    return try encoder.encode(self) + Data("\n".utf8)
  }

  /// Reads a key file's bytes.
  public init(decoding data: Data) throws {
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    do {
      self = try decoder.decode(KeyFile.self, from: data)
    } catch {
      throw ProofError.badKeyFile("not a ClearLedger key file")
    }
  }

  /// What the seal authenticates besides the seed: the format, name, person and public key.
  private var authenticated: Data {
    Data("\(format)\n\(name)\n\(person ?? "")\n\(publicKey)".utf8)
  }

  private static func derive(_ passphrase: String, salt: [UInt8], n: Int, r: Int, p: Int) throws
    -> SymmetricKey
  {
    guard n > 1, n & (n - 1) == 0, n <= 1 << 20, r >= 1, r <= 32, p >= 1, p <= 16 else {
      throw ProofError.badKeyFile("scrypt parameters out of range")
    }
    return try KDF.Scrypt.deriveKey(
      from: Array(passphrase.precomposedStringWithCanonicalMapping.utf8), salt: salt,
      outputByteCount: 32, rounds: n, blockSize: r, parallelism: p)
  }
}
