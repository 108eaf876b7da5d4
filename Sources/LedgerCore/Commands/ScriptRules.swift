/// Refuses names that mix writing systems, such as a Cyrillic "о" inside "Phòng Kinh tế".
///
/// Letters are sorted into scripts by their Unicode block; Vietnamese letters with their marks,
/// digits, punctuation, spaces and combining marks belong to no script of their own, so a
/// Vietnamese name is one script (Latin). Full-width Latin letters count as a script apart,
/// since they too pass for ordinary letters.
public enum ScriptRules {
  /// A writing system a letter belongs to, named in messages.
  public enum Script: String, Hashable, Sendable, Comparable {
    case latin = "Latin"
    case fullWidthLatin = "Full-width Latin"
    case greek = "Greek"
    case cyrillic = "Cyrillic"
    case armenian = "Armenian"
    case other = "other"

    public static func < (lhs: Script, rhs: Script) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  /// The script of one scalar, or nil for digits, punctuation, spaces and marks.
  public static func script(of scalar: Unicode.Scalar) -> Script? {
    let properties = scalar.properties
    guard properties.isAlphabetic, properties.generalCategory != .nonspacingMark,
      properties.generalCategory != .spacingMark
    else { return nil }
    switch scalar.value {
    case 0x41...0x5A, 0x61...0x7A, 0xAA, 0xBA, 0xC0...0x24F, 0x250...0x2AF, 0x1D00...0x1DBF,
      0x1E00...0x1EFF, 0x2C60...0x2C7F, 0xA720...0xA7FF, 0xAB30...0xAB6F:
      return .latin
    case 0xFF21...0xFF3A, 0xFF41...0xFF5A: return .fullWidthLatin
    case 0x370...0x3FF, 0x1F00...0x1FFF: return .greek
    case 0x400...0x52F, 0x1C80...0x1C8F, 0x2DE0...0x2DFF, 0xA640...0xA69F: return .cyrillic
    case 0x530...0x58F: return .armenian
    default: return .other
    }
  }

  /// The scripts the text's letters come from, in name order.
  public static func scripts(in text: String) -> [Script] {
    Set(text.unicodeScalars.compactMap(script(of:))).sorted()
  }

  /// Bidirectional overrides and isolates (U+202A–202E, U+2066–2069): they reorder what a
  /// terminal shows, so a name never carries them.
  public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
    (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
  }

  /// The text unchanged, or `LedgerError.mixedScript` when its letters come from more than one
  /// script and mixing was not allowed; a bidi override is refused as a control character.
  @discardableResult
  public static func singleScript(_ text: String, _ field: TextField, allowMixed: Bool = false)
    throws -> String
  {
    if let bidi = text.unicodeScalars.first(where: isBidiControl) {
      throw LedgerError.controlCharacter(field, scalar: bidi.value)
    }
    let found = scripts(in: text)
    guard allowMixed || found.count <= 1 else {
      throw LedgerError.mixedScript(field, name: text, scripts: found.map(\.rawValue))
    }
    return text
  }
}
