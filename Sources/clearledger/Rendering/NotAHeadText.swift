import LedgerCore

/// The sentence `head view PERSON` (and `hub heads --person`) prints when the person headed no
/// unit on the day judged.
enum NotAHeadText {
  /// "X was not a head on D", and with `--known-at`, "as far as was known at T": a head
  /// appointed but recorded later was not yet known then, which is not the same as not heading.
  static func sentence(_ name: String, day: LocalDate, knownAt: String?, language: Language)
    -> String
  {
    guard let knownAt, !knownAt.isEmpty else {
      return language.pick(
        vi: "\(name) không đứng đầu đơn vị nào vào ngày \(day.display).",
        en: "\(name) was not a head on \(day.display).")
    }
    return language.pick(
      vi:
        "Theo những gì sổ biết lúc \(knownAt), \(name) không đứng đầu đơn vị nào vào ngày \(day.display).",
      en: "As known at \(knownAt), \(name) was not a head on \(day.display).")
  }
}
