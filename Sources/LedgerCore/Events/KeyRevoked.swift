/// A signing key was revoked (`key.revoked`, schema v1): events after this position signed by
/// it are refused, and `verify` flags any it finds.
public struct KeyRevoked: Codable, Hashable, Sendable {
  public var keyId: String
  public var reason: String

  public init(keyId: String, reason: String) {
    self.keyId = keyId
    self.reason = reason
  }
}

extension KeyRevoked: EventPayload {
  public static let typeName = "key.revoked"
  public static let schemaVersion = 1
  public var event: LedgerEvent { .keyRevoked(self) }

  public func evolve(_ state: TaskState?, by fact: RecordedEvent) -> TaskState? { state }

  public func phrase(_ c: PhraseContext) -> String {
    c.pick(
      vi: "thu hồi khóa ký \(keyId) (lý do: \(reason))",
      en: "revoked signing key \(keyId) (reason: \(reason))")
  }

  public func checkStated() throws {
    try PayloadRules.text(reason, .reason, limit: TextRules.longLimit)
  }
}
