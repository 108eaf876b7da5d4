/// Makes text safe to show on a terminal: control characters and bidi overrides become visible
/// escapes, so a name or an imported line cannot move the cursor, set the title, hide text or
/// reorder a line.
///
/// Every text (not JSON) rendering of ledger content goes through `escaped`; JSON output stays
/// exact, since JSON escapes control characters itself.
enum TerminalText {
  /// The text with each C0 control (but line feed and tab), DEL, C1 control and bidi override
  /// or isolate (U+202A–202E, U+2066–2069) written as `\u{…}`.
  static func escaped(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: needsEscape) else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if needsEscape(scalar) {
        result.append(
          contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// Prints text for a terminal, escaped.
  static func print(_ text: String) {
    Swift.print(escaped(text))
  }

  private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A, 0x09: return false
    case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
  }
}
