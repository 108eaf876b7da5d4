extension Tenure {
  /// The tenure's days as people read them on `day`: "01/01/2026–nay" while it runs,
  /// "01/01/2026–30/06/2026" once ended, "từ 01/09/2026, chưa nhậm chức" before it begins (an
  /// appointment recorded ahead of its day is not a sitting head).
  ///
  /// An ended tenure is written to its last day in office: `until` is the day it no longer
  /// covers (the successor's first), which read as an end day put both heads on it (trial).
  public func span(on day: LocalDate, language: Language) -> String {
    if let until {
      let last = until.adding(days: -1)
      guard last >= from else {
        return language.pick(
          vi: "\(from.display), thôi ngay trong ngày", en: "\(from.display), ended the same day")
      }
      return "\(from.display)–\(last.display)"
    }
    guard from <= day else {
      return language.pick(
        vi: "từ \(from.display), chưa nhậm chức", en: "from \(from.display), not yet in office")
    }
    return "\(from.display)–" + language.pick(vi: "nay", en: "now")
  }
}
