/// RFC 6962 roots and proofs of a large tree from its perfect subtrees, read one at a time, so
/// that a proof costs O(log² n) reads instead of every leaf.
///
/// A perfect subtree is the hash of 2^level leaves starting at a multiple of 2^level (level 0
/// is a leaf hash). Every left subtree of RFC 6962's recursive split is one of them, and every
/// other subtree joins a few of them, so `perfect` is all a store has to keep. The proofs are
/// those of `MerkleTree.inclusionProof` and `MerkleTree.consistencyProof`.
public struct MerkleRanges {
  /// The hash of the perfect subtree of 2^level leaves that starts at leaf index·2^level.
  public typealias Perfect = (_ level: Int, _ index: Int) throws -> MerkleTree.Hash

  private let perfect: Perfect

  public init(perfect: @escaping Perfect) {
    self.perfect = perfect
  }

  /// The root of the `count` leaves from `start` (MTH of that range).
  public func root(start: Int = 0, count: Int) throws -> MerkleTree.Hash {
    guard count > 0 else { return MerkleTree.emptyRoot }
    if count & (count - 1) == 0, start % count == 0 {
      return try perfect(count.trailingZeroBitCount, start / count)
    }
    let k = MerkleTree.split(count)
    return MerkleTree.nodeHash(
      try root(start: start, count: k), try root(start: start + k, count: count - k))
  }

  /// The audit path of leaf `index` in the tree of the first `size` leaves, leaf end first.
  public func inclusionProof(index: Int, size: Int) throws -> [MerkleTree.Hash] {
    precondition(index >= 0 && index < size, "leaf index outside the tree")
    return try path(index, start: 0, count: size)
  }

  /// The proof that the tree of the first `oldSize` leaves is a prefix of the tree of `size`.
  public func consistencyProof(oldSize: Int, size: Int) throws -> [MerkleTree.Hash] {
    precondition(oldSize >= 0 && oldSize <= size, "old size outside the tree")
    guard oldSize > 0, oldSize < size else { return [] }
    return try subproof(oldSize, start: 0, count: size, complete: true)
  }

  private func path(_ m: Int, start: Int, count: Int) throws -> [MerkleTree.Hash] {
    guard count > 1 else { return [] }
    let k = MerkleTree.split(count)
    if m < k {
      return try path(m, start: start, count: k) + [root(start: start + k, count: count - k)]
    }
    return try path(m - k, start: start + k, count: count - k) + [root(start: start, count: k)]
  }

  private func subproof(_ m: Int, start: Int, count: Int, complete: Bool) throws
    -> [MerkleTree.Hash]
  {
    if m == count { return complete ? [] : [try root(start: start, count: count)] }
    let k = MerkleTree.split(count)
    if m <= k {
      return try subproof(m, start: start, count: k, complete: complete)
        + [root(start: start + k, count: count - k)]
    }
    return try subproof(m - k, start: start + k, count: count - k, complete: false)
      + [root(start: start, count: k)]
  }
}
