import Foundation
import LedgerProof
import Testing

@Suite("Signed notes, checkpoints, cosignatures and key files")
struct SignedNoteTests {
  let seed = [UInt8](repeating: 7, count: 32)

  @Test("A checkpoint signed by the log's key verifies, reads back, and fails once altered")
  func checkpoint() throws {
    let key = try SignerKey(name: "clearledger/ledger/test", seed: seed)
    let checkpoint = Checkpoint(
      origin: key.name, size: 8, root: RFC6962Vectors.root(8))
    let note = try checkpoint.signed(by: key)
    #expect(note.rendered.hasPrefix("clearledger/ledger/test\n8\nXcnaeacGWamtVZy3Ad7Zoqudgjqt"))
    let read = try SignedNote(parsing: note.rendered)
    #expect(read.isSigned(by: key.verifier))
    #expect(try Checkpoint(text: read.text) == checkpoint)
    let forged = try SignedNote(
      parsing: note.rendered.replacingOccurrences(of: "\n8\n", with: "\n9\n"))
    #expect(!forged.isSigned(by: key.verifier))
    let other = try SignerKey(
      name: "clearledger/ledger/test", seed: [UInt8](repeating: 8, count: 32))
    #expect(!read.isSigned(by: other.verifier))
  }

  @Test("A verifier key reads back from its text, even with `+` in its base64")
  func keysWithPlusRead() throws {
    // Seeds until one whose public key's base64 holds a `+` (the separator of the text form).
    var seed: UInt8 = 0
    var key = try SignerKey.named(SignerKey.personPrefix, seed: [UInt8](repeating: 0, count: 32))
    while !key.verifier.description.split(separator: "+", maxSplits: 2)[2].contains("+") {
      seed += 1
      key = try SignerKey.named(SignerKey.personPrefix, seed: [UInt8](repeating: seed, count: 32))
    }
    #expect(try VerifierKey(parsing: key.verifier.description) == key.verifier)
  }

  @Test("A verifier key reads back from its text, and a changed key hash is refused")
  func verifierKeyText() throws {
    let key = try SignerKey(name: "clearledger/key/a", seed: seed).verifier
    #expect(try VerifierKey(parsing: key.description) == key)
    let parts = key.description.split(separator: "+")
    #expect(throws: ProofError.badKey) {
      try VerifierKey(parsing: "\(parts[0])+00000000+\(parts[2])")
    }
  }

  @Test("A witness's cosignature is found with its time; the log's own signature still holds")
  func cosignature() throws {
    let log = try SignerKey(name: "clearledger/ledger/test", seed: seed)
    let witness = try SignerKey(name: "huyen", seed: [UInt8](repeating: 9, count: 32))
    var note = try Checkpoint(origin: log.name, size: 3, root: RFC6962Vectors.root(3)).signed(
      by: log)
    let time = Date(timeIntervalSince1970: 1_790_000_000)
    try Cosignature.add(to: &note, by: witness, at: time)
    let read = try SignedNote(parsing: note.rendered)
    #expect(read.isSigned(by: log.verifier))
    #expect(Cosignature.time(in: read, by: witness.verifier) == time)
    #expect(Cosignature.time(in: read, by: log.verifier) == nil)
    #expect(Cosignature.lines(in: read).map(\.name) == ["huyen"])
  }

  @Test("A key file in the clear and sealed opens to the same key; a wrong passphrase is refused")
  func keyFile() throws {
    let key = try SignerKey(name: "clearledger/key/a", seed: seed)
    let plain = try KeyFile(key: key, person: "Trần Thị Bình", passphrase: nil)
    #expect(try KeyFile(decoding: plain.encoded()).open(passphrase: nil).seed == seed)
    let sealed = try KeyFile(
      key: key, person: "Trần Thị Bình", passphrase: "mật khẩu", cost: 1 << 10)
    let text = String(decoding: try sealed.encoded(), as: UTF8.self)
    #expect(!text.contains(Data(seed).base64EncodedString()))
    let read = try KeyFile(decoding: sealed.encoded())
    // The passphrase is taken after NFC, so a decomposed spelling opens it too.
    #expect(try read.open(passphrase: "mật khẩu".decomposedStringWithCanonicalMapping).seed == seed)
    #expect(throws: ProofError.wrongPassphrase) { try read.open(passphrase: "sai") }
    #expect(throws: ProofError.passphraseNeeded) { try read.open(passphrase: nil) }
    var renamed = read
    renamed.person = "Người khác"
    #expect(throws: ProofError.wrongPassphrase) { try renamed.open(passphrase: "mật khẩu") }
  }

  @Test("A note without a blank line or with a mangled signature line is refused")
  func badNotes() {
    #expect(throws: ProofError.self) { try SignedNote(parsing: "a\n1\nroot\n") }
    #expect(throws: ProofError.self) { try SignedNote(parsing: "a\n1\nroot\n\n- x y\n") }
    #expect(throws: ProofError.self) { try Checkpoint(text: "a\nten\nAAAA\n") }
  }
}
