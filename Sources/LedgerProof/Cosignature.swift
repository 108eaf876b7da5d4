import Foundation

/// A witness's cosignature of a checkpoint (C2SP tlog-cosignature/v1): an Ed25519 signature,
/// by another office's key, over "cosignature/v1", the time it was made and the checkpoint.
public enum Cosignature {
  /// Adds `key`'s cosignature, made at `time`, to a signed checkpoint note.
  public static func add(to note: inout SignedNote, by key: SignerKey, at time: Date) throws {
    let seconds = UInt64(max(0, time.timeIntervalSince1970.rounded(.down)))
    let signature = try key.sign(message(note.text, seconds: seconds))
    note.signatures.append(
      NoteSignature(
        name: key.name, keyHash: keyHash(key.verifier), signature: bigEndian(seconds) + signature))
  }

  /// The time `key` cosigned the note, or nil when it has no valid cosignature by that key.
  public static func time(in note: SignedNote, by key: VerifierKey) -> Date? {
    for line in note.signatures
    where line.name == key.name && line.keyHash == keyHash(key) && line.signature.count == 72 {
      let seconds = line.signature.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
      if key.isValidSignature(line.signature.dropFirst(8), of: message(note.text, seconds: seconds))
      {
        return Date(timeIntervalSince1970: TimeInterval(seconds))
      }
    }
    return nil
  }

  /// The lines that look like cosignatures (their key unknown here): name and key hash.
  public static func lines(in note: SignedNote) -> [NoteSignature] {
    note.signatures.filter { $0.signature.count == 72 }
  }

  /// The key hash of a cosigning key (algorithm 0x04).
  public static func keyHash(_ key: VerifierKey) -> [UInt8] {
    NoteSignature.keyHash(name: key.name, algorithm: NoteSignature.cosignatureV1, key.publicKey)
  }

  private static func message(_ text: String, seconds: UInt64) -> [UInt8] {
    Array("cosignature/v1\ntime \(seconds)\n\(text)".utf8)
  }

  private static func bigEndian(_ value: UInt64) -> [UInt8] {
    (0..<8).reversed().map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
  }
}
