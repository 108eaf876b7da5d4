import Foundation
import GRDB
import LedgerCore
import LedgerProof

/// How an event about to be appended is marked: who signs it, as which person, and whether a
/// person fixed the clock.
struct EnvelopeMarks {
  /// The signing key's id and the actor the event is recorded as, when signed: the key's
  /// person, or for the web server's key the signed-in account as the web names it.
  var signer: (keyID: String, person: String)?
  /// `fixed` when the clock was fixed by a person (`CLEARLEDGER_NOW`).
  var clock: String?
}

extension Ledger {
  /// Checks the write against the ledger's policies and keys and says how to mark it.
  ///
  /// A signed write needs the signer's key registered, with this public key, and not revoked;
  /// an unsigned write is refused once signatures are required, and a fixed clock once it is
  /// refused. The web server's key signs only for an open account, named in `actor` as the
  /// web names it (`WebRecorder`), and the event keeps that actor.
  func marks(in db: Database, actor: String, recording decision: Decision) throws
    -> EnvelopeMarks
  {
    var marks = EnvelopeMarks()
    if clock.isFixedByUser {
      if try Policies.inForce(.refuseFixedClock, in: db) { throw LedgerError.fixedClockRefused }
      marks.clock = "fixed"
    }
    guard let signer else {
      if try Policies.inForce(.requireSignatures, in: db) { throw LedgerError.signatureRequired }
      // Requiring signatures is itself signed: its signer keeps the keys (`KeyCustody`).
      if case .policyAdopted(let adopted) = decision.event, adopted.policy == .requireSignatures {
        throw LedgerError.signatureRequired
      }
      return marks
    }
    let keyID = signer.verifier.keyID
    let key = try Keys.registered(keyID, through: .max, in: db)
    guard let key, key.verifier == signer.verifier.description else {
      throw LedgerError.unknownKey(keyID)
    }
    if key.revokedAt != nil { throw LedgerError.keyRevoked(keyID) }
    if key.webServer {
      guard let account = try WebAccountCheck.account(actor, through: .max, in: db) else {
        throw LedgerError.serverKeyWithoutAccount(actor: actor)
      }
      guard
        try WebAccountCheck.allows(
          account, decision.event, on: decision.stream, through: .max, in: db)
      else {
        throw LedgerError.serverKeyBeyondRole(actor: actor, event: decision.event.typeName)
      }
      marks.signer = (keyID, actor)
    } else {
      marks.signer = (keyID, key.person)
      // The web server's writes are held to the accounts' roles instead (`WebAccountCheck`).
      try KeyCustody.check(decision.event, signedBy: key.person, in: db)
    }
    return marks
  }

  /// Signs the envelope's hash input with the ledger's signer, when the marks name one.
  func sign(_ fields: inout HashChain.Fields) throws {
    guard let signer, fields.signer != nil else { return }
    fields.signature = Data(try signer.sign(HashChain.input(fields))).base64EncodedString()
  }
}

/// The ledger's policies, read from their streams.
enum Policies {
  /// Whether a policy was adopted at or before `position`.
  static func inForce(_ policy: LedgerPolicy, through position: Int64 = .max, in db: Database)
    throws -> Bool
  {
    try Int64.fetchOne(
      try db.cachedStatement(
        sql: "SELECT position FROM events WHERE stream = ? AND version = 1 AND position <= ?"),
      arguments: [policy.stream.description, position]) != nil
  }
}

/// The ledger's registered keys, read from their streams.
enum Keys {
  /// A key as registered: its person, its verifier key text, and where it was revoked.
  struct Registration {
    var keyID: String
    var person: String
    var verifier: String
    var registeredAt: Int64
    var revokedAt: Int64?
    /// The web server's key, signing for accounts.
    var webServer = false
  }

  /// The key as registered at or before `position` (a revocation after it is not counted).
  static func registered(_ keyID: String, through position: Int64, in db: Database) throws
    -> Registration?
  {
    let rows = try Row.fetchAll(
      try db.cachedStatement(
        sql: """
          SELECT position, type, schema_version, payload FROM events
          WHERE stream = ? AND position <= ? ORDER BY version
          """), arguments: [StreamID.key(keyID).description, position])
    var registration: Registration?
    for row in rows {
      let payload = Data((row["payload"] as String).utf8)
      let at: Int64 = row["position"]
      switch try? LedgerEvent(
        typeName: row["type"], schemaVersion: row["schema_version"], payload: payload)
      {
      case .keyRegistered(let key):
        registration = Registration(
          keyID: key.keyId, person: key.person, verifier: key.publicKey, registeredAt: at,
          webServer: key.signsForWebAccounts)
      case .keyRevoked:
        registration?.revokedAt = at
      default:
        break
      }
    }
    return registration
  }

  /// Every key ever registered, in order.
  static func all(in db: Database) throws -> [Registration] {
    let ids = try String.fetchAll(
      db,
      sql: """
        SELECT substr(stream, 5) FROM events WHERE stream GLOB 'key:*' AND version = 1
        ORDER BY position
        """)
    return try ids.compactMap { try registered($0, through: .max, in: db) }
  }
}

/// Whether an actor names, as the web writes it, an account open at a position whose person it
/// is, and whose role allows recording the event: what the web server's key may sign for.
enum WebAccountCheck {
  /// The account `actor` names, open through `position` with that person; nil otherwise.
  static func account(_ actor: String, through position: Int64, in db: Database) throws
    -> AccountState?
  {
    guard let named = WebRecorder.parse(actor), let username = AccountName(named.username),
      let account = AccountState.fold(
        try EventRows.stream(.account(username), in: db, through: position)),
      !account.disabled, account.person == named.person
    else { return nil }
    return account
  }

  /// Whether `account` may record `event` on `stream`, judged on the ledger through
  /// `position` (a task's lead unit as it then stood).
  static func allows(
    _ account: AccountState, _ event: LedgerEvent, on stream: StreamID, through position: Int64,
    in db: Database
  ) throws -> Bool {
    guard let action = WebAction(recording: event) else { return false }
    var lead: UnitCode?
    if case .task = stream {
      lead = TaskState.fold(try EventRows.stream(stream, in: db, through: position))?.leadUnit
    }
    return Permissions.allows(account, action, leadUnit: lead)
  }
}
