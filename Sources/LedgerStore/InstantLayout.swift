import LedgerCore

/// The written form of an instant with its offset, checked field by field before it is read.
///
/// ISO 8601 parsing alone is lenient: it rolls `25:00`, `10:61`, a 61st second, a leap second
/// (`23:59:60`), `2026-02-30` or an offset of `+07:99` over into another moment, and takes
/// one-digit fields or trailing text. An instant is accepted only when written
/// `YYYY-MM-DDTHH:MM:SS[.fraction]` then `Z` or an offset `±HH:MM` (or `±HHMM`, `±HH`), every
/// field in range: a day that exists, hours 00–23, minutes and seconds 00–59.
enum InstantLayout {
  /// Whether `text` is written in that form with every field in range.
  static func isWellFormed(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count >= 20, bytes[10] == UInt8(ascii: "T") else { return false }
    guard let day = LocalDate(parsing: String(decoding: bytes[0..<10], as: UTF8.self)),
      day.iso == String(decoding: bytes[0..<10], as: UTF8.self)
    else { return false }
    guard bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
      let hour = number(bytes[11..<13]), hour < 24,
      let minute = number(bytes[14..<16]), minute < 60,
      let second = number(bytes[17..<19]), second < 60
    else { return false }
    var index = 19
    if bytes[index] == UInt8(ascii: ".") {
      index += 1
      let start = index
      while index < bytes.count, isDigit(bytes[index]) { index += 1 }
      guard index > start, index < bytes.count else { return false }
    }
    return isOffset(bytes[index...])
  }

  /// Whether the rest of the text is `Z`, `±HH:MM`, `±HHMM` or `±HH`, hours 00–23 and minutes
  /// 00–59.
  private static func isOffset(_ rest: ArraySlice<UInt8>) -> Bool {
    let rest = Array(rest)
    if rest == [UInt8(ascii: "Z")] { return true }
    guard let sign = rest.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") else {
      return false
    }
    let digits =
      rest.count == 6 && rest[3] == UInt8(ascii: ":") ? rest[1..<3] + rest[4..<6] : rest[1...]
    guard digits.count == 2 || digits.count == 4, let hours = number(digits.prefix(2)), hours < 24
    else { return false }
    guard digits.count == 4 else { return true }
    guard let minutes = number(digits.suffix(2)), minutes < 60 else { return false }
    return true
  }

  /// The value of a run of ASCII digits, nil when one is not a digit.
  private static func number(_ digits: some Collection<UInt8>) -> Int? {
    var value = 0
    for byte in digits {
      guard isDigit(byte) else { return nil }
      value = value * 10 + Int(byte - UInt8(ascii: "0"))
    }
    return digits.isEmpty ? nil : value
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }
}
