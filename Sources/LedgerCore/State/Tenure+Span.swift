extension Tenure {
  /// The tenure's days as people read them on `day`: "01/01/2026–nay" while it runs,
  /// "01/01/2026–30/06/2026" once ended, "từ 01/09/2026, chưa nhậm chức" before it begins (an
  /// appointment recorded ahead of its day is not a sitting head).
  public func span(on day: LocalDate, language: Language) -> String {
    if let until { return "\(from.display)–\(until.display)" }
    guard from <= day else {
      return language.pick(
        vi: "từ \(from.display), chưa nhậm chức", en: "from \(from.display), not yet in office")
    }
    return "\(from.display)–" + language.pick(vi: "nay", en: "now")
  }
}
