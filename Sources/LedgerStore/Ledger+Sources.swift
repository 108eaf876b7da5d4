import Foundation
import GRDB
import LedgerCore
import LedgerProof

/// Another ledger whose own key this ledger registered (`source add`).
public struct RegisteredSource: Hashable, Sendable, Codable {
  public var source: String
  public var keyID: String
  /// The source ledger's C2SP verifier key, `clearledger/ledger/KEYID+KEYHASH+BASE64`.
  public var publicKey: String
  public var registeredAt: Int64
  public var revokedAt: Int64?

  /// The verifier key its checkpoints are checked with.
  public func verifier() throws -> VerifierKey { try VerifierKey(parsing: publicKey) }
}

extension Ledger {
  /// Records a `source.registered` event binding another ledger's key to a source name.
  ///
  /// The key must be a ledger's own (`clearledger/ledger/KEYID`, its own key id), so that its
  /// name is the origin of the checkpoints it signs.
  @discardableResult
  public func registerSource(_ name: String, key: VerifierKey, actor: String) throws
    -> RecordedEvent
  {
    guard key.name == SignerKey.ledgerPrefix + key.keyID else {
      throw LedgerError.unknownKey(key.description)
    }
    return try record(.registerSource(name: name, publicKey: key.description), actor: actor)
  }

  /// Every source registered, in the order registered.
  public func sources() throws -> [RegisteredSource] {
    try StoreErrors.map(path: path) { try database.read { db in try Sources.all(in: db) } }
  }
}

/// The ledger's registered sources, read from their key streams.
enum Sources {
  /// Every source, in order, with where its key was revoked (`key revoke`), if it was.
  static func all(in db: Database) throws -> [RegisteredSource] {
    let rows = try Row.fetchAll(
      try db.cachedStatement(
        sql: """
          SELECT position, type, schema_version, payload FROM events
          WHERE stream GLOB 'key:*' AND type IN ('source.registered', 'key.revoked')
          ORDER BY position
          """))
    var sources: [RegisteredSource] = []
    for row in rows {
      let at: Int64 = row["position"]
      switch try? LedgerEvent(
        typeName: row["type"], schemaVersion: row["schema_version"],
        payload: Data((row["payload"] as String).utf8))
      {
      case .sourceRegistered(let source):
        sources.append(
          RegisteredSource(
            source: source.source, keyID: source.keyId, publicKey: source.publicKey,
            registeredAt: at))
      case .keyRevoked(let revoked):
        if let index = sources.firstIndex(where: { $0.keyID == revoked.keyId }) {
          sources[index].revokedAt = at
        }
      default:
        break
      }
    }
    return sources
  }

  /// The source of that name, nil when none.
  static func named(_ name: String, in db: Database) throws -> RegisteredSource? {
    try all(in: db).first { $0.source == name }
  }
}
