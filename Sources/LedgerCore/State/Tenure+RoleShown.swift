extension Tenure {
  /// The tenure's role as people read it: marked when the head was acting ("Trưởng phòng
  /// (quyền)", "(acting)"), on every page and report that names the role.
  public func roleShown(_ language: Language) -> String {
    guard acting == true else { return role }
    return role + language.pick(vi: " (quyền)", en: " (acting)")
  }
}
