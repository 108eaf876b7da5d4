extension Tenure {
  /// The tenure's role as people read it: marked when the head was acting ("Trưởng phòng
  /// (quyền)", "(acting)"), on every page and report that names the role.
  public func roleShown(_ language: Language) -> String {
    guard acting == true else { return role }
    return role + language.pick(vi: " (quyền)", en: " (acting)")
  }
}

extension Tenure {
  /// The person with their staff code when the appointment recorded one: "Nguyễn Văn An (NVA)".
  public var personLabel: String { person + (code.map { " (\($0))" } ?? "") }
}
