import Foundation

/// A C2SP checkpoint: the origin (which log), the tree size and the root hash, one a line.
///
/// Signed as a note by the log's own key, it commits the log to exactly these events; witnesses
/// add cosignatures to say they saw it.
public struct Checkpoint: Hashable, Sendable {
  /// The log's name, unique to it: `clearledger/ledger/KEYID`.
  public var origin: String
  /// How many leaves (events) the tree has.
  public var size: UInt64
  /// The tree's root hash.
  public var root: MerkleTree.Hash

  public init(origin: String, size: UInt64, root: MerkleTree.Hash) {
    self.origin = origin
    self.size = size
    self.root = root
  }

  /// The note text: `ORIGIN\nSIZE\nBASE64(ROOT)\n`.
  public var text: String {
    "\(origin)\n\(size)\n\(Data(root).base64EncodedString())\n"
  }

  /// Reads a checkpoint's text (extension lines after the root are ignored).
  public init(text: String) throws {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard lines.count >= 4, !lines[0].isEmpty else {
      throw ProofError.badCheckpoint("a checkpoint is an origin, a size and a root hash")
    }
    guard let size = UInt64(lines[1]), String(size) == lines[1] else {
      throw ProofError.badCheckpoint("the second line must be the tree size")
    }
    guard let root = Data(base64Encoded: String(lines[2])), root.count == 32 else {
      throw ProofError.badCheckpoint("the third line must be the base64 root hash")
    }
    self.init(origin: String(lines[0]), size: size, root: Array(root))
  }

  /// A note of this checkpoint signed by the log's key.
  public func signed(by key: SignerKey) throws -> SignedNote {
    var note = try SignedNote(text: text)
    try note.sign(with: key)
    return note
  }
}
