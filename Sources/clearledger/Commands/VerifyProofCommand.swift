import ArgumentParser
import Foundation
import LedgerChain
import LedgerCore
import LedgerProof
import LedgerStore

/// `clearledger verify-proof PROOF --checkpoint FILE`: what an inspector runs.
struct VerifyProofCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "verify-proof",
    abstract: "Check a proof against a signed checkpoint: exit 0 when it holds, 2 when not.",
    discussion: """
      The checkpoint must be signed by its ledger's key: --ledger-key, else this ledger's own \
      key, else the key of a source registered here (`source add`). An inclusion proof must \
      lead from the event's hash to the checkpoint's root; with --event (a line of an events \
      export, or a file holding it) the event must also hash to the proof's hash, so its \
      content is proven too. A consistency proof's older checkpoint must be signed by the \
      same key and the newer tree must extend it. Cosignatures on the checkpoint are listed, \
      and checked when their key is registered here or given with --witness. Needs no \
      ledger: Scripts/verify-proof.py checks the same files with Python alone.
        clearledger verify-proof p42.json --checkpoint xa.checkpoint --ledger-key xa.pub
      """)

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The proof file (from `prove`).") var proof: String

  @Option(help: ArgumentHelp("The signed checkpoint the proof is for.", valueName: "file"))
  var checkpoint: String

  @Option(
    help: ArgumentHelp(
      "The event's line (JSON, as `events export` writes it), or a file holding it.",
      valueName: "line"))
  var event: String?

  @Option(
    help: ArgumentHelp(
      "The checkpoint's ledger key (NAME+HASH+BASE64, or a file holding it).", valueName: "key"))
  var ledgerKey: String?

  @Option(
    help: ArgumentHelp(
      "A witness's key to check its cosignature with (repeatable).", valueName: "key"))
  var witness: [String] = []

  func run() throws {
    try CommandRunner.run(global) { environment in
      let note = try LedgerEnvironment.note(at: checkpoint)
      guard let data = FileManager.default.contents(atPath: proof),
        let document = try? ProofDocument(decoding: data)
      else { throw LedgerError.unreadableProof(path: proof) }
      let origin = (try? Checkpoint(text: note.text))?.origin ?? ""
      let key = try environment.ledgerKey(for: origin, given: ledgerKey)
      var eventHash: String?
      if let event {
        let text =
          FileManager.default.contents(atPath: event).map { String(decoding: $0, as: UTF8.self) }
          ?? event
        let line =
          text.split(separator: "\n").first { !$0.allSatisfy(\.isWhitespace) }.map(String.init)
          ?? text
        eventHash = try ProofCheck.eventHash(ofLine: line).hash
      }
      let target = try ProofCheck.checkpoint(note, signedBy: key)
      try ProofCheck.check(document, against: target, key: key, eventHash: eventHash)
      let cosignatures = ProofCheck.cosignatures(
        on: note, witnesses: try environment.witnessKeys(given: witness))
      if environment.json {
        if let forged = cosignatures.first(where: { $0.known && !$0.holds }) {
          throw LedgerError.proofFails(.cosignatureFails(name: forged.name))
        }
        JSONOutput.print(
          ProofReport(
            holds: true, kind: document.kind.rawValue, origin: target.origin,
            treeSize: target.size, position: document.position, eventChecked: event != nil,
            oldSize: document.oldCheckpoint.flatMap {
              (try? SignedNote(parsing: $0)).flatMap { try? Checkpoint(text: $0.text) }?.size
            },
            cosignatures: cosignatures))
        return
      }
      let l = environment.language
      switch document.kind {
      case .inclusion:
        let position = document.position ?? 0
        print(
          l.pick(
            vi:
              "Bằng chứng đúng: sự kiện #\(position)\(event != nil ? " (nội dung đã đối chiếu)" : "") nằm trong cây \(target.size) sự kiện của \(target.origin), mốc được ký bằng khóa sổ.",
            en:
              "The proof holds: event #\(position)\(event != nil ? " (its content checked)" : "") is in the tree of \(target.size) events of \(target.origin), a checkpoint signed by the ledger key."
          ))
      case .consistency:
        print(
          l.pick(
            vi:
              "Bằng chứng đúng: cây \(target.size) sự kiện của \(target.origin) nối tiếp mốc cũ; không sự kiện cũ nào bị sửa, xóa hay đổi chỗ.",
            en:
              "The proof holds: the tree of \(target.size) events of \(target.origin) extends the older checkpoint; no earlier event was changed, removed or moved."
          ))
      }
      if cosignatures.isEmpty {
        print(l.pick(vi: "Không có chữ ký xác nhận của bên thứ ba.", en: "No cosignatures."))
      }
      for cosigning in cosignatures {
        let state: String
        if !cosigning.known {
          state = l.pick(vi: "khóa chưa biết, không kiểm được", en: "unknown key, not checked")
        } else if cosigning.holds {
          state = l.pick(
            vi: "đúng, lúc \(cosigning.time ?? "")", en: "holds, at \(cosigning.time ?? "")")
        } else {
          state = l.pick(vi: "SAI", en: "DOES NOT HOLD")
        }
        print(l.pick(vi: "Ký xác nhận: ", en: "Cosigned: ") + "\(cosigning.name) — \(state)")
      }
      // A witness's signature that a known key does not confirm is a forged witness.
      if let forged = cosignatures.first(where: { $0.known && !$0.holds }) {
        throw LedgerError.proofFails(.cosignatureFails(name: forged.name))
      }
    }
  }
}

/// What `verify-proof --json` reports.
struct ProofReport: Encodable {
  var holds: Bool
  var kind: String
  var origin: String
  var treeSize: UInt64
  var position: UInt64?
  var eventChecked: Bool
  var oldSize: UInt64?
  var cosignatures: [Cosigning]
}
