import LedgerCore

/// How an answer given as known at a moment says so, the moment written as people write it.
public enum KnownAtText {
  /// ", as known at 01/04/2026", after a heading such as "Status on 01/06/2026".
  public static func suffix(_ shown: String, _ language: Language) -> String {
    language.pick(vi: ", theo những gì sổ biết lúc \(shown)", en: ", as known at \(shown)")
  }

  /// "As known at 01/04/2026.", on a line of its own before views that have no heading.
  public static func line(_ shown: String, _ language: Language) -> String {
    language.pick(vi: "Theo những gì sổ biết lúc \(shown).", en: "As known at \(shown).")
  }
}
