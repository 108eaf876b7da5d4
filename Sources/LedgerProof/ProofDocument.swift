import Foundation

/// A proof as a file (JSON): an inclusion proof of one event, or a consistency proof between
/// two checkpoints.
///
/// A verifier needs only this, the checkpoint it names and the ledger's key.
///
/// Leaves are the events' hashes, as 32 raw bytes, in log order: event at position p is leaf
/// p − 1.
public struct ProofDocument: Codable, Hashable, Sendable {
  public var format: String = ProofDocument.currentFormat
  /// `inclusion` or `consistency`.
  public var kind: Kind
  /// The tree size of the checkpoint the proof is for.
  public var treeSize: UInt64
  /// Inclusion: the event's position (1-based) and its hash (hex).
  public var position: UInt64?
  public var eventHash: String?
  /// Consistency: the older signed checkpoint note, whose tree the newer one extends.
  public var oldCheckpoint: String?
  /// The proof's hashes, hex.
  public var path: [String]

  public enum Kind: String, Codable, Hashable, Sendable {
    case inclusion, consistency
  }

  public static let currentFormat = "clearledger-proof/v1"

  /// An inclusion proof of the event at `position` with hash `eventHash`.
  public static func inclusion(
    position: UInt64, eventHash: String, treeSize: UInt64, path: [MerkleTree.Hash]
  ) -> ProofDocument {
    ProofDocument(
      kind: .inclusion, treeSize: treeSize, position: position, eventHash: eventHash,
      oldCheckpoint: nil, path: path.map(Hex.encode))
  }

  /// A consistency proof from an older checkpoint to a tree of `treeSize` leaves.
  public static func consistency(oldCheckpoint: String, treeSize: UInt64, path: [MerkleTree.Hash])
    -> ProofDocument
  {
    ProofDocument(
      kind: .consistency, treeSize: treeSize, position: nil, eventHash: nil,
      oldCheckpoint: oldCheckpoint, path: path.map(Hex.encode))
  }

  /// The proof's hashes as bytes.
  public func pathHashes() throws -> [MerkleTree.Hash] {
    try path.map {
      guard let bytes = Hex.decode($0), bytes.count == 32 else {
        throw ProofError.badProof("a path hash is not 64 hex digits")
      }
      return bytes
    }
  }

  /// The file's bytes: pretty JSON, sorted keys, snake_case.
  public func encoded() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.keyEncodingStrategy = .convertToSnakeCase
    return try encoder.encode(self) + Data("\n".utf8)
  }

  /// Reads a proof file.
  public init(decoding data: Data) throws {
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    do {
      self = try decoder.decode(ProofDocument.self, from: data)
    } catch {
      throw ProofError.badProof("not a ClearLedger proof file")
    }
    guard format == Self.currentFormat else { throw ProofError.badProof("unknown format") }
  }

  private init(
    kind: Kind, treeSize: UInt64, position: UInt64?, eventHash: String?, oldCheckpoint: String?,
    path: [String]
  ) {
    self.kind = kind
    self.treeSize = treeSize
    self.position = position
    self.eventHash = eventHash
    self.oldCheckpoint = oldCheckpoint
    self.path = path
  }
}

/// Lower-case hex.
public enum Hex {
  public static func encode(_ bytes: some Sequence<UInt8>) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var out: [UInt8] = []
    for byte in bytes {
      out.append(digits[Int(byte >> 4)])
      out.append(digits[Int(byte & 0x0f)])
    }
    return String(decoding: out, as: UTF8.self)
  }

  public static func decode(_ text: String) -> [UInt8]? {
    let utf8 = Array(text.utf8)
    guard utf8.count % 2 == 0 else { return nil }
    var out: [UInt8] = []
    out.reserveCapacity(utf8.count / 2)
    var index = 0
    while index < utf8.count {
      guard let high = value(utf8[index]), let low = value(utf8[index + 1]) else { return nil }
      out.append(high << 4 | low)
      index += 2
    }
    return out
  }

  private static func value(_ digit: UInt8) -> UInt8? {
    switch digit {
    case 0x30...0x39: return digit - 0x30
    case 0x61...0x66: return digit - 0x61 + 10
    case 0x41...0x46: return digit - 0x41 + 10
    default: return nil
    }
  }
}
