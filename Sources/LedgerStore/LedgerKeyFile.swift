import Foundation
import LedgerCore
import LedgerProof

/// The ledger's own Ed25519 key, kept in a file beside the ledger (`LEDGER.key`, mode 0600),
/// never inside it: it signs the ledger's checkpoints, and its name is their origin.
///
/// Whoever holds the ledger file alone cannot sign a checkpoint, so a copy of the file that
/// was rewritten cannot vouch for itself.
public enum LedgerKeyFile {
  /// Where the key of the ledger at `ledgerPath` is kept.
  public static func path(for ledgerPath: String) -> String { ledgerPath + ".key" }

  /// Makes a new ledger key and writes it beside the ledger; refuses to replace a file.
  public static func make(for ledgerPath: String) throws -> SignerKey {
    let path = path(for: ledgerPath)
    let key = try SignerKey.named(SignerKey.ledgerPrefix)
    let bytes = try KeyFile(key: key, person: nil, passphrase: nil).encoded()
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
    guard descriptor >= 0 else {
      if errno == EEXIST { throw LedgerError.keyFileExists(path: path) }
      throw LedgerError.unwritableOutput(path)
    }
    let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    do {
      try handle.write(contentsOf: bytes)
      try handle.synchronize()
    } catch {
      try? FileManager.default.removeItem(atPath: path)
      throw LedgerError.unwritableOutput(path)
    }
    return key
  }

  /// The key beside the ledger, nil when there is no file.
  public static func load(for ledgerPath: String) throws -> SignerKey? {
    let path = path(for: ledgerPath)
    guard FileManager.default.fileExists(atPath: path) else { return nil }
    guard let data = FileManager.default.contents(atPath: path),
      let file = try? KeyFile(decoding: data), file.person == nil,
      let key = try? file.open(passphrase: nil), key.name.hasPrefix(SignerKey.ledgerPrefix)
    else { throw LedgerError.unreadableKeyFile(path: path) }
    return key
  }
}
