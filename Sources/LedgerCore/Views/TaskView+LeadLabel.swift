extension TaskView {
  /// The lead unit as a view's column shows it: its code, or "tập thể" for a task whose lead
  /// cell named only a group of bodies (no unit; `collectiveLead` holds the plan's text).
  public func leadLabel(_ language: Language) -> String {
    guard lead == TaskAssigned.collectiveLeadCode else { return lead.rawValue }
    return language.pick(vi: "tập thể", en: "group")
  }
}
