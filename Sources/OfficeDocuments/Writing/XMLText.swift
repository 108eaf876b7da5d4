/// Text made safe to put between XML tags or inside an attribute's quotes.
public enum XMLText {
  /// Escapes `& < > " '` and drops characters XML 1.0 cannot carry (control characters other
  /// than tab, line feed and carriage return; lone surrogates cannot occur in a Swift string).
  public static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      default:
        let value = scalar.value
        let allowed =
          value == 0x9 || value == 0xA || value == 0xD || (0x20...0xD7FF).contains(value)
          || (0xE000...0xFFFD).contains(value) || value >= 0x10000
        if allowed { out.unicodeScalars.append(scalar) }
      }
    }
    return out
  }
}
