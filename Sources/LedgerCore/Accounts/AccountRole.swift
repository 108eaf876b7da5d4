/// What an account may do on the web, as the commune assigns it.
///
/// A clerk records anything; a head records work on the tasks their unit leads; a leader also
/// approves changes of deadline, lead, and cancellations; an inspector reads everything and
/// records nothing; an admin manages accounts.
public enum AccountRole: String, Codable, Hashable, Sendable, CaseIterable {
  case clerk, head, leader, inspector, admin

  /// The role's name in the user's language.
  public func label(_ language: Language) -> String {
    switch self {
    case .clerk: return language.pick(vi: "văn thư", en: "clerk")
    case .head: return language.pick(vi: "trưởng đơn vị", en: "unit head")
    case .leader: return language.pick(vi: "lãnh đạo", en: "leader")
    case .inspector: return language.pick(vi: "thanh tra", en: "inspector")
    case .admin: return language.pick(vi: "quản trị", en: "administrator")
    }
  }
}
