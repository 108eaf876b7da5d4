/// A rule the ledger holds itself to once it is recorded (`policy.adopted`): never undone.
public enum LedgerPolicy: String, Codable, Hashable, Sendable, CaseIterable {
  /// Every later event must be signed by a registered, unrevoked key.
  case requireSignatures = "require_signatures"
  /// Events may no longer be recorded with a fixed clock (`CLEARLEDGER_NOW`).
  case refuseFixedClock = "refuse_fixed_clock"

  /// The policy's stream: `policy:require_signatures`.
  public var stream: StreamID { .policy(rawValue) }

  /// The rule in words.
  public func label(_ language: Language) -> String {
    switch self {
    case .requireSignatures:
      return language.pick(vi: "mọi sự kiện phải được ký", en: "every event must be signed")
    case .refuseFixedClock:
      return language.pick(
        vi: "không nhận đồng hồ cố định (CLEARLEDGER_NOW)",
        en: "no fixed clock (CLEARLEDGER_NOW)")
    }
  }
}
