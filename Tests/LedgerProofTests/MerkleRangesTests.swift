import Foundation
import LedgerProof
import Testing

/// Roots and proofs from perfect subtrees are RFC 6962's, and read O(log² n) of them.
@Suite("Merkle ranges")
struct MerkleRangesTests {
  private func leaves(_ n: Int) -> [MerkleTree.Hash] {
    (0..<n).map {
      MerkleTree.leafHash([UInt8(truncatingIfNeeded: $0), UInt8(truncatingIfNeeded: $0 >> 8)])
    }
  }

  /// The perfect subtrees of `leaves`, computed from them, counting the reads.
  private final class Store: @unchecked Sendable {
    let leaves: [MerkleTree.Hash]
    var reads = 0
    init(_ leaves: [MerkleTree.Hash]) { self.leaves = leaves }
    func perfect(_ level: Int, _ index: Int) -> MerkleTree.Hash {
      reads += 1
      let width = 1 << level
      return MerkleTree.root(leaves[(index * width)..<((index + 1) * width)])
    }
  }

  @Test(
    "Every root, audit path and consistency proof equals the recursive definition's, for 1…40 leaves"
  )
  func sameAsRecursive() throws {
    for n in 1...40 {
      let all = leaves(n)
      let store = Store(all)
      let ranges = MerkleRanges(perfect: store.perfect)
      #expect(try ranges.root(count: n) == MerkleTree.root(all), "root of \(n)")
      for index in 0..<n {
        #expect(
          try ranges.inclusionProof(index: index, size: n)
            == MerkleTree.inclusionProof(index: index, all), "path \(index) of \(n)")
      }
      for old in 0...n {
        #expect(
          try ranges.consistencyProof(oldSize: old, size: n)
            == MerkleTree.consistencyProof(oldSize: old, all), "consistency \(old) → \(n)")
      }
    }
  }

  @Test("A proof in a tree of a million leaves reads a few hundred subtrees, not the leaves")
  func logarithmicReads() throws {
    var reads = 0
    let ranges = MerkleRanges { level, index in
      reads += 1
      return MerkleTree.leafHash([
        UInt8(truncatingIfNeeded: level), UInt8(truncatingIfNeeded: index),
      ])
    }
    let path = try ranges.inclusionProof(index: 123_457, size: 1_000_003)
    #expect(path.count <= 21)
    #expect(reads < 21 * 21, "\(reads) reads")
    reads = 0
    _ = try ranges.consistencyProof(oldSize: 654_321, size: 1_000_003)
    #expect(reads < 21 * 21, "\(reads) reads")
  }
}
