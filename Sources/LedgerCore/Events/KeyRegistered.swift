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
  /// True for the web server's own key (schema v2); absent for a person's key.
  ///
  /// That key signs what signed-in accounts record through the web, each event naming the
  /// account's person and the account, never the server itself.
  public var webServer: Bool?

  public init(keyId: String, person: String, publicKey: String, webServer: Bool? = nil) {
    self.keyId = keyId
    self.person = person
    self.publicKey = publicKey
    self.webServer = webServer == true ? true : nil
  }

  /// Whether this is the web server's key, signing on behalf of accounts.
  public var signsForWebAccounts: Bool { webServer == true }
}

extension KeyRegistered: EventPayload {
  public static let typeName = "key.registered"
  public static let schemaVersion = 2
  public static var readableVersions: Set<Int> { [1, 2] }
  public var event: LedgerEvent { .keyRegistered(self) }

  public func evolve(_ state: TaskState?, by fact: RecordedEvent) -> TaskState? { state }

  public func phrase(_ c: PhraseContext) -> String {
    c.pick(
      vi: signsForWebAccounts
        ? "đăng ký khóa ký \(keyId) của máy chủ web (\(person)), ký thay các tài khoản"
        : "đăng ký khóa ký \(keyId) của \(person)",
      en: signsForWebAccounts
        ? "registered signing key \(keyId) of the web server (\(person)), signing for accounts"
        : "registered signing key \(keyId) of \(person)")
  }

  public func checkStated() throws {
    try PayloadRules.text(person, .person)
    guard KeyText.keyID(of: publicKey) == keyId else { throw LedgerError.unknownKey(keyId) }
  }
}
