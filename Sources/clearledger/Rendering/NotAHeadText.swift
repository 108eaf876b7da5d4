import LedgerCore

/// The sentence `head view PERSON` (and `hub heads --person`) prints when the person headed no
/// unit on the day judged.
enum NotAHeadText {
  /// "X was not a head on D", and with `--known-at`, "as far as was known at T": a head
  /// appointed but recorded later was not yet known then, which is not the same as not heading.
  static func sentence(_ name: String, day: LocalDate, knownAt: String?, language: Language)
    -> String
  {
    guard let typed = knownAt, !typed.isEmpty else {
      return language.pick(
        vi: "\(name) không đứng đầu đơn vị nào vào ngày \(day.display).",
        en: "\(name) was not a head on \(day.display).")
    }
    let knownAt = shown(typed)
    return language.pick(
      vi:
        "Theo những gì sổ biết lúc \(knownAt), \(name) không đứng đầu đơn vị nào vào ngày \(day.display).",
      en: "As known at \(knownAt), \(name) was not a head on \(day.display).")
  }

  /// A moment as typed (`2026-07-01`, `2026-07-01T18:30`, `…+07:00`), its day written as the
  /// office writes days (01/07/2026) and its time after a space; other text as typed.
  static func shown(_ typed: String) -> String {
    let parts = typed.split(separator: "T", maxSplits: 1)
    guard let first = parts.first, first.count == 10,
      let day = LocalDate(parsing: String(first))
    else { return typed }
    return parts.count == 2 ? "\(day.display) \(parts[1])" : day.display
  }
}
