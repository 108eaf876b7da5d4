/// Every level of an RFC 6962 tree kept at once, so that each leaf's audit path costs O(log n).
///
/// Level 0 holds the leaf hashes; each next level joins neighbours pairwise, and a last node
/// without a right neighbour rises unchanged. That is the same tree as RFC 6962's recursive
/// split (the left subtree is always the largest complete one), so the paths are the same as
/// `MerkleTree.inclusionProof`'s. Hashes are kept flat, 32 bytes each: a tree of n leaves
/// holds about 64·n bytes.
public struct MerkleLevels: Sendable {
  /// The levels, leaves first; each is its hashes end to end.
  private var levels: [[UInt8]]

  /// How many leaves the tree has.
  public let size: Int

  /// The tree of these leaf hashes (each 32 bytes).
  public init(leafHashes: [MerkleTree.Hash]) {
    size = leafHashes.count
    var level: [UInt8] = []
    level.reserveCapacity(leafHashes.count * 32)
    for hash in leafHashes { level.append(contentsOf: hash) }
    var levels = [level]
    while level.count > 32 {
      let count = level.count / 32
      var next: [UInt8] = []
      next.reserveCapacity((count + 1) / 2 * 32)
      var index = 0
      while index + 1 < count {
        next.append(
          contentsOf: MerkleTree.nodeHash(
            Array(level[(index * 32)..<(index * 32 + 32)]),
            Array(level[(index * 32 + 32)..<(index * 32 + 64)])))
        index += 2
      }
      if index < count { next.append(contentsOf: level[(index * 32)..<(index * 32 + 32)]) }
      levels.append(next)
      level = next
    }
    self.levels = levels
  }

  /// The root (the empty tree's hash when there are no leaves).
  public var root: MerkleTree.Hash {
    guard size > 0, let top = levels.last else { return MerkleTree.emptyRoot }
    return Array(top.prefix(32))
  }

  /// The audit path of leaf `index`, leaf end first.
  public func inclusionProof(index: Int) -> [MerkleTree.Hash] {
    precondition(index >= 0 && index < size, "leaf index outside the tree")
    var path: [MerkleTree.Hash] = []
    var at = index
    for level in levels.dropLast() {
      let sibling = at ^ 1
      if sibling < level.count / 32 {
        path.append(Array(level[(sibling * 32)..<(sibling * 32 + 32)]))
      }
      at >>= 1
    }
    return path
  }
}
