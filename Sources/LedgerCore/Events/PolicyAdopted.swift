/// The ledger adopted a rule for every later write (`policy.adopted`, schema v1), on the stream
/// `policy:NAME`: signatures required, or no fixed clock.
public struct PolicyAdopted: Codable, Hashable, Sendable {
  public var policy: LedgerPolicy

  public init(policy: LedgerPolicy) {
    self.policy = policy
  }
}

extension PolicyAdopted: EventPayload {
  public static let typeName = "policy.adopted"
  public static let schemaVersion = 1
  public var event: LedgerEvent { .policyAdopted(self) }

  public func evolve(_ state: TaskState?, by fact: RecordedEvent) -> TaskState? { state }

  public func phrase(_ c: PhraseContext) -> String {
    c.pick(
      vi: "áp dụng quy định: \(policy.label(.vi))", en: "adopted the rule: \(policy.label(.en))")
  }

  /// A policy is one of a closed set: decoding it already checked it.
  public func checkStated() throws {}
}
