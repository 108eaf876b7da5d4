import Foundation

/// A C2SP signed note: a text that ends in a newline, a blank line, and signature lines.
///
/// Each Ed25519 signature is over the text exactly (its final newline included). Lines by keys
/// a verifier does not know are kept and ignored, so notes can gather signatures from others
/// (cosignatures) without breaking the first.
public struct SignedNote: Hashable, Sendable {
  /// The signed text, ending in a newline.
  public var text: String
  public var signatures: [NoteSignature]

  public init(text: String, signatures: [NoteSignature] = []) throws {
    guard text.hasSuffix("\n"), !text.contains("\n\n"),
      !text.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\n" })
    else {
      throw ProofError.badNote(
        "the text must be lines without control characters, ending in a newline")
    }
    self.text = text
    self.signatures = signatures
  }

  /// Reads a signed note.
  public init(parsing note: String) throws {
    guard let split = note.range(of: "\n\n") else {
      throw ProofError.badNote("no blank line before the signatures")
    }
    let text = String(note[..<split.lowerBound]) + "\n"
    let tail = note[split.upperBound...]
    guard tail.hasSuffix("\n") else {
      throw ProofError.badNote("the last line must end in a newline")
    }
    let lines = tail.dropLast().split(separator: "\n", omittingEmptySubsequences: false)
    let signatures = try lines.map { try NoteSignature(line: String($0)) }
    guard !signatures.isEmpty else { throw ProofError.badNote("no signature") }
    try self.init(text: text, signatures: signatures)
  }

  /// The note as written: text, blank line, one signature a line.
  public var rendered: String {
    text + "\n" + signatures.map { $0.line + "\n" }.joined()
  }

  /// Adds the Ed25519 signature of `key` over the text.
  public mutating func sign(with key: SignerKey) throws {
    let signature = try key.sign(Array(text.utf8))
    signatures.append(
      NoteSignature(name: key.name, keyHash: key.verifier.keyHash, signature: signature))
  }

  /// Whether `key` signed this text (a line with its name and key hash whose signature holds).
  public func isSigned(by key: VerifierKey) -> Bool {
    signatures.contains { line in
      line.name == key.name && line.keyHash == key.keyHash && line.signature.count == 64
        && key.isValidSignature(line.signature, of: Array(text.utf8))
    }
  }
}
