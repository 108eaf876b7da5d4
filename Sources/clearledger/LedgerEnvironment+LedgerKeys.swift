import Foundation
import LedgerCore
import LedgerProof
import LedgerStore

extension LedgerEnvironment {
  /// The ledger's own key (`LEDGER.key` beside the ledger), made now when the ledger has none
  /// yet (a ledger made before keys), which is said on standard error.
  func ownLedgerKey() throws -> SignerKey {
    if let key = try LedgerKeyFile.load(for: path) { return key }
    let key = try LedgerKeyFile.make(for: path)
    let file = LedgerKeyFile.path(for: path)
    FileHandle.standardError.write(
      Data(
        (language.pick(
          vi:
            "Sổ chưa có khóa sổ: đã tạo \(file) (quyền 0600). Hãy giữ tệp này cùng sổ nhưng không để trong sổ; gửi khóa công khai (`clearledger checkpoint key`) cho nơi kiểm tra.",
          en:
            "The ledger had no ledger key: made \(file) (mode 0600). Keep it with the ledger, never inside it; give its public key (`clearledger checkpoint key`) to whoever checks."
        ) + "\n").utf8))
    return key
  }

  /// The ledger key a checkpoint's origin names: `given` (a verifier key, or a file holding
  /// one or a ledger key file), else this ledger's own key, else a source registered here.
  func ledgerKey(for origin: String, given: String?) throws -> VerifierKey {
    if let given { return try Self.verifierKey(given) }
    if let own = try? LedgerKeyFile.load(for: path), own.name == origin { return own.verifier }
    if FileManager.default.fileExists(atPath: path),
      let source = try readLedger(warnIfBroken: false).sources().first(where: {
        $0.revokedAt == nil && (try? $0.verifier().name) == origin
      })
    {
      return try source.verifier()
    }
    throw LedgerError.unregisteredSource(origin)
  }

  /// The keys a cosignature may be checked with: `given` ones, and the people's and sources'
  /// keys registered in this ledger, if there is one.
  func witnessKeys(given: [String]) throws -> [VerifierKey] {
    var keys = try given.map(Self.verifierKey)
    if FileManager.default.fileExists(atPath: path) {
      let ledger = try readLedger(warnIfBroken: false)
      keys += try ledger.keys().compactMap { try? VerifierKey(parsing: $0.publicKey) }
      keys += try ledger.sources().compactMap { try? $0.verifier() }
    }
    return keys
  }

  /// A verifier key given as text (`NAME+KEYHASH+BASE64`), or a file holding that text or a
  /// key file (of which only the public key is read).
  static func verifierKey(_ given: String) throws -> VerifierKey {
    var text = given
    if FileManager.default.fileExists(atPath: given) {
      guard let data = FileManager.default.contents(atPath: given) else {
        throw LedgerError.unreadableKeyFile(path: given)
      }
      if let file = try? KeyFile(decoding: data), let key = try? file.verifier() { return key }
      text = String(decoding: data, as: UTF8.self)
    }
    guard let key = try? VerifierKey(parsing: text) else {
      throw LedgerError.unreadableKeyFile(path: given)
    }
    return key
  }

  /// Reads a signed note (a checkpoint) from a file.
  static func note(at path: String) throws -> SignedNote {
    guard let data = FileManager.default.contents(atPath: path),
      let note = try? SignedNote(parsing: String(decoding: data, as: UTF8.self))
    else { throw LedgerError.unreadableProof(path: path) }
    return note
  }
}
