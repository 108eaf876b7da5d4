import ArgumentParser
import Foundation
import LedgerChain
import LedgerCore
import LedgerProof
import LedgerStore

/// `clearledger checkpoint`: signed checkpoints of the log, and witnesses' cosignatures.
struct CheckpointCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "checkpoint",
    abstract:
      "Sign a checkpoint of the log (its size and Merkle root), or cosign one as a witness.",
    discussion: """
      A checkpoint (C2SP signed-note format) states how many events the log has and the \
      RFC 6962 Merkle root over their hashes, signed by the ledger's own key (LEDGER.key \
      beside the ledger, made at `init`). Whoever keeps a checkpoint can later demand proofs: \
      that an event is in it (`prove POS`), and that a later log extends it (`prove \
      --consistency`), and check them without this ledger (`verify-proof`, \
      Scripts/verify-proof.py).
        clearledger checkpoint --out xa-2026-06.checkpoint
        clearledger checkpoint key
        clearledger checkpoint cosign xa-2026-06.checkpoint --key huyen.key
      """,
    subcommands: [CheckpointMake.self, CheckpointCosign.self, CheckpointKey.self],
    defaultSubcommand: CheckpointMake.self)
}

/// `clearledger checkpoint [make] [--out FILE]`.
struct CheckpointMake: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "make", abstract: "Sign a checkpoint of the whole log now (the default).")

  @OptionGroup var global: GlobalOptions

  @Option(help: ArgumentHelp("Write the checkpoint to this file.", valueName: "file"))
  var out: String?

  func run() throws {
    try CommandRunner.run(global) { environment in
      let ledger = try environment.openLedger()
      let key = try environment.ownLedgerKey()
      let note = try ledger.makeCheckpoint(key: key)
      let checkpoint = try Checkpoint(text: note.text)
      try OutputFile.write(Data(note.rendered.utf8), to: out)
      if environment.json {
        JSONOutput.print(
          CheckpointJSON(
            origin: checkpoint.origin, size: checkpoint.size, root: Hex.encode(checkpoint.root),
            note: note.rendered, ledgerKey: key.verifier.description, file: out))
        return
      }
      guard let out else {
        print(note.rendered, terminator: "")
        return
      }
      print(
        environment.language.pick(
          vi:
            "Đã ký mốc kiểm tra: \(checkpoint.size) sự kiện, gốc \(Hex.encode(checkpoint.root).prefix(16))…, trong \(out).",
          en:
            "Signed a checkpoint: \(checkpoint.size) events, root \(Hex.encode(checkpoint.root).prefix(16))…, in \(out)."
        ))
    }
  }
}

/// `clearledger checkpoint cosign FILE --key KEY`.
struct CheckpointCosign: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "cosign",
    abstract: "As a witness (another office), countersign a checkpoint you have seen.",
    discussion: """
      The checkpoint's own signature is checked first, against --ledger-key or the key of a \
      source registered in this ledger (`source add`). The cosignature (C2SP \
      tlog-cosignature/v1: Ed25519 over the checkpoint and the time) is made with --key, a key \
      file from `key new`, and added to FILE (or written to --out).
        clearledger checkpoint cosign xa.checkpoint --key huyen.key --db huyen.sqlite
      """)

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The checkpoint file.") var file: String

  @Option(
    help: ArgumentHelp(
      "The checkpoint's ledger key (NAME+HASH+BASE64, or a file holding it), when it is not a source registered here.",
      valueName: "key"))
  var ledgerKey: String?

  @Option(
    help: ArgumentHelp("Write the cosigned checkpoint here instead of FILE.", valueName: "file"))
  var out: String?

  func run() throws {
    try CommandRunner.run(global) { environment in
      guard let witness = try environment.signer() else {
        throw LedgerError.unreadableKeyFile(path: "--key")
      }
      var note = try LedgerEnvironment.note(at: file)
      let origin = (try? Checkpoint(text: note.text))?.origin ?? ""
      let key = try environment.ledgerKey(for: origin, given: ledgerKey)
      let checkpoint = try ProofCheck.checkpoint(note, signedBy: key)
      try Cosignature.add(to: &note, by: witness, at: environment.clock.now())
      try OutputFile.write(Data(note.rendered.utf8), to: out ?? file)
      if environment.json {
        JSONOutput.print(
          CheckpointJSON(
            origin: checkpoint.origin, size: checkpoint.size, root: Hex.encode(checkpoint.root),
            note: note.rendered, ledgerKey: key.description, file: out ?? file))
        return
      }
      print(
        environment.language.pick(
          vi:
            "Đã ký xác nhận mốc \(checkpoint.size) sự kiện của \(checkpoint.origin) bằng khóa \(witness.verifier.keyID); trong \(out ?? file).",
          en:
            "Cosigned the checkpoint of \(checkpoint.size) events of \(checkpoint.origin) with key \(witness.verifier.keyID); in \(out ?? file)."
        ))
    }
  }
}

/// `clearledger checkpoint key`: the ledger's public key, to give to whoever checks.
struct CheckpointKey: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "key",
    abstract: "Print the ledger's public key (for `source add` and `verify-proof --ledger-key`).")

  @OptionGroup var global: GlobalOptions

  func run() throws {
    try CommandRunner.run(global) { environment in
      _ = try environment.readLedger()
      let key = try environment.ownLedgerKey().verifier
      if environment.json {
        JSONOutput.print(["ledger_key": key.description, "key_id": key.keyID])
      } else {
        print(key.description)
      }
    }
  }
}

/// A checkpoint as `--json` shows it.
struct CheckpointJSON: Encodable {
  var origin: String
  var size: UInt64
  var root: String
  var note: String
  var ledgerKey: String
  var file: String?
}
