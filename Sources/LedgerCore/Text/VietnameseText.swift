import Foundation

/// Text rules for Vietnamese input: NFC storage, and a matching key that merges spellings.
///
/// NFC alone does not merge "hoá" and "hóa" (the tone mark placed the old way or the new),
/// nor NFD with NFC input after case changes. The matching key keeps every letter, including
/// the vowel marks that change the letter (ă â ê ô ơ ư đ), and moves each word's tone mark to
/// the end of the word, so that only the placement of the tone stops mattering.
public enum VietnameseText {
  /// The five tone marks as combining characters, with the digit that stands for each.
  private static let toneMarks: [Unicode.Scalar: Character] = [
    "\u{0300}": "2",  // huyền
    "\u{0301}": "1",  // sắc
    "\u{0303}": "4",  // ngã
    "\u{0309}": "3",  // hỏi
    "\u{0323}": "5",  // nặng
  ]

  /// Separates a word from its tone in a matching key ("hoa·1"), so digits in names stay digits.
  static let toneSeparator: Character = "·"

  /// The text in Unicode NFC, the form the ledger stores.
  public static func nfc(_ text: String) -> String {
    text.precomposedStringWithCanonicalMapping
  }

  /// The text in NFC with surrounding white space removed and inner runs of spaces collapsed.
  public static func clean(_ text: String) -> String {
    // Text the ledger wrote is already clean; it is recognised without normalising.
    if isQuicklyClean(text) { return text }
    return nfc(text).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  /// A key under which two spellings of the same name are equal.
  ///
  /// Lower-cased, punctuation dropped, each word's tone moved to its end:
  /// "Phòng Văn hoá – Xã hội" and "phong van hóa - xa hoi" differ, "Phòng Văn hoá - Xã hội" and
  /// "Phòng Văn hóa - Xã hội" do not.
  public static func matchKey(_ text: String) -> String {
    // Ð (U+00D0, the eth some keyboards give for Đ) reads as đ (trial: "Ðỗ Thị Hà" was not
    // found).
    let decomposed = text.decomposedStringWithCanonicalMapping.lowercased()
      .replacingOccurrences(of: "\u{F0}", with: "\u{111}")
    var words: [String] = []
    var letters = String.UnicodeScalarView()
    var tone: Character?
    func endWord() {
      guard !letters.isEmpty else { return }
      var word = String(letters).precomposedStringWithCanonicalMapping
      if let tone {
        word.append(toneSeparator)
        word.append(tone)
      }
      words.append(word)
      letters = String.UnicodeScalarView()
      tone = nil
    }
    for scalar in decomposed.unicodeScalars {
      if let mark = toneMarks[scalar] {
        tone = mark
      } else if scalar.properties.generalCategory == .nonspacingMark {
        letters.append(scalar)
      } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
        letters.append(scalar)
      } else {
        endWord()
      }
    }
    endWord()
    return words.joined(separator: " ")
  }

  /// Text with every mark removed and đ read as d, lower-cased, spaces collapsed: for finding
  /// keywords ("Thời gian hoàn thành" → "thoi gian hoan thanh"), never for storing.
  public static func searchKey(_ text: String) -> String {
    let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
      .replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "d")
      .replacingOccurrences(of: "\u{F0}", with: "d").replacingOccurrences(of: "\u{D0}", with: "d")
    return folded.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  /// True when a name typed to look something up matches a stored name: the same spelling up
  /// to tone placement, or, when typed without marks at all ("pham anh tuan"), the same letters.
  public static func lookupMatches(_ typed: String, _ stored: String) -> Bool {
    if matchKey(typed) == matchKey(stored) { return true }
    let typedWithoutMarks = typed.unicodeScalars.allSatisfy(\.isASCII)
    return typedWithoutMarks && searchKey(typed) == searchKey(stored)
  }

  /// The first control character in the text (other than tab and line breaks), if any.
  public static func firstControlCharacter(in text: String) -> Unicode.Scalar? {
    // The control characters (general category Cc) are exactly U+0000–U+001F and
    // U+007F–U+009F, a set Unicode keeps stable; compared by value, not looked up. In UTF-8
    // each is a byte below 0x20, 0x7F, or 0xC2 then 0x80–0x9F: text without such a byte (but
    // tab, line break and carriage return) has none, which is found without decoding it.
    let suspect = text.utf8.contains { byte in
      (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F
        || byte == 0xC2
    }
    guard suspect else { return nil }
    return text.unicodeScalars.first { scalar in
      let value = scalar.value
      return (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D)
        || (0x7F...0x9F).contains(value)
    }
  }

  /// Whether the text shows anything: at least one letter, digit, punctuation mark or symbol.
  ///
  /// Text made only of spaces, zero-width and other invisible characters (U+200B, U+2060,
  /// U+FEFF, U+3164 …) or lone combining marks shows nothing, so it counts as empty.
  public static func hasVisibleCharacter(_ text: String) -> Bool {
    // Every ASCII character from `!` to `~` is a letter, digit, punctuation mark or symbol.
    if text.utf8.contains(where: { $0 > 0x20 && $0 < 0x7F }) { return true }
    return text.unicodeScalars.contains(where: isVisible)
  }

  /// True for a scalar a reader sees: a letter, digit, punctuation mark or symbol, not
  /// whitespace, an invisible format character or a blank Braille pattern.
  static func isVisible(_ scalar: Unicode.Scalar) -> Bool {
    let properties = scalar.properties
    guard !properties.isDefaultIgnorableCodePoint, !properties.isWhitespace,
      scalar.value != 0x2800  // BRAILLE PATTERN BLANK
    else { return false }
    switch properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      .decimalNumber, .letterNumber, .otherNumber, .connectorPunctuation, .dashPunctuation,
      .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation,
      .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
      return true
    default:
      return false
    }
  }

  /// Sorts items by a name in Vietnamese alphabetical order, working out each sort key once.
  public static func sorted<T>(_ items: [T], by name: (T) -> String) -> [T] {
    items.map { (item: $0, name: name($0), key: sortKey(name($0))) }
      .sorted { a, b in
        a.key == b.key ? a.name < b.name : a.key.lexicographicallyPrecedes(b.key)
      }
      .map(\.item)
  }

  /// Compares two names in Vietnamese alphabetical order (a ă â b c d đ e ê …).
  public static func areInIncreasingOrder(_ lhs: String, _ rhs: String) -> Bool {
    let a = sortKey(lhs)
    let b = sortKey(rhs)
    return a == b ? lhs < rhs : a.lexicographicallyPrecedes(b)
  }

  /// The letters of the Vietnamese alphabet in order; other characters sort after them.
  private static let alphabet: [Character] = [
    "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m", "n",
    "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
  ]
  private static let rank: [Character: Int] = Dictionary(
    uniqueKeysWithValues: alphabet.enumerated().map { ($1, $0) })

  /// Letters decide first and tones break ties, as in Vietnamese dictionaries.
  private static func sortKey(_ text: String) -> [Int] {
    var letters: [Int] = []
    var tones: [Int] = []
    for word in matchKey(text).split(separator: " ") {
      let parts = word.split(separator: toneSeparator)
      for character in parts[0] {
        if let r = rank[character] {
          letters.append(1000 + r)
        } else if let digit = character.wholeNumberValue {
          letters.append(100 + digit)
        } else {
          letters.append(2000 + Int(character.unicodeScalars.first?.value ?? 0))
        }
      }
      letters.append(1)
      tones.append(parts.count > 1 ? Int(String(parts[1])) ?? 0 : 0)
    }
    return letters + [0] + tones
  }
}
