import GRDB
import LedgerCore

/// Who may register or revoke a person's key, or open or change their account, once signatures
/// are required.
///
/// Signing proves who recorded an event only if nobody can make a key in another's name: once
/// `require_signatures` is in force, a key of person P is registered or revoked only with P's
/// own key (a second device, a lost key) or with the key that signed the policy's adoption (its
/// signer keeps the keys). An account signs in as its person on the web, so it is held to the
/// same rule (trial: a clerk, signing with her own key, opened a leader's account in the
/// chair's name and approved extensions as him). A ledger that adopted the policy unsigned,
/// before that was refused, has no keeper: any signer may, as before.
enum KeyCustody {
  /// Refuses a key's registration or revocation, or an account's opening or change, signed by
  /// someone other than its person or the keeper while signatures are required.
  static func check(_ event: LedgerEvent, signedBy signer: String, in db: Database) throws {
    let holder: String
    switch event {
    case .keyRegistered(let key): holder = key.person
    case .keyRevoked(let revoked):
      guard let key = try Keys.registered(revoked.keyId, through: .max, in: db) else { return }
      holder = key.person
    case .accountOpened(let opened): holder = opened.person
    case .accountRoleChanged(let change):
      guard let account = try account(change.username, in: db) else { return }
      holder = account.person
    case .accountDisabled(let disabled):
      guard let account = try account(disabled.username, in: db) else { return }
      holder = account.person
    default: return
    }
    guard let custodian = try custodian(in: db) else { return }
    guard signer == holder || signer == custodian else {
      throw LedgerError.keyNotYours(person: holder, signer: signer, custodian: custodian)
    }
    // The keeper's last key stays: without it nobody could make a key again.
    if case .keyRevoked(let revoked) = event, holder == custodian,
      try !Keys.all(in: db).contains(where: {
        $0.person == custodian && $0.revokedAt == nil && $0.keyID != revoked.keyId
      })
    {
      throw LedgerError.keeperLastKey(person: custodian)
    }
  }

  /// An account's state as its stream folds.
  private static func account(_ name: AccountName, in db: Database) throws -> AccountState? {
    AccountState.fold(try EventRows.stream(.account(name), in: db))
  }

  /// The person whose key signed the adoption of `require_signatures`; nil while signatures
  /// are not required, or when the adoption was not signed.
  static func custodian(in db: Database) throws -> String? {
    guard
      let row = try Row.fetchOne(
        db, sql: "SELECT actor, signer FROM events WHERE stream = ? AND version = 1",
        arguments: [LedgerPolicy.requireSignatures.stream.description]),
      (row["signer"] as String?) != nil
    else { return nil }
    return row["actor"]
  }
}
