/// A person's Ed25519 signing key joined the ledger (`key.registered`, schema v1), on the
/// stream `key:KEYID`.
///
/// From this position on, events signed by the key are recorded as that person's.
public struct KeyRegistered: Codable, Hashable, Sendable {
  /// 16 hex digits of the SHA-256 of the public key.
  public var keyId: String
  public var person: String
  /// The public key as a C2SP verifier key, `NAME+KEYHASH+BASE64`.
  public var publicKey: String

  public init(keyId: String, person: String, publicKey: String) {
    self.keyId = keyId
    self.person = person
    self.publicKey = publicKey
  }
}

extension KeyRegistered: EventPayload {
  public static let typeName = "key.registered"
  public static let schemaVersion = 1
  public var event: LedgerEvent { .keyRegistered(self) }

  public func evolve(_ state: TaskState?, by fact: RecordedEvent) -> TaskState? { state }

  public func phrase(_ c: PhraseContext) -> String {
    c.pick(
      vi: "đăng ký khóa ký \(keyId) của \(person)",
      en: "registered signing key \(keyId) of \(person)")
  }

  public func checkStated() throws {
    try PayloadRules.text(person, .person)
    guard KeyText.keyID(of: publicKey) == keyId else { throw LedgerError.unknownKey(keyId) }
  }
}
