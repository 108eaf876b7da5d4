import Foundation
import GRDB
import LedgerCore
import LedgerProof

extension Ledger {
  /// The chain's report with every signature checked too; the problem reported is the first
  /// by position, of either kind.
  ///
  /// Each signed event must name a key registered before it and not revoked before it, be
  /// recorded as that key's person, and carry a valid Ed25519 signature over its hash input.
  /// After `require_signatures` was adopted, an unsigned event is a problem too. Since the
  /// hash input holds the previous hash, a rewrite of the log that re-hashed the chain breaks
  /// the signature of every signed event after the rewrite.
  func checkingSignatures(_ chain: VerifyReport) throws -> VerifyReport {
    try StoreErrors.map(path: path) {
      try database.read { db in
        var report = chain
        guard try db.tableExists("checkpoints") else { return report }
        var found: VerifyReport.Problem?
        if let policy = try Int64.fetchOne(
          db,
          sql: "SELECT position FROM events WHERE stream = ? AND version = 1",
          arguments: [LedgerPolicy.requireSignatures.stream.description]),
          let unsigned = try Int64.fetchOne(
            db, sql: "SELECT min(position) FROM events WHERE position > ? AND signer IS NULL",
            arguments: [policy])
        {
          found = .init(position: unsigned, kind: .unsignedUnderPolicy)
        }
        let statement = try db.makeStatement(
          sql: "SELECT \(EventRows.all) FROM events WHERE signer IS NOT NULL ORDER BY position")
        let columns = try EventColumns(statement)
        let rows = try Row.fetchCursor(statement)
        var keys: [String: VerifierKey] = [:]
        while let row = try rows.next() {
          let fields = columns.fields(row)
          if let found, found.position < fields.position { break }
          if let kind = try problem(with: fields, keys: &keys, in: db) {
            found = .init(position: fields.position, kind: kind)
            break
          }
          report.signed += 1
        }
        if let found, report.problem.map({ found.position < $0.position }) ?? true {
          report.problem = found
        }
        return report
      }
    }
  }

  /// What is wrong with one signed event, nil when its signature holds.
  private func problem(
    with fields: HashChain.Fields, keys: inout [String: VerifierKey], in db: Database
  ) throws -> VerifyReport.Kind? {
    guard let keyID = fields.signer, let signature = fields.signature,
      let bytes = Data(base64Encoded: signature)
    else { return .badSignature }
    guard let key = try Keys.registered(keyID, through: fields.position - 1, in: db),
      let verifier = keys[keyID] ?? (try? VerifierKey(parsing: key.verifier)),
      verifier.keyID == keyID
    else { return .unknownSigner }
    keys[keyID] = verifier
    if key.revokedAt != nil { return .revokedSigner }
    guard verifier.isValidSignature(bytes, of: HashChain.input(fields)) else {
      return .badSignature
    }
    if key.webServer {
      let event = try? LedgerEvent(
        typeName: fields.type, schemaVersion: fields.schemaVersion,
        payload: Data(fields.payload.utf8))
      guard let event, let stream = StreamID(fields.stream) else { return .signerMismatch }
      let through = fields.position - 1
      guard let account = try WebAccountCheck.account(fields.actor, through: through, in: db)
      else { return .signerMismatch }
      let signedFor = try WebAccountCheck.allows(
        account, event, on: stream, through: through, in: db)
      return signedFor ? nil : .signerMismatch
    }
    return fields.actor == key.person ? nil : .signerMismatch
  }
}
