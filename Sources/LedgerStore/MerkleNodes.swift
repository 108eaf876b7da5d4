import Foundation
import GRDB
import LedgerChain
import LedgerCore
import LedgerProof

/// The perfect subtrees of the ledger's Merkle tree kept in `merkle_nodes` (migration v10), so
/// that a proof reads O(log² n) rows.
///
/// A leaf (level 0) is read from its event; a checkpoint adds the subtrees its new events
/// complete (`extend`). The table is derived from the log: proofs made from it are checked
/// against their checkpoint's root before they are given.
struct MerkleNodes {
  let db: Database

  /// How many leaves the stored subtrees cover: every leaf of a complete pair.
  func coveredLeaves() throws -> Int {
    2 * (try Int.fetchOne(db, sql: "SELECT count(*) FROM merkle_nodes WHERE level = 1") ?? 0)
  }

  /// Adds the subtrees completed by the events up to `size`, reading only the new events.
  func extend(through size: Int) throws {
    let start = try coveredLeaves()
    guard size > start else { return }
    let insert = try db.cachedStatement(
      sql: "INSERT OR IGNORE INTO merkle_nodes (level, idx, hash) VALUES (?, ?, ?)")
    var last: [Int: (index: Int, hash: MerkleTree.Hash)] = [:]
    var previousLeaf: MerkleTree.Hash = []
    let rows = try Row.fetchCursor(
      db,
      sql:
        "SELECT position, hash FROM events WHERE position > ? AND position <= ? ORDER BY position",
      arguments: [start, size])
    while let row = try rows.next() {
      let leaf = MerkleTree.leafHash(Hex.decode(row["hash"] as String) ?? [])
      var hash = leaf
      var level = 0
      var index = Int(row["position"] as Int64) - 1
      while index & 1 == 1 {
        let left: MerkleTree.Hash
        if level == 0 {
          left = previousLeaf
        } else if let known = last[level], known.index == index - 1 {
          left = known.hash
        } else {
          left = try perfect(level, index - 1)
        }
        hash = MerkleTree.nodeHash(left, hash)
        level += 1
        index >>= 1
        try insert.execute(arguments: [level, index, Data(hash)])
        last[level] = (index, hash)
      }
      previousLeaf = leaf
    }
  }

  /// Makes every kept subtree again from the events (after the log was changed behind the
  /// program's back).
  func remake(through size: Int) throws {
    try db.execute(sql: "DELETE FROM merkle_nodes")
    try extend(through: size)
  }

  /// The hash of the perfect subtree of 2^level leaves starting at leaf index·2^level.
  func perfect(_ level: Int, _ index: Int) throws -> MerkleTree.Hash {
    if level == 0 {
      let hash = try String.fetchOne(
        try db.cachedStatement(sql: "SELECT hash FROM events WHERE position = ?"),
        arguments: [index + 1])
      return MerkleTree.leafHash(Hex.decode(hash ?? "") ?? [])
    }
    guard
      let stored = try Data.fetchOne(
        try db.cachedStatement(sql: "SELECT hash FROM merkle_nodes WHERE level = ? AND idx = ?"),
        arguments: [level, index])
    else { throw LedgerError.proofFails(.ledgerDiffers(size: UInt64(index + 1) << level)) }
    return Array(stored)
  }

  /// Roots and proofs read from the stored subtrees.
  var ranges: MerkleRanges {
    MerkleRanges(perfect: perfect)
  }
}
