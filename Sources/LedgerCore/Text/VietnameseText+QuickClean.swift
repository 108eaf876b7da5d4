extension VietnameseText {
  /// True when `clean(text)` is `text` itself, found without normalising: a fast answer for
  /// text the ledger wrote (false means only "not known", and `clean` is then computed).
  ///
  /// It holds when every scalar is below U+0300 (Latin letters with their marks precomposed,
  /// digits, punctuation) or in Latin Extended Additional (U+1E00–U+1EFF, Vietnamese letters
  /// with tone marks precomposed), none of them white space other than the space, and no
  /// space starts or ends the text or follows another. Such text is NFC: each of those scalars
  /// is NFC on its own with combining class 0, and none is the second of a canonical
  /// composition, so no two compose (tests check both over every scalar). And each is one
  /// character on its own, so splitting at white space and joining with single spaces gives
  /// the text back.
  public static func isQuicklyClean(_ text: String) -> Bool {
    var previousSpace = true
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value == 0x20 {
        if previousSpace { return false }
        previousSpace = true
        continue
      }
      previousSpace = false
      guard isQuickScalar(value) else { return false }
    }
    return !previousSpace || text.isEmpty
  }

  /// Whether a scalar (not a space) is one `isQuicklyClean` accepts: below U+0300 or in
  /// U+1E00–U+1EFF, and not white space (tab to carriage return, U+0085, U+00A0).
  static func isQuickScalar(_ value: UInt32) -> Bool {
    if value < 0x300 {
      return !(0x09...0x0D).contains(value) && value != 0x85 && value != 0xA0
    }
    return (0x1E00...0x1EFF).contains(value)
  }
}
