/// Another ledger's own key became known here under a source name (`source.registered`,
/// schema v1), on the stream `key:KEYID` of that key.
///
/// From this position on, `events import --foreign SOURCE` takes the source's facts only with
/// proofs that hold against a checkpoint signed by this key.
public struct SourceRegistered: Codable, Hashable, Sendable {
  /// The source's name here, as `--foreign` gives it.
  public var source: String
  /// 16 hex digits of the SHA-256 of the source ledger's public key.
  public var keyId: String
  /// The source ledger's key as a C2SP verifier key, `clearledger/ledger/KEYID+KEYHASH+BASE64`.
  public var publicKey: String

  public init(source: String, keyId: String, publicKey: String) {
    self.source = source
    self.keyId = keyId
    self.publicKey = publicKey
  }
}

extension SourceRegistered: EventPayload {
  public static let typeName = "source.registered"
  public static let schemaVersion = 1
  public var event: LedgerEvent { .sourceRegistered(self) }

  public func evolve(_ state: TaskState?, by fact: RecordedEvent) -> TaskState? { state }

  public func phrase(_ c: PhraseContext) -> String {
    c.pick(
      vi: "đăng ký sổ nguồn \(source) với khóa sổ \(keyId)",
      en: "registered the source ledger \(source) with ledger key \(keyId)")
  }

  public func checkStated() throws {
    try PayloadRules.text(source, .source)
    guard KeyText.keyID(of: publicKey) == keyId else { throw LedgerError.unknownKey(keyId) }
  }
}
