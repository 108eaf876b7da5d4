import Foundation
import GRDB
import LedgerChain
import LedgerCore
import LedgerProof

extension Ledger {
  /// Makes a checkpoint of the whole log, signed by `key` (the ledger's own), and keeps it.
  ///
  /// The checkpoint (C2SP format) names the key as its origin and states the number of events
  /// and the RFC 6962 Merkle root over their hashes; it is kept in `checkpoints` with its note,
  /// so `prove` can answer for it later. Refused with `chainBroken` when the chain does not
  /// hold: a broken log is not vouched for.
  public func makeCheckpoint(key: SignerKey) throws -> SignedNote {
    try StoreErrors.map(path: path) {
      try database.write { db in
        try checkChain(in: db)
        // A checkpoint vouches for the whole log: every event is hashed again from its
        // content, not only those after the last checked point.
        let whole = try db.readingOnce {
          try ChainSegment(
            in: db, from: 1, through: nil, previous: Array(HashChain.genesis.utf8))
        }
        if let problem = whole.problem {
          throw LedgerError.chainBroken(position: problem.position)
        }
        // The root is computed from the events themselves, never from the kept subtrees: a
        // checkpoint vouches for the log as it is. The subtrees the new events complete are
        // then kept for `prove`, and all of them are made again if they disagree with it.
        let leaves = try leafHashes(through: .max, in: db)
        let size = leaves.count
        let root = MerkleTree.root(leaves)
        let nodes = MerkleNodes(db: db)
        try nodes.extend(through: size)
        if try nodes.ranges.root(count: size) != root {
          try nodes.remake(through: size)
        }
        let checkpoint = Checkpoint(origin: key.name, size: UInt64(size), root: root)
        let note = try checkpoint.signed(by: key)
        let lastHash =
          try String.fetchOne(
            db, sql: "SELECT hash FROM events WHERE position = ?", arguments: [size])
          ?? HashChain.genesis
        try keepMark(
          ChainMark(size: Int64(size), lastHash: lastHash),
          root: Hex.encode(checkpoint.root), note: note.rendered, in: db)
        return note
      }
    }
  }

  /// The latest signed checkpoint kept in this ledger, nil when none was made.
  public func latestCheckpoint() throws -> SignedNote? {
    try StoreErrors.map(path: path) {
      try database.read { db in
        guard
          let text = try String.fetchOne(
            db,
            sql: "SELECT note FROM checkpoints WHERE note IS NOT NULL ORDER BY size DESC LIMIT 1")
        else { return nil }
        return try? SignedNote(parsing: text)
      }
    }
  }

  /// The proof that the event at `position` is in `checkpoint`'s tree.
  ///
  /// Refused with `proofFails(.ledgerDiffers)` (exit 2) when this ledger's first events no
  /// longer have the checkpoint's root: the log was rewritten since it was made.
  public func inclusionProof(position: Int64, in checkpoint: Checkpoint) throws -> ProofDocument {
    guard position >= 1, UInt64(position) <= checkpoint.size else {
      throw LedgerError.noCheckpoint(position: position)
    }
    return try StoreErrors.map(path: path) {
      try database.read { db in
        let hash = try String.fetchOne(
          db, sql: "SELECT hash FROM events WHERE position = ?", arguments: [position])
        let size = Int(clamping: checkpoint.size)
        let index = Int(position - 1)
        func holds(_ path: [MerkleTree.Hash]) -> Bool {
          MerkleVerifier.verifyInclusion(
            index: UInt64(index), size: checkpoint.size,
            leafHash: MerkleTree.leafHash(Hex.decode(hash ?? "") ?? []), proof: path,
            root: checkpoint.root)
        }
        // From the kept subtrees (O(log² n) reads) when they cover the checkpoint and the
        // proof holds; otherwise (a checkpoint made before they were kept, or a table out of
        // step) from every leaf, which refuses a log rewritten since the checkpoint.
        // The kept subtrees answer only while the checkpoint's last event still has the hash
        // kept when the checkpoint was made here (a truncated or re-hashed log does not).
        let kept = try String.fetchOne(
          db, sql: "SELECT last_hash FROM checkpoints WHERE size = ? AND root = ?",
          arguments: [size, Hex.encode(checkpoint.root)])
        let last = try String.fetchOne(
          db, sql: "SELECT hash FROM events WHERE position = ?", arguments: [size])
        let nodes = MerkleNodes(db: db)
        var path: [MerkleTree.Hash] = []
        if kept != nil, kept == last, try nodes.coveredLeaves() >= size - 1,
          let fast = try? nodes.ranges.inclusionProof(index: index, size: size), holds(fast)
        {
          path = fast
        } else {
          path = try provenLevels(checkpoint, in: db).inclusionProof(index: index)
          guard holds(path) else {
            throw LedgerError.proofFails(.ledgerDiffers(size: checkpoint.size))
          }
        }
        return ProofDocument.inclusion(
          position: UInt64(position), eventHash: hash ?? "", treeSize: checkpoint.size,
          path: path)
      }
    }
  }

  /// The proof that `newer`'s tree extends `older`'s (the signed note `olderNote`).
  ///
  /// Refused with `proofFails(.ledgerDiffers)` (exit 2) when this ledger no longer has either
  /// root: history was rewritten since the older checkpoint was made.
  public func consistencyProof(from olderNote: SignedNote, to newer: Checkpoint) throws
    -> ProofDocument
  {
    let older = try Checkpoint(text: olderNote.text)
    guard older.origin == newer.origin, older.size <= newer.size else {
      throw LedgerError.proofFails(.checkpointsUnrelated)
    }
    return try StoreErrors.map(path: path) {
      try database.read { db in
        let old = Int(clamping: older.size)
        // From every leaf: the newer root must still be the ledger's, and the older one its
        // prefix's (a truncated or rewritten log is refused, whatever tables say).
        let leaves = try provenLeaves(newer, in: db)
        guard MerkleTree.root(leaves.prefix(old)) == older.root else {
          throw LedgerError.proofFails(.ledgerDiffers(size: older.size))
        }
        let path = MerkleTree.consistencyProof(oldSize: old, leaves)
        guard
          MerkleVerifier.verifyConsistency(
            oldSize: older.size, newSize: newer.size, oldRoot: older.root, newRoot: newer.root,
            proof: path)
        else { throw LedgerError.proofFails(.ledgerDiffers(size: newer.size)) }
        return ProofDocument.consistency(
          oldCheckpoint: olderNote.rendered, treeSize: newer.size, path: path)
      }
    }
  }

  /// Every level of `checkpoint`'s tree, refused when the ledger no longer has its root.
  func provenLevels(_ checkpoint: Checkpoint, in db: Database) throws -> MerkleLevels {
    let levels = MerkleLevels(
      leafHashes: try leafHashes(through: Int64(clamping: checkpoint.size), in: db))
    guard UInt64(levels.size) == checkpoint.size, levels.root == checkpoint.root else {
      throw LedgerError.proofFails(.ledgerDiffers(size: checkpoint.size))
    }
    return levels
  }

  /// The leaf hashes of `checkpoint`'s tree, refused when the ledger no longer has its root.
  func provenLeaves(_ checkpoint: Checkpoint, in db: Database) throws -> [MerkleTree.Hash] {
    let leaves = try leafHashes(through: Int64(clamping: checkpoint.size), in: db)
    guard UInt64(leaves.count) == checkpoint.size, MerkleTree.root(leaves) == checkpoint.root
    else { throw LedgerError.proofFails(.ledgerDiffers(size: checkpoint.size)) }
    return leaves
  }

  /// The Merkle leaf hashes of the first `size` events: SHA-256(0x00 ‖ the event's hash as 32
  /// bytes), in log order.
  func leafHashes(through size: Int64, in db: Database) throws -> [MerkleTree.Hash] {
    let rows = try String.fetchCursor(
      db, sql: "SELECT hash FROM events WHERE position <= ? ORDER BY position", arguments: [size])
    var leaves: [MerkleTree.Hash] = []
    while let hash = try rows.next() {
      leaves.append(MerkleTree.leafHash(Hex.decode(hash) ?? []))
    }
    return leaves
  }
}
