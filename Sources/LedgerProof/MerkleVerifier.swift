/// Checks Merkle proofs knowing only roots, as RFC 9162 (sections 2.1.3.2 and 2.1.4.2) says.
public enum MerkleVerifier {
  public typealias Hash = MerkleTree.Hash

  /// Whether `proof` shows that the leaf with hash `leafHash` is leaf `index` of the tree of
  /// `size` leaves whose root is `root`.
  public static func verifyInclusion(
    index: UInt64, size: UInt64, leafHash: Hash, proof: [Hash], root: Hash
  ) -> Bool {
    guard root.count == 32,
      let computed = rootFromInclusion(index: index, size: size, leafHash: leafHash, proof: proof)
    else { return false }
    return computed == root
  }

  /// The root an inclusion proof leads to, or nil when the proof cannot be for that place.
  public static func rootFromInclusion(
    index: UInt64, size: UInt64, leafHash: Hash, proof: [Hash]
  ) -> Hash? {
    guard index < size, leafHash.count == 32, proof.allSatisfy({ $0.count == 32 }) else {
      return nil
    }
    var fn = index
    var sn = size - 1
    var r = leafHash
    for p in proof {
      if sn == 0 { return nil }
      if fn & 1 == 1 || fn == sn {
        r = MerkleTree.nodeHash(p, r)
        while fn & 1 == 0 && fn != 0 {
          fn >>= 1
          sn >>= 1
        }
      } else {
        r = MerkleTree.nodeHash(r, p)
      }
      fn >>= 1
      sn >>= 1
    }
    return sn == 0 ? r : nil
  }

  /// Whether `proof` shows that the tree of `oldSize` leaves with root `oldRoot` is a prefix of
  /// the tree of `newSize` leaves with root `newRoot`.
  public static func verifyConsistency(
    oldSize: UInt64, newSize: UInt64, oldRoot: Hash, newRoot: Hash, proof: [Hash]
  ) -> Bool {
    guard oldSize <= newSize, proof.allSatisfy({ $0.count == 32 }) else { return false }
    if oldSize == newSize { return proof.isEmpty && oldRoot == newRoot }
    if oldSize == 0 { return proof.isEmpty }
    guard !proof.isEmpty else { return false }
    var path = proof
    // An old tree whose size is a power of two is a complete subtree: its root starts the path.
    if oldSize & (oldSize - 1) == 0 { path.insert(oldRoot, at: 0) }
    var fn = oldSize - 1
    var sn = newSize - 1
    while fn & 1 == 1 {
      fn >>= 1
      sn >>= 1
    }
    var fr = path[0]
    var sr = path[0]
    for c in path.dropFirst() {
      if sn == 0 { return false }
      if fn & 1 == 1 || fn == sn {
        fr = MerkleTree.nodeHash(c, fr)
        sr = MerkleTree.nodeHash(c, sr)
        while fn & 1 == 0 && fn != 0 {
          fn >>= 1
          sn >>= 1
        }
      } else {
        sr = MerkleTree.nodeHash(sr, c)
      }
      fn >>= 1
      sn >>= 1
    }
    return fr == oldRoot && sr == newRoot && sn == 0
  }
}
