extension Tenure {
  /// The tenure's role as people read it: marked when the head was acting ("Trưởng phòng
  /// (quyền)", "(acting)"), on every page and report that names the role.
  public func roleShown(_ language: Language) -> String {
    guard acting == true, !titleSaysActing else { return role }
    return role + language.pick(vi: " (quyền)", en: " (acting)")
  }

  /// True when the title itself says its holder acts ("Quyền Trưởng phòng", "Phó Chủ tịch phụ
  /// trách"): no marker is added to it (trial: "Quyền Trưởng phòng (quyền)").
  public var titleSaysActing: Bool { RoleHolders.isActingTitle(MatchKeys.key(role)) }
}

extension Tenure {
  /// The person with their staff code when the appointment recorded one: "Nguyễn Văn An (NVA)".
  public var personLabel: String { person + (code.map { " (\($0))" } ?? "") }
}
