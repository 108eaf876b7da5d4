import Foundation
import GRDB
import LedgerCore
import LedgerProof

/// A signing key as the ledger knows it.
public struct RegisteredKey: Hashable, Sendable, Codable {
  public var keyID: String
  public var person: String
  /// The C2SP verifier key, `NAME+KEYHASH+BASE64`.
  public var publicKey: String
  public var registeredAt: Int64
  public var revokedAt: Int64?
  /// The web server's key, signing for the signed-in accounts.
  public var webServer: Bool = false
  /// Who recorded the registration (the signer's person when it was signed), and whether it
  /// was signed: how an inspector sees who made a key in whose name (trial).
  public var registeredBy: String = ""
  public var registrationSigned: Bool = false
}

extension Ledger {
  /// Records a `key.registered` event binding `key` to `person` (for the web server's key,
  /// `webServer`: the server's name, and the key signs for the signed-in accounts).
  ///
  /// The key's name must be `clearledger/key/KEYID` with its own key id, so that a key id
  /// names exactly one public key.
  @discardableResult
  public func registerKey(
    _ key: VerifierKey, person: String, webServer: Bool = false, actor: String
  ) throws -> RecordedEvent {
    guard key.name == SignerKey.personPrefix + key.keyID else {
      throw LedgerError.unknownKey(key.description)
    }
    return try record(
      .registerKey(person: person, publicKey: key.description, webServer: webServer),
      actor: actor)
  }

  /// Every key ever registered, in the order registered.
  public func keys() throws -> [RegisteredKey] {
    try StoreErrors.map(path: path) {
      try database.read { db in
        try Keys.all(in: db).map { key in
          let row = try Row.fetchOne(
            db, sql: "SELECT actor, signer FROM events WHERE position = ?",
            arguments: [key.registeredAt])
          return RegisteredKey(
            keyID: key.keyID, person: key.person, publicKey: key.verifier,
            registeredAt: key.registeredAt, revokedAt: key.revokedAt, webServer: key.webServer,
            registeredBy: row?["actor"] ?? "",
            registrationSigned: (row?["signer"] as String?) != nil)
        }
      }
    }
  }
}
