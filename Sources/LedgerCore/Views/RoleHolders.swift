/// Works out who held a role title on a day, for a task led by a given unit.
///
/// A title such as "Chủ tịch UBND xã" has one holder; a title such as "Trưởng phòng" is held in
/// several units at once. The holder in the task's lead unit answers first; otherwise the one
/// person holding the title; otherwise nobody can be named, and the candidates are kept.
public struct RoleHolders: Sendable {
  private var byRole: [String: [Tenure]] = [:]
  private var keys = RoleKeys()

  /// Indexes every unit's tenures by role title.
  public init(units: [UnitState]) {
    for tenure in units.sorted(by: { $0.code < $1.code }).flatMap(\.tenures) {
      byRole[keys.key(tenure.role), default: []].append(tenure)
    }
  }

  /// Who held the role on the day, for a task led by `lead`.
  public enum Holder: Hashable, Sendable {
    case held(Tenure)
    case vacant
    /// Several people held the title in other units: nobody can be named.
    case ambiguous([Tenure])

    /// The tenure, when one person can be named.
    public var tenure: Tenure? {
      if case .held(let tenure) = self { return tenure }
      return nil
    }
  }

  /// The holder of `role` on `day` for a task led by `lead`.
  public mutating func holder(of role: String, lead: UnitCode, on day: LocalDate) -> Holder {
    let covering = (byRole[keys.key(role)] ?? []).filter { $0.covers(day) }
    if let inLead = covering.last(where: { $0.unit == lead }) { return .held(inLead) }
    guard let first = covering.first else { return .vacant }
    let person = keys.key(first.person)
    for tenure in covering.dropFirst() where keys.key(tenure.person) != person {
      return .ambiguous(covering)
    }
    return .held(covering[covering.count - 1])
  }
}

/// Matching keys of role titles and names, each worked out once.
struct RoleKeys: Sendable {
  private var known: [String: String] = [:]

  mutating func key(_ role: String) -> String {
    if let key = known[role] { return key }
    let key = VietnameseText.matchKey(role)
    known[role] = key
    return key
  }
}
