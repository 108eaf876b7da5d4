import Foundation
import LedgerProof
import Testing

/// The all-levels tree gives RFC 6962's roots and audit paths.
@Suite("Merkle levels")
struct MerkleLevelsTests {
  private func leaves(_ n: Int) -> [MerkleTree.Hash] {
    (0..<n).map {
      MerkleTree.leafHash([
        UInt8(truncatingIfNeeded: $0), UInt8(truncatingIfNeeded: $0 >> 8),
        UInt8(truncatingIfNeeded: $0 >> 16),
      ])
    }
  }

  @Test("Every root and every path equals the recursive definition's, for 1…70 leaves")
  func sameAsRecursive() {
    for n in 1...70 {
      let leaves = leaves(n)
      let levels = MerkleLevels(leafHashes: leaves)
      #expect(levels.root == MerkleTree.root(leaves), "root of \(n)")
      for index in 0..<n {
        let path = levels.inclusionProof(index: index)
        #expect(path == MerkleTree.inclusionProof(index: index, leaves), "path \(index) of \(n)")
        #expect(
          MerkleVerifier.verifyInclusion(
            index: UInt64(index), size: UInt64(n), leafHash: leaves[index], proof: path,
            root: levels.root))
      }
    }
  }

  @Test("A path is O(log n): at most ⌈log2 n⌉ hashes for 100,000 leaves")
  func logarithmic() {
    let levels = MerkleLevels(leafHashes: leaves(100_000))
    #expect(levels.inclusionProof(index: 54_321).count <= 17)
    #expect(MerkleLevels(leafHashes: []).root == MerkleTree.emptyRoot)
  }
}
