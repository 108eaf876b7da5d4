/// Why a key, note, checkpoint or proof could not be read or made.
public enum ProofError: Error, Hashable, Sendable {
  /// A key name is empty or holds a space or `+`.
  case badKeyName(String)
  /// A key is not a 32-byte Ed25519 key in the expected form.
  case badKey
  /// A signed note does not follow the C2SP signed-note format; the text says where.
  case badNote(String)
  /// A checkpoint does not follow the C2SP checkpoint format; the text says where.
  case badCheckpoint(String)
  /// A proof file does not read; the text says where.
  case badProof(String)
  /// A sealed key file was opened with a wrong passphrase (or was altered).
  case wrongPassphrase
  /// A key file is sealed and no passphrase was given.
  case passphraseNeeded
  /// A key file does not read.
  case badKeyFile(String)
}
