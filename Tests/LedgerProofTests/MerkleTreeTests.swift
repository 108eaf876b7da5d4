import Foundation
import LedgerProof
import Testing

/// The test vectors of RFC 6962's reference tree (eight leaves), as the certificate-transparency
/// and transparency-dev/merkle projects publish them.
enum RFC6962Vectors {
  static let leaves: [[UInt8]] = [
    "", "00", "10", "2021", "3031", "40414243", "5051525354555657",
    "606162636465666768696a6b6c6d6e6f",
  ].map { Hex.decode($0)! }

  /// The root of the first 1…8 leaves.
  static let roots: [String] = [
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
  ]

  /// (leaf index, tree size, path).
  static let inclusion: [(Int, Int, [String])] = [
    (0, 1, []),
    (
      0, 8,
      [
        "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
      ]
    ),
    (
      5, 8,
      [
        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
      ]
    ),
    (2, 3, ["fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"]),
    (
      1, 5,
      [
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
      ]
    ),
  ]

  /// (old size, new size, path).
  static let consistency: [(Int, Int, [String])] = [
    (1, 1, []),
    (
      1, 8,
      [
        "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
      ]
    ),
    (
      6, 8,
      [
        "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
      ]
    ),
    (
      2, 5,
      [
        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
      ]
    ),
    (
      6, 7,
      [
        "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
        "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
      ]
    ),
  ]

  static var leafHashes: [[UInt8]] { leaves.map(MerkleTree.leafHash) }
  static func root(_ size: Int) -> [UInt8] { Hex.decode(roots[size - 1])! }
}

@Suite("Merkle tree (RFC 6962 test vectors)")
struct MerkleTreeTests {
  @Test("The empty tree's root is SHA-256 of nothing")
  func emptyRoot() {
    #expect(
      Hex.encode(MerkleTree.root([[UInt8]]()))
        == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
  }

  @Test("Roots of the first 1…8 leaves are the RFC vectors", arguments: 1...8)
  func roots(size: Int) {
    let hashes = RFC6962Vectors.leafHashes
    #expect(Hex.encode(MerkleTree.root(hashes.prefix(size))) == RFC6962Vectors.roots[size - 1])
  }

  @Test("Inclusion proofs are made and checked as the vectors say", arguments: 0..<5)
  func inclusion(case index: Int) {
    let (leaf, size, path) = RFC6962Vectors.inclusion[index]
    let hashes = Array(RFC6962Vectors.leafHashes.prefix(size))
    let proof = MerkleTree.inclusionProof(index: leaf, hashes)
    #expect(proof.map(Hex.encode) == path)
    let root = RFC6962Vectors.root(size)
    #expect(
      MerkleVerifier.verifyInclusion(
        index: UInt64(leaf), size: UInt64(size), leafHash: hashes[leaf], proof: proof, root: root))
  }

  @Test("Consistency proofs are made and checked as the vectors say", arguments: 0..<5)
  func consistency(case index: Int) {
    let (old, new, path) = RFC6962Vectors.consistency[index]
    let hashes = Array(RFC6962Vectors.leafHashes.prefix(new))
    let proof = MerkleTree.consistencyProof(oldSize: old, hashes)
    #expect(proof.map(Hex.encode) == path)
    #expect(
      MerkleVerifier.verifyConsistency(
        oldSize: UInt64(old), newSize: UInt64(new), oldRoot: RFC6962Vectors.root(old),
        newRoot: RFC6962Vectors.root(new), proof: proof))
  }

  @Test("A corrupted inclusion proof is refused: wrong index, size, leaf, root or path")
  func corruptedInclusion() {
    let hashes = RFC6962Vectors.leafHashes
    let proof = MerkleTree.inclusionProof(index: 5, hashes)
    let root = RFC6962Vectors.root(8)
    func holds(_ index: UInt64, _ size: UInt64, _ leaf: [UInt8], _ path: [[UInt8]], _ r: [UInt8])
      -> Bool
    {
      MerkleVerifier.verifyInclusion(index: index, size: size, leafHash: leaf, proof: path, root: r)
    }
    #expect(holds(5, 8, hashes[5], proof, root))
    #expect(!holds(4, 8, hashes[5], proof, root))
    #expect(!holds(6, 8, hashes[5], proof, root))
    #expect(!holds(5, 16, hashes[5], proof, root))
    #expect(!holds(5, 4, hashes[5], proof, root))
    #expect(!holds(5, 8, hashes[4], proof, root))
    #expect(!holds(5, 8, hashes[5], proof, RFC6962Vectors.root(7)))
    #expect(!holds(5, 8, hashes[5], proof + [root], root))
    #expect(!holds(5, 8, hashes[5], [root] + proof, root))
    #expect(!holds(5, 8, hashes[5], Array(proof.dropLast()), root))
    for index in proof.indices {
      var flipped = proof
      flipped[index][0] ^= 8
      #expect(!holds(5, 8, hashes[5], flipped, root), "bit flipped in proof[\(index)]")
    }
  }

  @Test("A corrupted consistency proof is refused: wrong sizes, roots or path")
  func corruptedConsistency() {
    let hashes = RFC6962Vectors.leafHashes
    let proof = MerkleTree.consistencyProof(oldSize: 6, hashes)
    let old = RFC6962Vectors.root(6)
    let new = RFC6962Vectors.root(8)
    func holds(_ m: UInt64, _ n: UInt64, _ r1: [UInt8], _ r2: [UInt8], _ path: [[UInt8]]) -> Bool {
      MerkleVerifier.verifyConsistency(
        oldSize: m, newSize: n, oldRoot: r1, newRoot: r2, proof: path)
    }
    #expect(holds(6, 8, old, new, proof))
    #expect(!holds(5, 8, old, new, proof))
    #expect(!holds(7, 8, old, new, proof))
    #expect(!holds(6, 16, old, new, proof))
    #expect(!holds(6, 8, new, old, proof))
    #expect(!holds(6, 8, old, new, []))
    #expect(!holds(6, 8, old, new, Array(proof.dropLast())))
    #expect(!holds(6, 8, old, new, [old] + proof))
    #expect(!holds(8, 6, new, old, proof))
    for index in proof.indices {
      var flipped = proof
      flipped[index][0] ^= 16
      #expect(!holds(6, 8, old, new, flipped), "bit flipped in proof[\(index)]")
    }
  }

  @Test("Every proof of every tree up to 40 leaves checks against the tree's root")
  func everyProof() {
    let hashes = (0..<40).map { MerkleTree.leafHash([UInt8(truncatingIfNeeded: $0), 7]) }
    for size in 1...hashes.count {
      let tree = Array(hashes.prefix(size))
      let root = MerkleTree.root(tree)
      for leaf in 0..<size {
        let proof = MerkleTree.inclusionProof(index: leaf, tree)
        #expect(
          MerkleVerifier.verifyInclusion(
            index: UInt64(leaf), size: UInt64(size), leafHash: tree[leaf], proof: proof,
            root: root))
      }
      for old in 1...size {
        let proof = MerkleTree.consistencyProof(oldSize: old, tree)
        #expect(
          MerkleVerifier.verifyConsistency(
            oldSize: UInt64(old), newSize: UInt64(size), oldRoot: MerkleTree.root(tree.prefix(old)),
            newRoot: root, proof: proof), "\(old) → \(size)")
      }
    }
  }
}
