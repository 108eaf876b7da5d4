/// The stream an event belongs to: one per task, one per unit, one per plan, one per person's
/// signing key, one per ledger policy, one per web account, one per person.
///
/// A stream's events are numbered 1, 2, 3… (its version); a writer states the version it
/// decided on, and the ledger refuses the write when the stream has moved on.
public enum StreamID: Hashable, Sendable, CustomStringConvertible {
  case task(TaskID)
  case unit(UnitCode)
  case plan(PlanID)
  /// A person's evaluation for a year, keyed `2026-nguyen-van-an`.
  case evaluation(String)
  /// A signing key, by its key id (16 hex digits): registered, then perhaps revoked.
  case key(String)
  /// A rule the ledger holds itself to from then on, such as `signatures`.
  case policy(String)
  /// A web account, keyed by its sign-in name.
  case account(AccountName)
  /// A person, by staff code (`PersonRegistered`).
  case person(String)

  /// The stored form, `task:PL1-I-1` or `unit:VHXH`.
  public var description: String {
    switch self {
    case .task(let id): return "task:\(id.rawValue)"
    case .unit(let code): return "unit:\(code.rawValue)"
    case .plan(let id): return "plan:\(id.rawValue)"
    case .evaluation(let key): return "evaluation:\(key)"
    case .key(let id): return "key:\(id)"
    case .policy(let name): return "policy:\(name)"
    case .account(let name): return "account:\(name.rawValue)"
    case .person(let code): return "person:\(code)"
    }
  }

  /// Reads the stored form back.
  public init?(_ text: String) {
    if text.hasPrefix("task:"), let id = TaskID(String(text.dropFirst(5))) {
      self = .task(id)
    } else if text.hasPrefix("unit:"), let code = UnitCode(String(text.dropFirst(5))) {
      self = .unit(code)
    } else if text.hasPrefix("plan:"), let id = PlanID(String(text.dropFirst(5))) {
      self = .plan(id)
    } else if text.hasPrefix("evaluation:"), text.count > 11 {
      self = .evaluation(String(text.dropFirst(11)))
    } else if text.hasPrefix("key:"), text.count > 4 {
      self = .key(String(text.dropFirst(4)))
    } else if text.hasPrefix("policy:"), text.count > 7 {
      self = .policy(String(text.dropFirst(7)))
    } else if text.hasPrefix("account:"), let name = AccountName(String(text.dropFirst(8))) {
      self = .account(name)
    } else if text.hasPrefix("person:"),
      let code = PersonRegistered.code(String(text.dropFirst(7))),
      code == String(text.dropFirst(7))
    {
      self = .person(code)
    } else {
      return nil
    }
  }
}
