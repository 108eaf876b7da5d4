import Crypto
import Foundation

/// The Merkle tree of RFC 6962 / RFC 9162 (section 2.1) over a list of leaves, with SHA-256.
///
/// A leaf's hash is SHA-256(0x00 ‖ leaf) and an inner node's SHA-256(0x01 ‖ left ‖ right); a
/// tree of n leaves splits at the largest power of two below n. Proofs are made from the leaf
/// hashes of the whole tree; `MerkleVerifier` checks them knowing only the root.
public enum MerkleTree {
  /// A 32-byte SHA-256 hash.
  public typealias Hash = [UInt8]

  /// The hash of the empty tree: SHA-256 of no bytes.
  public static let emptyRoot: Hash = Array(SHA256.hash(data: [UInt8]()))

  /// The hash of one leaf: SHA-256(0x00 ‖ data).
  public static func leafHash(_ data: some DataProtocol) -> Hash {
    var hasher = SHA256()
    hasher.update(data: [0x00])
    hasher.update(data: data)
    return Array(hasher.finalize())
  }

  /// The hash of an inner node: SHA-256(0x01 ‖ left ‖ right).
  public static func nodeHash(_ left: Hash, _ right: Hash) -> Hash {
    var hasher = SHA256()
    hasher.update(data: [0x01])
    hasher.update(data: left)
    hasher.update(data: right)
    return Array(hasher.finalize())
  }

  /// The root of the tree whose leaves have these hashes (MTH in RFC 6962).
  public static func root(_ leaves: some RandomAccessCollection<Hash>) -> Hash {
    guard !leaves.isEmpty else { return emptyRoot }
    // Fold left to right, keeping the roots of the complete subtrees seen so far (at most one
    // per height), then join them right to left: the same tree as the recursive definition.
    var stack: [(hash: Hash, size: Int)] = []
    for leaf in leaves {
      stack.append((leaf, 1))
      while stack.count >= 2, stack[stack.count - 1].size == stack[stack.count - 2].size {
        let right = stack.removeLast()
        let left = stack.removeLast()
        stack.append((nodeHash(left.hash, right.hash), left.size * 2))
      }
    }
    var hash = stack.removeLast().hash
    while let left = stack.popLast() { hash = nodeHash(left.hash, hash) }
    return hash
  }

  /// The audit path of leaf `index` in the tree of `leaves` (PATH in RFC 6962 2.1.1), leaf end
  /// first.
  public static func inclusionProof(index: Int, _ leaves: some RandomAccessCollection<Hash>)
    -> [Hash]
  {
    precondition(index >= 0 && index < leaves.count, "leaf index outside the tree")
    let all = Array(leaves)
    return path(index, all[...])
  }

  /// The proof that the tree of the first `oldSize` leaves is a prefix of the tree of all of
  /// them (PROOF in RFC 6962 2.1.2).
  public static func consistencyProof(oldSize: Int, _ leaves: some RandomAccessCollection<Hash>)
    -> [Hash]
  {
    precondition(oldSize >= 0 && oldSize <= leaves.count, "old size outside the tree")
    guard oldSize > 0, oldSize < leaves.count else { return [] }
    let all = Array(leaves)
    return subproof(oldSize, all[...], complete: true)
  }

  /// The largest power of two smaller than `n` (n > 1).
  public static func split(_ n: Int) -> Int {
    var k = 1
    while k << 1 < n { k <<= 1 }
    return k
  }

  private static func path(_ m: Int, _ leaves: ArraySlice<Hash>) -> [Hash] {
    let n = leaves.count
    guard n > 1 else { return [] }
    let k = split(n)
    let start = leaves.startIndex
    if m < k {
      return path(m, leaves[start..<start + k]) + [root(leaves[(start + k)...])]
    }
    return path(m - k, leaves[(start + k)...]) + [root(leaves[start..<start + k])]
  }

  private static func subproof(_ m: Int, _ leaves: ArraySlice<Hash>, complete: Bool) -> [Hash] {
    let n = leaves.count
    if m == n { return complete ? [] : [root(leaves)] }
    let k = split(n)
    let start = leaves.startIndex
    if m <= k {
      return subproof(m, leaves[start..<start + k], complete: complete)
        + [root(leaves[(start + k)...])]
    }
    return subproof(m - k, leaves[(start + k)...], complete: false)
      + [root(leaves[start..<start + k])]
  }
}
