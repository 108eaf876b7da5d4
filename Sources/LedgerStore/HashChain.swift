import Crypto
import Foundation

/// The ledger's hash chain: each event's hash covers its whole envelope and the hash before it.
///
/// The hashed bytes are the envelope's fields in a fixed order, each written as its UTF-8 byte
/// length, a colon and the bytes (`6:task:1`), so no choice of text can make two different
/// envelopes hash the same input. The payload is hashed exactly as stored.
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

    public init(
      position: Int64, stream: String, version: Int, type: String, schemaVersion: Int,
      effective: String, recorded: String, actor: String, payload: String, previousHash: String
    ) {
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
    var hasher = SHA256()
    for part in [
      "clearledger-event-v1", String(fields.position), fields.stream, String(fields.version),
      fields.type, String(fields.schemaVersion), fields.effective, fields.recorded, fields.actor,
      fields.payload, fields.previousHash,
    ] {
      let bytes = Array(part.utf8)
      hasher.update(data: Array("\(bytes.count):".utf8))
      hasher.update(data: bytes)
    }
    return hex(hasher.finalize())
  }

  /// Lower-case hex of a digest.
  static func hex(_ digest: some Sequence<UInt8>) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var out: [UInt8] = []
    for byte in digest {
      out.append(digits[Int(byte >> 4)])
      out.append(digits[Int(byte & 0x0f)])
    }
    return String(decoding: out, as: UTF8.self)
  }
}
