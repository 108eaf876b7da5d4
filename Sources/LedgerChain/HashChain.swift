import Crypto
import Foundation

/// The ledger's hash chain: each event's hash covers its whole envelope and the hash before it.
///
/// The hashed bytes are the envelope's fields in a fixed order, each written as its UTF-8 byte
/// length, a colon and the bytes (`6:task:1`), so no choice of text can make two different
/// envelopes hash the same input. The payload is hashed exactly as stored.
///
/// An event that carries a signer or a fixed-clock marker (migration v3) is hashed with the v2
/// layout: the v2 tag, the same fields, then the signer's key id and the clock marker. Every
/// other event hashes exactly as before, so no earlier hash changes. The signature is over these
/// same bytes (`input`) and is kept beside them, not inside.
public enum HashChain {
  /// The previous hash of the first event.
  public static let genesis = String(repeating: "0", count: 64)

  /// The fields of an envelope as stored, which is what the hash covers.
  public struct Fields: Sendable {
    public var position: Int64
    public var stream: String
    public var version: Int
    public var type: String
    public var schemaVersion: Int
    public var effective: String
    public var recorded: String
    public var actor: String
    public var payload: String
    public var previousHash: String
    /// The key id of the key that signed the event, if signed.
    public var signer: String?
    /// The Ed25519 signature over `HashChain.input`, base64; not itself hashed.
    public var signature: String?
    /// `fixed` when the event was recorded with a fixed clock (`CLEARLEDGER_NOW`).
    public var clock: String?

    /// Whether the v2 layout hashes this event.
    public var isMarked: Bool { signer != nil || clock != nil }

    public init(
      position: Int64, stream: String, version: Int, type: String, schemaVersion: Int,
      effective: String, recorded: String, actor: String, payload: String, previousHash: String,
      signer: String? = nil, signature: String? = nil, clock: String? = nil
    ) {
      self.signer = signer
      self.signature = signature
      self.clock = clock
      self.position = position
      self.stream = stream
      self.version = version
      self.type = type
      self.schemaVersion = schemaVersion
      self.effective = effective
      self.recorded = recorded
      self.actor = actor
      self.payload = payload
      self.previousHash = previousHash
    }
  }

  /// The lower-case hex SHA-256 of the envelope's canonical bytes.
  public static func hash(_ fields: Fields) -> String {
    String(decoding: hexDigest(of: input(fields)), as: UTF8.self)
  }

  /// The canonical bytes of an envelope: what its hash and its signature cover.
  public static func input(_ fields: Fields) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(fields.payload.utf8.count + fields.actor.utf8.count + 360)
    append((fields.isMarked ? tagV2 : tag).utf8, to: &bytes)
    append(String(fields.position).utf8, to: &bytes)
    append(fields.stream.utf8, to: &bytes)
    append(String(fields.version).utf8, to: &bytes)
    append(fields.type.utf8, to: &bytes)
    append(String(fields.schemaVersion).utf8, to: &bytes)
    append(fields.effective.utf8, to: &bytes)
    append(fields.recorded.utf8, to: &bytes)
    append(fields.actor.utf8, to: &bytes)
    append(fields.payload.utf8, to: &bytes)
    append(fields.previousHash.utf8, to: &bytes)
    if fields.isMarked {
      append((fields.signer ?? "").utf8, to: &bytes)
      append((fields.clock ?? "").utf8, to: &bytes)
    }
    return bytes
  }

  /// What the hashed bytes begin with.
  package static let tag = "clearledger-event-v1"
  /// What the hashed bytes of a signed or clock-marked event begin with.
  package static let tagV2 = "clearledger-event-v2"

  /// Appends one field to the bytes to hash: its UTF-8 length, a colon, its bytes.
  package static func append(_ part: some Collection<UInt8>, to bytes: inout [UInt8]) {
    bytes.append(contentsOf: String(part.count).utf8)
    bytes.append(0x3A)
    bytes.append(contentsOf: part)
  }

  /// Appends one field held as raw bytes (a column as SQLite holds it).
  package static func append(raw part: UnsafeRawBufferPointer, to bytes: inout [UInt8]) {
    bytes.append(contentsOf: String(part.count).utf8)
    bytes.append(0x3A)
    bytes.append(contentsOf: part)
  }

  /// The lower-case hex SHA-256 of the bytes, as UTF-8.
  package static func hexDigest(of bytes: [UInt8]) -> [UInt8] {
    hexBytes(SHA256.hash(data: bytes))
  }

  /// Lower-case hex of a digest.
  package static func hex(_ digest: some Sequence<UInt8>) -> String {
    String(decoding: hexBytes(digest), as: UTF8.self)
  }

  /// Lower-case hex of a digest, as UTF-8.
  private static func hexBytes(_ digest: some Sequence<UInt8>) -> [UInt8] {
    let digits: StaticString = "0123456789abcdef"
    var out: [UInt8] = []
    out.reserveCapacity(64)
    digits.withUTF8Buffer { digits in
      for byte in digest {
        out.append(digits[Int(byte >> 4)])
        out.append(digits[Int(byte & 0x0f)])
      }
    }
    return out
  }
}
