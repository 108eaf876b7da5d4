import ArgumentParser
import Foundation
import LedgerCore
import LedgerProof
import LedgerStore

/// `clearledger prove`: Merkle proofs against signed checkpoints.
struct ProveCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "prove",
    abstract:
      "Prove that an event is in a checkpoint, or that the log extends an older checkpoint.",
    discussion: """
      `prove POS` writes the inclusion proof of the event at POS in the tree of a checkpoint \
      (--checkpoint FILE, else the latest one made here). `prove --consistency OLD` writes \
      the proof that the tree of the newer checkpoint (--checkpoint NEW, else the latest made \
      here) extends the one of OLD: no event of OLD was changed, removed or moved. Either is \
      refused with exit 2 when this ledger no longer has the checkpoint's root (its history \
      was rewritten since). Proofs are JSON (Schemas/proof.v1.schema.json) of O(log n) \
      hashes; check them with `verify-proof` or Scripts/verify-proof.py.
        clearledger prove 42 --checkpoint xa.checkpoint --out p42.json
        clearledger prove --consistency xa-2026-06.checkpoint --checkpoint xa-2026-12.checkpoint
      """)

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The event's position (for an inclusion proof).") var position: Int64?

  @Option(
    help: ArgumentHelp(
      "An older checkpoint file: prove the newer tree extends it.", valueName: "file"))
  var consistency: String?

  @Option(
    help: ArgumentHelp(
      "The checkpoint to prove against. Default: the latest made here.", valueName: "file"))
  var checkpoint: String?

  @Option(help: ArgumentHelp("Write the proof to this file.", valueName: "file")) var out: String?

  func validate() throws {
    guard (position == nil) != (consistency == nil) else {
      throw ValidationError("Give either a position or --consistency OLD_CHECKPOINT.")
    }
  }

  func run() throws {
    try CommandRunner.run(global) { environment in
      let ledger = try environment.readLedger()
      let note: SignedNote
      if let checkpoint {
        note = try LedgerEnvironment.note(at: checkpoint)
      } else {
        guard let latest = try ledger.latestCheckpoint() else {
          throw LedgerError.noCheckpoint(position: position ?? 0)
        }
        note = latest
      }
      guard let target = try? Checkpoint(text: note.text) else {
        throw LedgerError.unreadableProof(path: checkpoint ?? "checkpoint")
      }
      let proof: ProofDocument
      if let consistency {
        proof = try ledger.consistencyProof(
          from: try LedgerEnvironment.note(at: consistency), to: target)
      } else {
        // A checkpoint file that stops before the position is named as such; the latest
        // checkpoint made here asks for a newer one (`noCheckpoint`).
        // A position the ledger does not hold is no event, not a proof that fails (trial:
        // `prove 500` read as tampering, exit 2).
        if let position, position > Int64(try ledger.eventCount()) || position < 1 {
          throw LedgerError.unknownPosition(position)
        }
        if checkpoint != nil, let position, position >= 1, UInt64(position) > target.size {
          throw LedgerError.positionAfterCheckpoint(position, size: target.size)
        }
        proof = try ledger.inclusionProof(position: position ?? 0, in: target)
      }
      let data = try proof.encoded()
      if let out {
        try OutputFile.write(data, to: out)
        let l = environment.language
        print(
          l.pick(
            vi: "Đã ghi bằng chứng (\(proof.path.count) mã băm, \(data.count) byte) vào \(out).",
            en: "Wrote the proof (\(proof.path.count) hashes, \(data.count) bytes) to \(out)."))
      } else {
        print(String(decoding: data, as: UTF8.self), terminator: "")
      }
    }
  }
}
